package cuecard.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Training data made ready the way fsrs-rs does: items with one long-term review feed the initial-stability
 * fit; rare or extreme (first rating, first interval) groups are dropped from both sets as outliers.
 *
 * @param initial items with exactly one long-term review, outliers removed
 * @param train   all items, outliers removed, in their original (time) order
 */
record FitData(List<FitItem> initial, List<FitItem> train) {

    static FitData prepare(List<FitItem> items) {
        List<FitItem> usable = new ArrayList<>();
        for (FitItem item : items) {
            if (item.longTermReviews() > 0) {
                usable.add(item);
            }
        }
        // first rating -> first long-term interval -> items
        Map<Integer, Map<Integer, List<FitItem>>> groups = new TreeMap<>();
        for (FitItem item : usable) {
            if (item.longTermReviews() == 1) {
                groups.computeIfAbsent(item.rating(0), k -> new TreeMap<>())
                        .computeIfAbsent(item.days(item.firstLongTermIndex()), k -> new ArrayList<>())
                        .add(item);
            }
        }
        Set<Long> removed = new HashSet<>();
        for (Map.Entry<Integer, Map<Integer, List<FitItem>>> byRating : groups.entrySet()) {
            int rating = byRating.getKey();
            List<Map.Entry<Integer, List<FitItem>>> subs = new ArrayList<>(byRating.getValue().entrySet());
            // smallest groups first; among equal sizes the shorter interval first
            subs.sort(Comparator.<Map.Entry<Integer, List<FitItem>>>comparingInt(e -> e.getValue().size())
                    .thenComparingInt(Map.Entry::getKey));
            int total = 0;
            for (Map.Entry<Integer, List<FitItem>> e : subs) {
                total += e.getValue().size();
            }
            int quota = Math.max(20, total / 20);
            int dropped = 0;
            int limit = rating == 4 ? 365 : 100;
            for (Map.Entry<Integer, List<FitItem>> e : subs) {
                int size = e.getValue().size();
                if (dropped + size >= quota) {
                    if (size < 6 || e.getKey() > limit) {
                        removed.add(key(rating, e.getKey()));
                    }
                } else {
                    dropped += size;
                    removed.add(key(rating, e.getKey()));
                }
            }
        }
        List<FitItem> initial = new ArrayList<>();
        List<FitItem> train = new ArrayList<>();
        for (FitItem item : usable) {
            if (removed.contains(key(item.rating(0), item.days(item.firstLongTermIndex())))) {
                continue;
            }
            train.add(item);
            if (item.longTermReviews() == 1) {
                initial.add(item);
            }
        }
        return new FitData(List.copyOf(initial), List.copyOf(train));
    }

    private static long key(int rating, int days) {
        return ((long) rating << 32) | days;
    }

    /**
     * The items fsrs-rs evaluates, in the order it weighs them: its evaluation takes the same outliers out, then
     * puts the items with one long-term review first and the others after them (each group in its original order),
     * and weighs by recency over that order. Items with no long-term review are left out.
     */
    static List<FitItem> evaluationOrder(List<FitItem> items) {
        FitData data = prepare(items);
        List<FitItem> ordered = new ArrayList<>(data.train().size());
        ordered.addAll(data.initial());
        for (FitItem item : data.train()) {
            if (item.longTermReviews() > 1) {
                ordered.add(item);
            }
        }
        return ordered;
    }

    /** The share of recalled targets. */
    static double averageRecall(List<FitItem> items) {
        if (items.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (FitItem item : items) {
            if (item.recalled()) {
                n++;
            }
        }
        return (double) n / items.size();
    }
}
