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
     *
     * @param broken the first error of each deck file that does not load, for the picker's rows
     */
    record Result(List<Deck> decks, List<String> errors, List<cuecard.deck.DeckError> broken) {
        public Result {
            decks = List.copyOf(decks);
            errors = List.copyOf(errors);
            broken = List.copyOf(broken);
        }

        public Result(List<Deck> decks, List<String> errors) {
            this(decks, errors, List.of());
        }

        public static Result of(List<Deck> decks) {
            return new Result(decks, List.of());
        }
    }
}
