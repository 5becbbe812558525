package cuecard.study.tui;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import java.util.List;
import java.util.Optional;

/** Looks decks and cards up by id in the decks the app has loaded. */
final class DeckIndex {

    private DeckIndex() {
    }

    static Optional<Deck> deck(List<Deck> decks, String deckId) {
        return decks.stream().filter(d -> d.id().equals(deckId)).findFirst();
    }

    /** A deck's title (its id when it has none, or when no deck has that id). */
    static String title(List<Deck> decks, String deckId) {
        return deck(decks, deckId).map(d -> d.title() == null || d.title().isBlank() ? d.id() : d.title()).orElse(deckId);
    }

    static Optional<Card> card(List<Deck> decks, CardKey key) {
        return deck(decks, key.deckId()).flatMap(d -> d.cards().stream().filter(c -> c.key().equals(key)).findFirst());
    }
}
