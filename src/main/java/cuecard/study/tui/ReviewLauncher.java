package cuecard.study.tui;

import cuecard.deck.Deck;
import java.util.List;

/** What the deck picker's {@code g} needs from outside: file names, the generator, and writing the reviewed deck. */
public interface ReviewLauncher {

    /** Why a transcript or deck file cannot be used (shown on the screen). */
    final class Failed extends RuntimeException {
        public Failed(String message) {
            super(message);
        }
    }

    /** A review ready to run, and how to write what it decides. */
    interface Prepared {
        ReviewApp.Setup setup();

        /** Writes the kept cards and decisions. */
        Written write();
    }

    /** The deck as it now is (null when no file was written), how many cards went in, and the file. */
    record Written(Deck deck, int added, String file) {
    }

    /** The file names that start with {@code prefix} (a folder ends with {@code /}), sorted. */
    List<String> complete(String prefix);

    /** The deck file proposed for a transcript. */
    String defaultDeck(String transcript);

    /** Reads the transcript, runs the generator and opens the decisions beside the deck file. */
    Prepared prepare(String transcript, String deckFile);
}
