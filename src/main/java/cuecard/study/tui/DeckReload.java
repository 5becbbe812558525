package cuecard.study.tui;

import cuecard.deck.Deck;
import java.util.List;

/** Reads the decks again after a card was edited. */
@FunctionalInterface
public interface DeckReload {

    Result reload();

    /**
     * The decks as they are now, or the errors that keep a file from loading (shown on the screen; the session
     * then keeps the cards it had).
     */
    record Result(List<Deck> decks, List<String> errors) {
        public Result {
            decks = List.copyOf(decks);
            errors = List.copyOf(errors);
        }

        public static Result of(List<Deck> decks) {
            return new Result(decks, List.of());
        }
    }
}
