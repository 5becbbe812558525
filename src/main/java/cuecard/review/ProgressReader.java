package cuecard.review;

import cuecard.deck.CardKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What statistics and other read-only views need from the progress store: the stored state of each card, and
 * nothing that writes. {@link Progress} adds the writes a study session makes.
 */
public interface ProgressReader {

    /** The card's current state, or {@code CardState.fresh(now)} when it was never reviewed. */
    CardState state(CardKey key, Instant now);

    /** Whether the card has a review history. */
    boolean known(CardKey key);

    boolean suspended(CardKey key);

    /** The learning day until which (inclusive) the card is buried, if any. */
    Optional<LocalDate> buriedUntil(CardKey key);

    /** The last review of any card of this deck, if there is one. */
    Optional<Instant> lastStudied(String deckId);
}
