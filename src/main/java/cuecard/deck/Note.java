package cuecard.deck;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One entry of a deck file as the author wrote it. A note yields one or more studiable {@link Card}s
 * (a reversed basic note two, a cloze note one per deletion).
 *
 * <p>What differs by card type lives here, on the types: the cards a note yields ({@link #cardCount},
 * {@link #cardSuffix}), what each asks and expects ({@link #prompt}, {@link #answer}, {@link #otherTexts}), a copy with
 * other info or text ({@link #withInfo}, {@link #mapText}); how a type is answered is
 * {@code review.AnswerKind.of(CardType)}. Code outside this package that must do something of its own per type (a
 * file format's mapping, a screen's drawing) goes through a {@link Visitor}: a new type adds a visitor method, and
 * every mapping stops compiling until it handles the type.
 */
public sealed interface Note {

    NoteInfo info();

    CardType type();

    /** The text that identifies the note when no explicit id is given (answers excluded). */
    String identityText();

    /** How many cards the note yields (siblings: a reversed basic note two, a cloze note one per deletion). */
    default int cardCount() {
        return 1;
    }

    /** What the key of card {@code ordinal} adds to the note's id: {@code -r} for a reverse, {@code -cN}; else "". */
    default String cardSuffix(int ordinal) {
        return "";
    }

    /** What card {@code ordinal} of the note asks. */
    String prompt(int ordinal);

    /** The answer card {@code ordinal} expects, as text ("true"/"false" for true/false cards). */
    String answer(int ordinal);

    /**
     * The texts a learner may see beyond the prompt and the answer: a choice's distractors, a typed card's other
     * accepted answers; none for other types.
     */
    default List<String> otherTexts() {
        return List.of();
    }

    /** The same note with other info (id, tags, source, explanation, location). */
    Note withInfo(NoteInfo info);

    /** The note with {@code f} applied to every text a learner reads (prompt, answer, options). */
    Note mapText(UnaryOperator<String> f);

    <R> R accept(Visitor<R> visitor);

    /** One method per card type. */
    interface Visitor<R> {
        R basic(Basic note);

        R cloze(Cloze note);

        R choice(Choice note);

        R typed(Typed note);

        R trueFalse(TrueFalse note);
    }

    record Basic(NoteInfo info, String front, String back, boolean reverse) implements Note {
        public CardType type() { return CardType.BASIC; }
        public String identityText() { return front; }
        @Override public int cardCount() { return reverse ? 2 : 1; }
        @Override public String cardSuffix(int ordinal) { return ordinal == 0 ? "" : "-r"; }
        public String prompt(int ordinal) { return ordinal == 0 ? front : back; }
        public String answer(int ordinal) { return ordinal == 0 ? back : front; }
        public Note withInfo(NoteInfo i) { return new Basic(i, front, back, reverse); }
        public Note mapText(UnaryOperator<String> f) { return new Basic(info, f.apply(front), f.apply(back), reverse); }
        public <R> R accept(Visitor<R> visitor) { return visitor.basic(this); }
    }

    record Cloze(NoteInfo info, String text) implements Note {
        public CardType type() { return CardType.CLOZE; }
        public String identityText() { return ClozeText.masked(text); }
        @Override public int cardCount() { return ClozeText.deletions(text).size(); }
        @Override public String cardSuffix(int ordinal) { return "-c" + (ordinal + 1); }
        public String prompt(int ordinal) { return ClozeText.question(text, ordinal); }
        public String answer(int ordinal) { return ClozeText.deletions(text).get(ordinal).answer(); }
        public Note withInfo(NoteInfo i) { return new Cloze(i, text); }
        public Note mapText(UnaryOperator<String> f) { return new Cloze(info, f.apply(text)); }
        public <R> R accept(Visitor<R> visitor) { return visitor.cloze(this); }
    }

    record Choice(NoteInfo info, String question, String answer, List<String> distractors) implements Note {
        public Choice { distractors = List.copyOf(distractors); }
        public CardType type() { return CardType.CHOICE; }
        public String identityText() { return question; }
        public String prompt(int ordinal) { return question; }
        public String answer(int ordinal) { return answer; }
        @Override public List<String> otherTexts() { return distractors; }
        public Note withInfo(NoteInfo i) { return new Choice(i, question, answer, distractors); }
        public Note mapText(UnaryOperator<String> f) {
            return new Choice(info, f.apply(question), f.apply(answer), distractors.stream().map(f).toList());
        }
        public <R> R accept(Visitor<R> visitor) { return visitor.choice(this); }
    }

    record Typed(NoteInfo info, String question, String answer, List<String> accept) implements Note {
        public Typed { accept = List.copyOf(accept); }
        public CardType type() { return CardType.TYPED; }
        public String identityText() { return question; }
        public String prompt(int ordinal) { return question; }
        public String answer(int ordinal) { return answer; }
        @Override public List<String> otherTexts() { return accept; }
        public Note withInfo(NoteInfo i) { return new Typed(i, question, answer, accept); }
        public Note mapText(UnaryOperator<String> f) {
            return new Typed(info, f.apply(question), f.apply(answer), accept.stream().map(f).toList());
        }
        public <R> R accept(Visitor<R> visitor) { return visitor.typed(this); }
    }

    record TrueFalse(NoteInfo info, String statement, boolean answer) implements Note {
        public CardType type() { return CardType.TRUEFALSE; }
        public String identityText() { return statement; }
        public String prompt(int ordinal) { return statement; }
        public String answer(int ordinal) { return Boolean.toString(answer); }
        public Note withInfo(NoteInfo i) { return new TrueFalse(i, statement, answer); }
        public Note mapText(UnaryOperator<String> f) { return new TrueFalse(info, f.apply(statement), answer); }
        public <R> R accept(Visitor<R> visitor) { return visitor.trueFalse(this); }
    }
}
