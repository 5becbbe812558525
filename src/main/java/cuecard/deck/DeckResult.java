package cuecard.deck;

import java.util.List;

/** What reading a deck file gives: a deck (with any warnings) or the errors that stopped it. */
public sealed interface DeckResult {

    /** Every problem found, errors and warnings, in file order. */
    List<DeckError> problems();

    record Ok(Deck deck, List<DeckError> problems) implements DeckResult {
        public Ok {
            problems = List.copyOf(problems);
        }
    }

    record Failed(List<DeckError> problems) implements DeckResult {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    static DeckResult failed(DeckError error) {
        return new Failed(List.of(error));
    }
}
