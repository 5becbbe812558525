package cuecard.study;

import cuecard.deck.Card;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fixed list of cards in order: the source of cram and exam sessions. Each is shown once, except that a cram
 * asks a card rated Again again, {@link #AGAIN_GAP} cards later (or last), as Anki's cram decks do. Not thread-safe.
 */
public final class CardList implements CardSource {

    /** How many other cards come between a card rated Again and its next showing in a cram, when there are enough. */
    static final int AGAIN_GAP = 3;

    private final List<Card> left;
    private final boolean askAgain;

    /** A list each card of which is shown once (an exam). */
    public CardList(List<Card> cards) {
        this(cards, false);
    }

    /** A list that, when {@code askAgain}, asks again the cards rated Again (a cram). */
    public CardList(List<Card> cards, boolean askAgain) {
        this.left = new ArrayList<>(cards);
        this.askAgain = askAgain;
    }

    @Override
    public Optional<Card> next(Instant now) {
        return left.isEmpty() ? Optional.empty() : Optional.of(left.get(0));
    }

    @Override
    public void answered(Card card, CardState after, Instant now) {
        left.remove(card);
    }

    @Override
    public void answered(Card card, CardState after, cuecard.review.Rating rating, Instant now) {
        left.remove(card);
        if (askAgain && rating == cuecard.review.Rating.AGAIN) {
            left.add(Math.min(AGAIN_GAP, left.size()), card);
        }
    }

    @Override
    public void remove(Card card) {
        left.remove(card);
    }

    @Override
    public void restore(Card card, CardState state, Instant now) {
        if (!left.contains(card)) {
            left.add(0, card);
        }
    }

    @Override
    public Counts counts(Instant now) {
        return new Counts(0, 0, left.size());
    }
}
