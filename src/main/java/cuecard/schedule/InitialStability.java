package cuecard.schedule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "pretrain" step: the initial stabilities w0-w3 fitted from the first long-term review after each first
 * rating, then made monotone across ratings and filled in where a rating was never given.
 */
final class InitialStability {

    static final double MAX = 100;
    private static final double SMOOTH_WEIGHT = 3.0 / 5.0;

    /** The fitted stabilities and how many items each first rating had (only ratings that occurred). */
    record Result(double[] stabilities, Map<Integer, Integer> counts) {
    }

    private InitialStability() {
    }

    /**
     * @param items          items with exactly one long-term review (their first long-term review is the target)
     * @param averageRecall  the share of recalled targets in the whole training set, for smoothing
     * @return empty stabilities (length 0) when there is no item at all
     */
    static Result fit(List<FitItem> items, double averageRecall) {
        // first rating -> (days of first long-term review -> [recalled, total])
        Map<Integer, TreeMap<Integer, long[]>> groups = new TreeMap<>();
        for (FitItem item : items) {
            int first = item.rating(0);
            int idx = item.firstLongTermIndex();
            long[] tally = groups.computeIfAbsent(first, k -> new TreeMap<>())
                    .computeIfAbsent(item.days(idx), k -> new long[2]);
            if (item.rating(idx) > 1) {
                tally[0]++;
            }
            tally[1]++;
        }
        Map<Integer, Double> fitted = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        double[] defaults = FitBounds.defaults();
        for (Map.Entry<Integer, TreeMap<Integer, long[]>> group : groups.entrySet()) {
            int rating = group.getKey();
            int n = group.getValue().size();
            double[] t = new double[n];
            double[] recall = new double[n];
            double[] count = new double[n];
            int j = 0;
            long total = 0;
            for (Map.Entry<Integer, long[]> e : group.getValue().entrySet()) {
                long[] tally = e.getValue();
                t[j] = e.getKey();
                count[j] = tally[1];
                // Laplace smoothing toward the average recall
                recall[j] = (tally[0] + averageRecall) / (tally[1] + 1.0);
                total += tally[1];
                j++;
            }
            counts.put(rating, (int) total);
            fitted.put(rating, search(t, recall, count, defaults[rating - 1], defaults[20]));
        }
        if (fitted.isEmpty()) {
            return new Result(new double[0], counts);
        }
        return new Result(smoothAndFill(fitted, counts), counts);
    }

    /** Ternary search for the stability with the least count-weighted log loss plus a small pull to the default. */
    private static double search(double[] t, double[] recall, double[] count, double prior, double w20) {
        double lo = Fsrs.S_MIN;
        double hi = MAX;
        double best = prior;
        for (int iter = 0; iter < 1000 && hi - lo > Math.ulp(1.0); iter++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (searchLoss(t, recall, count, m1, prior, w20) < searchLoss(t, recall, count, m2, prior, w20)) {
                hi = m2;
            } else {
                lo = m1;
            }
            best = (lo + hi) / 2;
        }
        return best;
    }

    private static double searchLoss(double[] t, double[] recall, double[] count, double s, double prior,
                                     double w20) {
        ForgettingCurve curve = new ForgettingCurve(w20);
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double p = curve.recall(t[i], s);
            sum -= count[i] * (recall[i] * Math.log(p) + (1 - recall[i]) * Math.log(1 - p));
        }
        return sum + Math.abs(s - prior) / 16;
    }

    /**
     * Makes the stabilities non-decreasing from Again to Easy (the rating seen more often wins a conflict),
     * fills missing ratings by geometric interpolation or extrapolation, and clamps to [S_MIN, 100].
     */
    static double[] smoothAndFill(Map<Integer, Double> given, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : given.entrySet()) {
            if (counts.containsKey(e.getKey())) {
                s.put(e.getKey(), e.getValue());
            }
        }
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] p : pairs) {
            Double small = s.get(p[0]);
            Double big = s.get(p[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(p[0]) > counts.get(p[1])) {
                    s.put(p[1], small);
                } else {
                    s.put(p[0], big);
                }
            }
        }
        double[] defaults = FitBounds.defaults();
        double[] out = new double[4];
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no initial stability to smooth");
        }
        if (s.size() == 1) {
            int rating = s.keySet().iterator().next();
            double factor = s.get(rating) / defaults[rating - 1];
            double[] scaled = {defaults[0] * factor, defaults[1] * factor, defaults[2] * factor, defaults[3] * factor};
            java.util.Arrays.sort(scaled);
            out = scaled;
        } else {
            Double[] v = {null, s.get(1), s.get(2), s.get(3), s.get(4)};
            fill(v);
            for (int i = 0; i < 4; i++) {
                out[i] = v[i + 1];
            }
        }
        for (int i = 0; i < 4; i++) {
            out[i] = Math.max(Fsrs.S_MIN, Math.min(MAX, out[i]));
        }
        return out;
    }

    /**
     * Fills the missing entries of v[1..4] in log space: Hard sits 3/5 of the way from Good toward Again, and
     * Good 3/5 of the way from Hard toward Easy; the same two relations are solved for whichever value is missing.
     */
    private static void fill(Double[] v) {
        double w1 = SMOOTH_WEIGHT;
        double w2 = SMOOTH_WEIGHT;
        // relations in logs: l2 = w1*l1 + (1-w1)*l3 ; l3 = (1-w2)*l2 + w2*l4
        for (int round = 0; round < 3; round++) {
            if (v[2] == null && v[1] != null && v[3] != null) {
                v[2] = Math.exp(w1 * Math.log(v[1]) + (1 - w1) * Math.log(v[3]));
            }
            if (v[3] == null && v[2] != null && v[4] != null) {
                v[3] = Math.exp((1 - w2) * Math.log(v[2]) + w2 * Math.log(v[4]));
            }
            if (v[1] == null && v[2] != null && v[3] != null) {
                v[1] = Math.exp((Math.log(v[2]) - (1 - w1) * Math.log(v[3])) / w1);
            }
            if (v[4] == null && v[2] != null && v[3] != null) {
                v[4] = Math.exp((Math.log(v[3]) - (1 - w2) * Math.log(v[2])) / w2);
            }
            if (v[3] == null && v[1] != null && v[2] != null) {
                v[3] = Math.exp((Math.log(v[2]) - w1 * Math.log(v[1])) / (1 - w1));
            }
            if (v[2] == null && v[3] != null && v[4] != null) {
                v[2] = Math.exp((Math.log(v[3]) - w2 * Math.log(v[4])) / (1 - w2));
            }
            if (v[2] == null && v[3] == null && v[1] != null && v[4] != null) {
                // solve both relations at once
                double l1 = Math.log(v[1]);
                double l4 = Math.log(v[4]);
                double den = w1 + w2 - w1 * w2;
                double l2 = (w1 * l1 + (1 - w1) * w2 * l4) / den;
                double l3 = ((1 - w2) * w1 * l1 + w2 * l4) / den;
                v[2] = Math.exp(l2);
                v[3] = Math.exp(l3);
            }
        }
    }
}
