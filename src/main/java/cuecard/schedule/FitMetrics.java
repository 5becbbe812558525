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
     * Metrics over the items in their (time) order. As in fsrs-rs, later items weigh more
     * ({@code 0.25 + 0.75·(i/(n-1))³}) in the log loss and in each bin's share of the RMSE.
     */
    public static FitMetrics of(double[] w, List<FitItem> items) {
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
        for (int i = 0; i < n; i++) {
            FitItem item = items.get(i);
            double pi = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
            p[i] = pi;
            y[i] = item.recalled();
            loss -= weights[i] * (y[i] ? Math.log(pi) : Math.log(1 - pi));
            weightSum += weights[i];
            double[] bin = bins.computeIfAbsent(bin(item), k -> new double[4]);
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

    private static long bin(FitItem item) {
        double t = item.targetDays();
        long tBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(t) / Math.log(3.62))) * 100);
        double length = item.longTermReviews() + 1;
        long lBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = item.historyLapses();
        long lapseBin = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (tBin * 1_000_003L + lBin) * 1_000_003L + lapseBin;
    }

    /** Area under the ROC curve by the rank-sum formula, ties counted half. */
    static double auc(double[] p, boolean[] y) {
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
