package cuecard.study.tui;

import cuecard.deck.Deck;
import java.util.List;

/** Reads the decks again after a card was edited. */
@FunctionalInterface
public interface DeckReload {
    List<Deck> reload();
}
