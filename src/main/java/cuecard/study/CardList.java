package cuecard.study;

import cuecard.deck.Card;
import cuecard.schedule.CardState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A fixed list of cards, each shown once in order: the source of cram and exam sessions. Not thread-safe. */
public final class CardList implements CardSource {

    private final List<Card> left;

    public CardList(List<Card> cards) {
        this.left = new ArrayList<>(cards);
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
