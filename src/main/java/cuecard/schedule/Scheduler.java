package cuecard.schedule;

import cuecard.review.CardState;
import cuecard.review.Rating;

import java.time.Instant;

/**
 * Computes what each rating would do to a card. Pure: time comes in as {@code now}; the fuzz is drawn from
 * {@code cardSeed} (stable per card, e.g. a hash of its key) combined with the card's review count.
 */
public interface Scheduler {

    NextStates next(CardState current, Instant now, long cardSeed);

    default CardState apply(CardState current, Rating rating, Instant now, long cardSeed) {
        return next(current, now, cardSeed).of(rating);
    }
}
