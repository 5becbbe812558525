package cuecard.study;

import cuecard.deck.CardKey;
import cuecard.review.Mode;
import cuecard.review.Review;
import cuecard.review.ReviewSink;
import cuecard.schedule.FitItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Turns the review log into the optimizer's training items: each card's scheduled reviews in time order, with
 * the days between them counted in learning days (the learner's local date, the day starting at
 * {@code dayStartHour}), as Anki counts them for fsrs-rs. Items come in the order of the review they predict,
 * oldest first, which is what the recency weighting of the loss expects. Cram and exam answers are left out: they
 * are practice outside the schedule (Anki's filtered reviews without rescheduling).
 *
 * <p>As Anki builds items for fsrs-rs, a card's history starts at its last first review: the last review of the
 * card as a new card, so a card reset to new starts afresh (Anki keeps only the revlog from the last first learning
 * step on, after a "Forget"), and a card whose log holds no review of it as new gives no items (its memory state
 * before its first logged review is unknown). Same-day reviews (learning and relearning steps) stay in the
 * history with 0 days; only a review at least a day after the one before is predicted.
 */
public final class TrainingItems {

    private TrainingItems() {
    }

    /** Training items of the cards {@code include} accepts; {@code reviews} are the reviews in effect (no undone ones). */
    public static List<FitItem> of(List<Review> reviews, int dayStartHour, Predicate<CardKey> include) {
        return of(reviews::forEach, dayStartHour, include);
    }

    /**
     * As above, with the reviews streamed: each review is kept only as its rating, learning day and instant, so a
     * log of millions of reviews fits in a small heap.
     */
    public static List<FitItem> of(Consumer<Consumer<Review>> reviews, int dayStartHour, Predicate<CardKey> include) {
        return ofRows(sink -> reviews.accept(r -> sink.review(r.key(), r)), dayStartHour, include);
    }

    /** As above, from reviews handed over one call each (what the store's review digest gives back quickly). */
    public static List<FitItem> ofRows(Consumer<ReviewSink> reviews, int dayStartHour, Predicate<CardKey> include) {
        Map<CardKey, History> byCard = new HashMap<>();
        Object[] last = {null, null}; // the last key instance and its history: a card's reviews often come together
        reviews.accept((key, second, nano, offset, rating, mode, phase, interval, millis) -> {
            if (mode != Mode.REVIEW) {
                return;
            }
            History h;
            if (key == last[0]) {
                h = (History) last[1];
            } else {
                h = include.test(key) ? byCard.computeIfAbsent(key, k -> new History()) : null;
                last[0] = key;
                last[1] = h;
            }
            if (h != null) {
                h.add(rating.value(), cuecard.schedule.LearningDay.epochDay(second, offset, dayStartHour), second * 1000 + nano / 1_000_000,
                        phase == cuecard.review.Phase.NEW);
            }
        });
        List<Timed> timed = new ArrayList<>();
        for (History h : byCard.values()) {
            h.addItems(timed);
        }
        timed.sort((a, b) -> Long.compare(a.at, b.at));
        List<FitItem> items = new ArrayList<>(timed.size());
        timed.forEach(t -> items.add(t.item));
        return items;
    }

    private record Timed(long at, FitItem item) {
    }

    /** One card's reviews as four growing arrays. */
    private static final class History {
        private byte[] ratings = new byte[4];
        private long[] days = new long[4];
        private long[] at = new long[4];
        private boolean[] first = new boolean[4];
        private int n;

        void add(int rating, long day, long millis, boolean ofNewCard) {
            if (n == ratings.length) {
                ratings = Arrays.copyOf(ratings, n * 2);
                days = Arrays.copyOf(days, n * 2);
                at = Arrays.copyOf(at, n * 2);
                first = Arrays.copyOf(first, n * 2);
            }
            ratings[n] = (byte) rating;
            days[n] = day;
            at[n] = millis;
            first[n] = ofNewCard;
            n++;
        }

        void addItems(List<Timed> out) {
            if (n < 2) {
                return;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(at[a], at[b]));
            int start = -1; // the last review of the card as new
            for (int i = n - 1; i >= 0 && start < 0; i--) {
                start = first[order[i]] ? i : -1;
            }
            if (start < 0 || n - start < 2) {
                return;
            }
            int m = n - start;
            int[] r = new int[m];
            int[] d = new int[m];
            long previous = 0;
            for (int i = 0; i < m; i++) {
                int k = order[start + i];
                r[i] = ratings[k];
                d[i] = i == 0 ? 0 : (int) Math.max(0, days[k] - previous);
                previous = days[k];
            }
            for (int k = 2; k <= m; k++) {
                if (d[k - 1] > 0) {
                    out.add(new Timed(at[order[start + k - 1]], new FitItem(Arrays.copyOf(r, k), Arrays.copyOf(d, k))));
                }
            }
        }
    }

}
