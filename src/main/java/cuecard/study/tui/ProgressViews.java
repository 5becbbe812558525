package cuecard.study.tui;

import cuecard.deck.Deck;
import cuecard.study.CardBrowser;
import cuecard.study.Messages;
import java.util.List;

/**
 * Where the statistics tab and the card browser get their data: the caller reads the review log each time one
 * opens, so both show what was just studied.
 */
public interface ProgressViews {

    /** The statistics report as text (what {@code cuecard stats} prints), in the words of {@code m}. */
    String statsReport(List<Deck> decks, Messages m);

    /** A browser over these decks with the current states and history. */
    CardBrowser browser(List<Deck> decks);
}
