package cuecard.review;

import java.time.Instant;

/**
 * The scheduling state of one card. {@code memory} is null for a new card (and for SM-2 cards it holds
 * the interval in {@code stability} and the ease factor in {@code difficulty}).
 *
 * @param phase         new, learning, review or relearning
 * @param step          index of the current (re)learning step; 0 otherwise
 * @param memory        memory state, null while new
 * @param due           when the card is next due
 * @param lastReview    the instant of the last review, null while new
 * @param reps          number of reviews
 * @param lapses        number of times a review card was forgotten
 * @param scheduledDays the interval in days given at the last review (0 for intra-day steps)
 */
public record CardState(Phase phase, int step, MemoryState memory, Instant due, Instant lastReview,
                        int reps, int lapses, int scheduledDays) {

    public static CardState fresh(Instant now) {
        return new CardState(Phase.NEW, 0, null, now, null, 0, 0, 0);
    }
}
