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
        List<Card> cards = new ArrayList<>();
        if (note instanceof Note.Basic b) {
            cards.add(new Card(new CardKey(deckId, base), note, 0, base));
            if (b.reverse()) {
                cards.add(new Card(new CardKey(deckId, base + "-r"), note, 1, base));
            }
        } else if (note instanceof Note.Cloze c) {
            int n = ClozeText.deletions(c.text()).size();
            for (int i = 0; i < n; i++) {
                cards.add(new Card(new CardKey(deckId, base + "-c" + (i + 1)), note, i, base));
            }
        } else {
            cards.add(new Card(new CardKey(deckId, base), note, 0, base));
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
        if (note instanceof Note.Basic b) {
            return ordinal == 0 ? b.front() : b.back();
        } else if (note instanceof Note.Cloze c) {
            return ClozeText.question(c.text(), ordinal);
        } else if (note instanceof Note.Choice c) {
            return c.question();
        } else if (note instanceof Note.Typed t) {
            return t.question();
        }
        return ((Note.TrueFalse) note).statement();
    }

    /** The expected answer, as text ("true"/"false" for true/false cards). */
    public String answer() {
        if (note instanceof Note.Basic b) {
            return ordinal == 0 ? b.back() : b.front();
        } else if (note instanceof Note.Cloze c) {
            return ClozeText.deletions(c.text()).get(ordinal).answer();
        } else if (note instanceof Note.Choice c) {
            return c.answer();
        } else if (note instanceof Note.Typed t) {
            return t.answer();
        }
        return Boolean.toString(((Note.TrueFalse) note).answer());
    }
}
