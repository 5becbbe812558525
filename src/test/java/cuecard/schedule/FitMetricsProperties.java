package cuecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The fast AUC (plain sorted arrays) gives exactly what ranking an index per item gives, ties and all. */
class FitMetricsProperties {

    @Property(tries = 500)
    void aucEqualsTheIndexRanking(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n,
                                  @ForAll @IntRange(min = 1, max = 50) int distinct) {
        Random r = new Random(seed);
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = r.nextInt(distinct) / (double) distinct + (r.nextInt(10) == 0 ? r.nextDouble() * 1e-9 : 0);
            y[i] = r.nextDouble() < p[i] + 0.1;
        }
        double fast = FitMetrics.auc(p, y);
        double reference = FitMetrics.aucByIndex(p, y);
        if (Double.isNaN(reference)) {
            assertThat(fast).isNaN();
        } else {
            assertThat(fast).isEqualTo(reference);
        }
    }

    @Example
    void knownValues() {
        assertThat(FitMetrics.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
                .isEqualTo(0.75);
        assertThat(FitMetrics.auc(new double[] {0.5, 0.5}, new boolean[] {false, true})).isEqualTo(0.5);
        assertThat(FitMetrics.auc(new double[] {0.2, 0.3}, new boolean[] {true, true})).isNaN();
        assertThat(FitMetrics.auc(new double[] {Double.NaN, 0.3}, new boolean[] {true, false}))
                .isEqualTo(FitMetrics.aucByIndex(new double[] {Double.NaN, 0.3}, new boolean[] {true, false}));
    }

    @Property(tries = 200)
    void metricsDoNotDependOnTheBinMemo(@ForAll long seed) {
        Random r = new Random(seed);
        java.util.List<FitItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int len = 2 + r.nextInt(8);
            int[] ratings = new int[len];
            int[] days = new int[len];
            for (int k = 0; k < len; k++) {
                ratings[k] = 1 + r.nextInt(4);
                days[k] = k == 0 ? 0 : r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(k == len - 1 ? 50_000 : 400);
            }
            days[len - 1] = Math.max(1, days[len - 1]);
            items.add(new FitItem(ratings, days));
        }
        double[] w = FitBounds.defaults();
        FitMetrics m = FitMetrics.inOrder(w, items);
        // the RMSE over bins worked out again with the plain bin of every item
        double[] p = new double[items.size()];
        FitModel model = new FitModel();
        double[] weights = FitMetrics.recencyWeights(items.size());
        int at = 0;
        for (FitChain chain : FitChain.fold(items, weights)) {
            model.predict(w, chain, p, at);
            at += chain.count;
        }
        java.util.Map<Long, double[]> bins = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            double pi = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
            double[] bin = bins.computeIfAbsent(FitMetrics.bin(items.get(i)), k -> new double[4]);
            bin[0] += pi;
            bin[1] += items.get(i).recalled() ? 1 : 0;
            bin[2] += 1;
            bin[3] += weights[i];
        }
        double num = 0;
        double den = 0;
        for (double[] bin : bins.values()) {
            double diff = bin[0] / bin[2] - bin[1] / bin[2];
            num += bin[3] * diff * diff;
            den += bin[3];
        }
        assertThat(m.rmseBins()).isEqualTo(Math.sqrt(num / den));
    }
}
