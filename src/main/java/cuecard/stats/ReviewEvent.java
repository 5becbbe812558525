package cuecard.stats;

import cuecard.deck.CardKey;
import cuecard.schedule.Phase;
import cuecard.schedule.Rating;
import java.time.Instant;

/**
 * One answered card as statistics see it.
 *
 * @param phaseBefore    the card's phase before this answer
 * @param intervalBefore the interval in days the card had before this answer (0 for new and learning cards)
 * @param scheduled      true for reviews that count for the schedule (not cram or exam practice)
 * @param millis         time taken to answer, 0 when unknown
 */
public record ReviewEvent(CardKey key, Instant at, Rating rating, Phase phaseBefore, int intervalBefore,
                          boolean scheduled, long millis) {

    /** Anything but Again counts as remembered. */
    public boolean passed() {
        return rating != Rating.AGAIN;
    }
}
