package cuecard.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * One studiable card: a note, or one sibling of it (the reverse of a basic note, one deletion of a cloze).
 *
 * @param key     {@code deck-id/card-id}; siblings add {@code -r} (reverse) or {@code -cN} (deletion N)
 * @param note    the entry it comes from
 * @param ordinal which sibling: 0 for the first, 1 for a reverse, N-1 for cloze deletion N
 * @param noteId  the note's id (explicit or derived), which the siblings' keys extend
 */
public record Card(CardKey key, Note note, int ordinal, String noteId) {

    /** Every card a note yields, in order. */
    public static List<Card> of(String deckId, Note note) {
        String base = CardIds.of(note);
        int n = note.cardCount();
        List<Card> cards = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cards.add(new Card(new CardKey(deckId, base + note.cardSuffix(i)), note, i, base));
        }
        return cards;
    }

    public CardType type() {
        return note.type();
    }

    /** The key shared by all siblings of one note, used to bury siblings. */
    public String siblingGroup() {
        return key.deckId() + "/" + noteId;
    }

    /** What the learner is asked. */
    public String prompt() {
        return note.prompt(ordinal);
    }

    /** The expected answer, as text ("true"/"false" for true/false cards). */
    public String answer() {
        return note.answer(ordinal);
    }
}
