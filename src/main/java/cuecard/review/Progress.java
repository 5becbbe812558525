package cuecard.review;

import cuecard.deck.CardKey;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a study session needs from the progress store: what {@link ProgressReader} reads, and the writes. The
 * durable implementation lives at the edge ({@code cuecard.store}); tests and throw-away sessions can use
 * {@code cuecard.study.MemoryProgress}.
 */
public interface Progress extends ProgressReader {

    /**
     * Records a review durably before returning. Fails with {@link StaleCard} when the card's stored state
     * is no longer {@code review.before()} (another process or screen answered it meanwhile).
     *
     * @return the review as recorded, with its entry id
     */
    Review record(Review review) throws StaleCard;

    /** Undoes the most recent review still in effect (appending an undo entry); empty when nothing is left. */
    Optional<Review> undoLast();

    void suspend(CardKey key, boolean suspended);

    void bury(CardKey key, LocalDate untilDay);

    /** Starts the card over as new; its history is kept (the card browser's reset). */
    void reset(CardKey key);

    /**
     * Undoes this session's last reset if it was of {@code key} (appending an undo entry): the card has the state it
     * had before. False when the last reset of this session was of another card, or there was none.
     */
    boolean undoReset(CardKey key);

    /** Thrown when a card changed between showing it and saving its rating. */
    final class StaleCard extends Exception {
        private final CardKey key;

        public StaleCard(CardKey key) {
            super("the card " + key + " was answered elsewhere since it was shown");
            this.key = key;
        }

        public CardKey key() {
            return key;
        }
    }
}
