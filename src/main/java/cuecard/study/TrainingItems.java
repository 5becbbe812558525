package cuecard.study;

import cuecard.deck.CardKey;
import cuecard.schedule.FitItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns the review log into the optimizer's training items: each card's scheduled reviews in time order, with
 * the days between them counted in learning days (the learner's local date, the day starting at
 * {@code dayStartHour}), as Anki counts them for fsrs-rs. Items come in the order of the review they predict,
 * oldest first, which is what the recency weighting of the loss expects. Cram and exam answers are left out: they are practice
 * outside the schedule.
 */
public final class TrainingItems {

    private TrainingItems() {
    }

    /** Training items of the cards {@code include} accepts; {@code reviews} are the reviews in effect (no undone ones). */
    public static List<FitItem> of(List<Review> reviews, int dayStartHour, Predicate<CardKey> include) {
        Map<CardKey, List<Review>> byCard = new LinkedHashMap<>();
        for (Review r : reviews) {
            if (r.mode() == Mode.REVIEW && include.test(r.key())) {
                byCard.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        // items ordered by the time of the review they predict, so the recency weighting favours recent ones
        List<java.util.Map.Entry<java.time.Instant, FitItem>> timed = new ArrayList<>();
        for (List<Review> history : byCard.values()) {
            history.sort(Comparator.comparing(Review::at));
            int n = history.size();
            if (n < 2) {
                continue;
            }
            int[] ratings = new int[n];
            int[] days = new int[n];
            long previous = 0;
            for (int i = 0; i < n; i++) {
                Review r = history.get(i);
                long day = learningDay(r, dayStartHour);
                ratings[i] = r.rating().value();
                days[i] = i == 0 ? 0 : (int) Math.max(0, day - previous);
                previous = day;
            }
            for (int k = 2; k <= n; k++) {
                if (days[k - 1] > 0) {
                    timed.add(java.util.Map.entry(history.get(k - 1).at(), new FitItem(
                            java.util.Arrays.copyOf(ratings, k), java.util.Arrays.copyOf(days, k))));
                }
            }
        }
        timed.sort(java.util.Map.Entry.comparingByKey());
        List<FitItem> items = new ArrayList<>(timed.size());
        timed.forEach(e -> items.add(e.getValue()));
        return items;
    }

    /** The learning day of a review as days since 1970-01-01, in the offset the learner had when answering. */
    static long learningDay(Review r, int dayStartHour) {
        long local = r.at().getEpochSecond() + r.offset().getTotalSeconds() - dayStartHour * 3600L;
        return Math.floorDiv(local, 86_400L);
    }
}
