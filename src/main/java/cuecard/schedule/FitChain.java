package cuecard.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Training items of one card folded together: the card's reviews once, and which of them are predicted (with
 * their weights). Items that are prefixes of one history share their forward pass and their backward pass, so
 * a card of n reviews costs O(n) instead of O(n²).
 */
final class FitChain {

    final byte[] ratings;
    final int[] days;
    final int length;
    final int[] targets;
    final double[] weights;
    final int count;

    private FitChain(byte[] ratings, int[] days, int length, int[] targets, double[] weights, int count) {
        this.ratings = ratings;
        this.days = days;
        this.length = length;
        this.targets = targets;
        this.weights = weights;
        this.count = count;
    }

    static FitChain of(FitItem item, double weight) {
        return new FitChain(item.ratingArray(), item.dayArray(), item.length(),
                new int[] {item.length() - 1}, new double[] {weight}, 1);
    }

    /**
     * Folds items in order: an item whose reviews extend the previous item's reviews joins its chain.
     */
    static List<FitChain> fold(List<FitItem> items, double[] weights) {
        List<FitChain> chains = new ArrayList<>();
        Builder current = null;
        for (int i = 0; i < items.size(); i++) {
            FitItem item = items.get(i);
            if (current == null || !current.extendedBy(item)) {
                if (current != null) {
                    chains.add(current.build());
                }
                current = new Builder(item);
            }
            current.add(item, weights[i]);
        }
        if (current != null) {
            chains.add(current.build());
        }
        return chains;
    }

    private static final class Builder {
        private byte[] ratings;
        private int[] days;
        private final List<Integer> targets = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder(FitItem first) {
            this.ratings = first.ratingArray();
            this.days = first.dayArray();
        }

        boolean extendedBy(FitItem item) {
            byte[] r = item.ratingArray();
            int[] d = item.dayArray();
            if (r.length <= ratings.length) {
                return false;
            }
            for (int i = 0; i < ratings.length; i++) {
                if (r[i] != ratings[i] || d[i] != days[i]) {
                    return false;
                }
            }
            return true;
        }

        void add(FitItem item, double weight) {
            ratings = item.ratingArray();
            days = item.dayArray();
            targets.add(item.length() - 1);
            weights.add(weight);
        }

        FitChain build() {
            int n = targets.size();
            int[] t = new int[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = targets.get(i);
                w[i] = weights.get(i);
            }
            return new FitChain(ratings, days, ratings.length, t, w, n);
        }
    }

    @Override
    public String toString() {
        return "FitChain" + Arrays.toString(targets) + " of " + length;
    }
}
