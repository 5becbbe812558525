package cuecard.deck;

import java.util.List;

/**
 * One entry of a deck file as the author wrote it. A note yields one or more studiable {@link Card}s
 * (a reversed basic note two, a cloze note one per deletion).
 */
public sealed interface Note {

    NoteInfo info();

    CardType type();

    /** The text that identifies the note when no explicit id is given (answers excluded). */
    String identityText();

    record Basic(NoteInfo info, String front, String back, boolean reverse) implements Note {
        public CardType type() { return CardType.BASIC; }
        public String identityText() { return front; }
    }

    record Cloze(NoteInfo info, String text) implements Note {
        public CardType type() { return CardType.CLOZE; }
        public String identityText() { return ClozeText.masked(text); }
    }

    record Choice(NoteInfo info, String question, String answer, List<String> distractors) implements Note {
        public Choice { distractors = List.copyOf(distractors); }
        public CardType type() { return CardType.CHOICE; }
        public String identityText() { return question; }
    }

    record Typed(NoteInfo info, String question, String answer, List<String> accept) implements Note {
        public Typed { accept = List.copyOf(accept); }
        public CardType type() { return CardType.TYPED; }
        public String identityText() { return question; }
    }

    record TrueFalse(NoteInfo info, String statement, boolean answer) implements Note {
        public CardType type() { return CardType.TRUEFALSE; }
        public String identityText() { return statement; }
    }
}
