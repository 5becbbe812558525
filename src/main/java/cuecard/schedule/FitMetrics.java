package cuecard.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a parameter vector predicts a set of items: log loss, RMSE over bins (interval, review count and
 * lapse count on log scales, as fsrs-rs bins them) and AUC.
 */
public record FitMetrics(int items, double logLoss, double rmseBins, double auc) {

    /**
     * Metrics as fsrs-rs's own evaluation works them out (what Anki shows, and what the oracle's
     * {@code evaluate.mjs} prints): the outliers the fit leaves out are left out here too, items with no long-term
     * review as well, and the rest are weighed by recency in fsrs-rs's order, items with one long-term review first
     * and then the others, each group in the given (time) order ({@link FitData#evaluationOrder}).
     */
    public static FitMetrics of(double[] w, List<FitItem> items) {
        return inOrder(w, FitData.evaluationOrder(items));
    }

    /**
     * Metrics over the items in the order given, none left out. As in fsrs-rs, later items weigh more
     * ({@code 0.25 + 0.75·(i/(n-1))³}) in the log loss and in each bin's share of the RMSE.
     */
    static FitMetrics inOrder(double[] w, List<FitItem> items) {
        int n = items.size();
        if (n == 0) {
            return new FitMetrics(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] weights = recencyWeights(n);
        double[] p = new double[n];
        FitModel model = new FitModel();
        int at = 0;
        for (FitChain chain : FitChain.fold(items, weights)) {
            model.predict(w, chain, p, at);
            at += chain.count;
        }
        boolean[] y = new boolean[n];
        double loss = 0;
        double weightSum = 0;
        Map<Long, double[]> bins = new HashMap<>();
        Bins binOf = new Bins();
        for (int i = 0; i < n; i++) {
            FitItem item = items.get(i);
            double pi = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
            p[i] = pi;
            y[i] = item.recalled();
            loss -= weights[i] * (y[i] ? Math.log(pi) : Math.log(1 - pi));
            weightSum += weights[i];
            double[] bin = bins.computeIfAbsent(binOf.of(item), k -> new double[4]);
            bin[0] += pi;
            bin[1] += y[i] ? 1 : 0;
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
        return new FitMetrics(n, loss / weightSum, Math.sqrt(num / den), auc(p, y));
    }

    /** 0.25 + 0.75·(i/(n-1))³ for i = 0..n-1. */
    static double[] recencyWeights(int n) {
        double[] weights = new double[n];
        double denom = Math.max(n - 1, 1);
        for (int i = 0; i < n; i++) {
            double x = i / denom;
            weights[i] = 0.25 + 0.75 * x * x * x;
        }
        return weights;
    }

    static long bin(FitItem item) {
        return binKey(tBin(item.targetDays()), lBin(item.longTermReviews() + 1), lapseBin(item.historyLapses()));
    }

    private static long tBin(double t) {
        return Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(t) / Math.log(3.62))) * 100);
    }

    private static long lBin(double length) {
        return Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
    }

    private static long lapseBin(int lapses) {
        return lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
    }

    private static long binKey(long t, long l, long lapses) {
        return (t * 1_000_003L + l) * 1_000_003L + lapses;
    }

    /** {@link #bin}, with each of its three logarithms worked out once per whole number seen (they are few). */
    private static final class Bins {
        private final long[] t = filled(40_000);
        private final long[] l = filled(1_024);
        private final long[] lapses = filled(1_024);

        private static long[] filled(int size) {
            long[] a = new long[size];
            java.util.Arrays.fill(a, Long.MIN_VALUE);
            return a;
        }

        long of(FitItem item) {
            return binKey(memo(t, item.targetDays(), FitMetrics::tBin),
                    memo(l, item.longTermReviews() + 1, FitMetrics::lBin),
                    memo(lapses, item.historyLapses(), FitMetrics::lapseBin));
        }

        /** {@code bin(x)}, from {@code cache} once it was worked out there (numbers past its end each time). */
        private static long memo(long[] cache, int x, java.util.function.IntToLongFunction bin) {
            if (x < 0 || x >= cache.length) {
                return bin.applyAsLong(x);
            }
            if (cache[x] == Long.MIN_VALUE) {
                cache[x] = bin.applyAsLong(x);
            }
            return cache[x];
        }
    }

    /**
     * Area under the ROC curve by the rank-sum formula, ties counted half. Sorts plain arrays of numbers (the
     * predictions, and those of the positives apart) instead of an index per item: a million items sorted by a
     * comparator took most of {@code optimize --evaluate}.
     */
    static double auc(double[] p, boolean[] y) {
        int n = p.length;
        int positives = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(p[i])) {
                return aucByIndex(p, y); // NaN is never equal to itself: ranked one by one there
            }
            positives += y[i] ? 1 : 0;
        }
        double[] all = p.clone();
        double[] pos = new double[positives];
        for (int i = 0, k = 0; i < n; i++) {
            if (y[i]) {
                pos[k++] = p[i];
            }
        }
        java.util.Arrays.sort(all);
        java.util.Arrays.sort(pos);
        double rankSum = 0;
        int i = 0;
        int q = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && all[j + 1] == all[i]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            int inGroup = 0;
            while (q < pos.length && pos[q] == all[i]) {
                inGroup++;
                q++;
            }
            rankSum += rank * inGroup; // exact: ranks are halves and the sum stays far below 2^53
            i = j + 1;
        }
        long neg = n - positives;
        if (positives == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSum - (long) positives * (positives + 1) / 2.0) / ((double) positives * neg);
    }

    /** {@link #auc} by sorting an index per item (kept for predictions with NaN, and as the reference in tests). */
    static double aucByIndex(double[] p, boolean[] y) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSum = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]]) {
                    rankSum += rank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
