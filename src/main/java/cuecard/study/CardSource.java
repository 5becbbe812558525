package cuecard.study;

import cuecard.deck.Card;
import cuecard.schedule.CardState;

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
    default void answered(Card card, CardState after, cuecard.schedule.Rating rating, Instant now) {
        answered(card, after, now);
    }

    /** Drops a card from this session (buried or suspended by the learner). */
    void remove(Card card);

    /** Puts a card back after an undo, in the state it had before the undone answer. */
    void restore(Card card, CardState state, Instant now);

    /** How many cards are left in each group, for the header. */
    Counts counts(Instant now);

    /** Cards left: new, in (re)learning, and review cards due. */
    record Counts(int newCards, int learning, int due) {
        public int total() {
            return newCards + learning + due;
        }
    }
}
