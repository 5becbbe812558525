package cuecard.generate;

import cuecard.deck.Note;
import java.util.function.UnaryOperator;

/** Changes to a generated note's shown text, whatever its type. */
final class Notes {

    private Notes() {
    }

    /** The note with {@code f} applied to every text a learner reads (prompt, answer, options). */
    static Note mapText(Note n, UnaryOperator<String> f) {
        if (n instanceof Note.Basic b) {
            return new Note.Basic(b.info(), f.apply(b.front()), f.apply(b.back()), b.reverse());
        }
        if (n instanceof Note.Cloze c) {
            return new Note.Cloze(c.info(), f.apply(c.text()));
        }
        if (n instanceof Note.Choice c) {
            return new Note.Choice(c.info(), f.apply(c.question()), f.apply(c.answer()), c.distractors().stream().map(f).toList());
        }
        if (n instanceof Note.Typed t) {
            return new Note.Typed(t.info(), f.apply(t.question()), f.apply(t.answer()), t.accept().stream().map(f).toList());
        }
        Note.TrueFalse t = (Note.TrueFalse) n;
        return new Note.TrueFalse(t.info(), f.apply(t.statement()), t.answer());
    }
}
