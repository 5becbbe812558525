package cuecard.bench;

import cuecard.review.MemoryState;
import cuecard.schedule.FitBounds;
import cuecard.schedule.FitItem;
import cuecard.schedule.FitResult;
import cuecard.schedule.Fitter;
import cuecard.schedule.ForgettingCurve;
import cuecard.schedule.Fsrs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The optimizer in-process on synthetic histories of 20,000 cards (about 140,000 training items, the size of
 * issue 7's comparison): one whole fit, pretrain and five epochs. The side-by-side comparison with fsrs-rs is
 * src/test/scripts/bench-optimize.sh; this one isolates our own time from JVM start-up and file reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OptimizerBench {

    @Param({"20000"})
    int cards;

    List<FitItem> items;

    @Setup(Level.Trial)
    public void setUp() {
        double[] w = FitBounds.defaults();
        Random rnd = new Random(7);
        items = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            int n = 2 + rnd.nextInt(12);
            int[] ratings = new int[n];
            int[] days = new int[n];
            ratings[0] = 1 + rnd.nextInt(4);
            MemoryState m = new MemoryState(w[ratings[0] - 1], 5);
            for (int i = 1; i < n; i++) {
                int gap = Math.max(1, (int) Math.round(m.stability() * (0.5 + rnd.nextDouble())));
                double r = new ForgettingCurve(w[20]).recall(gap, m.stability());
                ratings[i] = rnd.nextDouble() < r ? 3 : 1;
                days[i] = gap;
                m = new MemoryState(ratings[i] == 3 ? m.stability() * 2.5 : Math.max(0.5, m.stability() / 3), 5);
            }
            items.addAll(FitItem.prefixes(ratings, days));
        }
    }

    @Benchmark
    public FitResult fit() {
        return new Fitter(Fitter.Settings.standard(1)).fit(items, (done, total) -> { });
    }
}
