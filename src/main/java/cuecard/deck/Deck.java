package cuecard.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * A deck as loaded from one file.
 *
 * @param id       slug used in card keys
 * @param language BCP 47 tag ({@code en}, {@code zh-Hans}, {@code zh-Hant}); may be null
 * @param location the file it came from
 */
public record Deck(String id, String title, String language, String description, List<String> tags,
                   List<Source> sources, List<Note> notes, Location location) {

    public Deck {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** Every studiable card, in file order, siblings together. */
    public List<Card> cards() {
        List<Card> out = new ArrayList<>();
        for (Note n : notes) {
            out.addAll(Card.of(id, n));
        }
        return out;
    }
}
