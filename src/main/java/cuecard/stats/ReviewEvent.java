package cuecard.stats;

import cuecard.deck.CardKey;
import cuecard.review.Phase;
import cuecard.review.Rating;
import java.time.Instant;

/**
 * One answered card as statistics see it.
 *
 * @param phaseBefore    the card's phase before this answer
 * @param intervalBefore the interval in days the card had before this answer (0 for new and learning cards)
 * @param scheduled      true for reviews that count for the schedule (not cram or exam practice)
 * @param millis         time taken to answer, 0 when unknown
 * @param card           the card's position in {@link StatsInput#cards()} when the source knows it (its key is then
 *                       that card's key instance), else -1 and the card is looked up by key
 */
public record ReviewEvent(CardKey key, Instant at, Rating rating, Phase phaseBefore, int intervalBefore,
                          boolean scheduled, long millis, int card) {

    /** An event whose card is found by its key. */
    public ReviewEvent(CardKey key, Instant at, Rating rating, Phase phaseBefore, int intervalBefore,
                       boolean scheduled, long millis) {
        this(key, at, rating, phaseBefore, intervalBefore, scheduled, millis, -1);
    }

    /** Anything but Again counts as remembered. */
    public boolean passed() {
        return rating != Rating.AGAIN;
    }
}
