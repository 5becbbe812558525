package cuecard.review;

import cuecard.deck.Card;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a session gets its next card. The scheduling queue ({@code StudyQueue}) implements it for review
 * sessions; cram and exam sessions use their own selections.
 */
public interface CardSource {

    /** The card to show now, or empty when nothing more is due in this session. */
    Optional<Card> next(Instant now);

    /** Tells the source a card was answered and what its state became, so it can re-queue or drop it. */
    void answered(Card card, CardState after, Instant now);

    /** As {@link #answered(Card, CardState, Instant)}, with the rating given (a cram list asks Again cards again). */
    default void answered(Card card, CardState after, Rating rating, Instant now) {
        answered(card, after, now);
    }

    /**
     * Records an answer and tells this source about it: the one path an answer takes, from the study screen and from
     * {@code cuecard grade} alike. The review goes to the store first (fsynced); then the source does what follows
     * an answer (the review queue buries the card's siblings waiting today and suspends a leech).
     *
     * @return the review as saved
     */
    default Review answer(Progress progress, Card card, Review review) throws Progress.StaleCard {
        Review saved = progress.record(review);
        answered(card, review.after(), review.rating(), review.at());
        return saved;
    }

    /** Drops a card from this session (buried or suspended by the learner). */
    void remove(Card card);

    /** Puts a card back after an undo, in the state it had before the undone answer. */
    void restore(Card card, CardState state, Instant now);

    /** Puts back a card the learner buried or suspended in this session, after undoing that; no answer is undone. */
    default void putBack(Card card, CardState state, Instant now) {
        restore(card, state, now);
    }

    /** How many cards are left in each group, for the header. */
    Counts counts(Instant now);

    /** The daily limits that now hold back cards this source has (for the summary); none by default. */
    default java.util.List<LimitReached> limitsReached(Instant now) {
        return java.util.List.of();
    }

    /** When the earliest card of this source is due (or let through by its limits) again; empty when none is. */
    default Optional<Instant> nextDue(Instant now) {
        return Optional.empty();
    }

    /**
     * A daily limit that holds back cards.
     *
     * @param newCards true for the new-card limit, false for the review limit
     * @param limit    the limit's value
     * @param deckId   the deck whose limit it is; null for the cap over all decks of the session
     */
    record LimitReached(boolean newCards, int limit, String deckId) {
    }

    /** Cards left: new, in (re)learning, and review cards due. */
    record Counts(int newCards, int learning, int due) {
        public int total() {
            return newCards + learning + due;
        }
    }
}
