package cuecard.bench;

import cuecard.deck.Deck;
import cuecard.deckfile.Library;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import cuecard.stats.Stats;
import cuecard.stats.StatsCalculation;
import cuecard.stats.StatsSource;
import cuecard.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Statistics as the stats screen of a running session works them out: from the open store (1,000,000 reviews read
 * from the review digest) and the loaded decks (100,000 cards in 50 decks) to the figures, in a warm JVM.
 * {@link StatsBench} times the calculation alone; {@code bench-collection.sh} times the whole command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreStatsBench {

    private Path root;
    private List<Deck> decks;
    private Store store;
    private final Fsrs model = new Fsrs(FsrsSettings.defaults());
    private final Instant now = Instant.parse("2026-06-01T10:00:00Z");

    @Setup(Level.Trial)
    public void write() throws Exception {
        root = Files.createTempDirectory("cuecard-store-stats");
        SyntheticCollection.main(new String[] {root.toString()});
        decks = Library.load(List.of(root.resolve("decks"))).decks();
        store = Store.openReadOnly(root.resolve("data"), Clock.systemUTC());
        store.eachReviewRow((k, s, n, o, r, m, p, i, ms) -> { }); // writes the review digest
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        store.close();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public Stats millionReviewsFromTheStore() {
        return StatsCalculation.of(StatsSource.fromRows(decks, store::eachReviewRow, store, now, ZoneId.of("UTC"), 4,
                model::retrievability, 8));
    }
}
