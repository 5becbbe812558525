package cuecard.review;

import cuecard.deck.CardKey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The parts of a {@link Review} that statistics and the optimizer read: small enough to keep a million of them on
 * disk beside the logs and read them back quickly (the store's review digest).
 *
 * @param key            the card (after any remap)
 * @param at             when the rating was given
 * @param offset         the learner's UTC offset then
 * @param rating         the rating
 * @param mode           review, cram or exam
 * @param phaseBefore    the card's phase when it was shown
 * @param intervalBefore the interval in days the card had when it was shown
 * @param millis         time taken to answer, in milliseconds
 */
public record ReviewBrief(CardKey key, Instant at, ZoneOffset offset, Rating rating, Mode mode, Phase phaseBefore,
                          int intervalBefore, long millis) {

    public ReviewBrief {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(phaseBefore, "phaseBefore");
    }

    /** The brief of a full review. */
    public static ReviewBrief of(Review r) {
        return new ReviewBrief(r.key(), r.at(), r.offset(), r.rating(), r.mode(), r.before().phase(),
                r.before().scheduledDays(), r.taken().toMillis());
    }
}
