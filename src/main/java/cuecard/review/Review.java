package cuecard.review;

import cuecard.deck.CardKey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One answered card, as it is written to the review log.
 *
 * @param id      unique entry id (the store fills it in when it records the review; may be null before)
 * @param key     the card
 * @param at      when the rating was given
 * @param offset  the learner's UTC offset at that moment (for day boundaries in statistics)
 * @param rating  the final rating (after any change on the feedback screen)
 * @param mode    review, cram or exam; only review changes the schedule
 * @param answer  how the answer was given
 * @param correct whether an automatic check found the answer right; null for self-rated cards
 * @param taken   time from showing the card to the rating
 * @param before  the card's state when it was shown
 * @param after   the card's state after the rating (equal to {@code before} in cram and exam)
 */
public record Review(String id, CardKey key, Instant at, ZoneOffset offset, Rating rating, Mode mode,
                     AnswerKind answer, Boolean correct, Duration taken, CardState before, CardState after) {

    public Review {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public Review withId(String newId) {
        return new Review(newId, key, at, offset, rating, mode, answer, correct, taken, before, after);
    }
}
