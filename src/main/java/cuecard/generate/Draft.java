package cuecard.generate;

/**
 * A proposed card before the gates: a fact asked in its sentence, an interview turn, or a person's role.
 *
 * @param kind     which template made it
 * @param key      what it asks (a fact key, {@code turn:...}, {@code role:...}); one card per key and document
 * @param sentence the sentence it comes from (its line is the card's source)
 * @param fact     the fact asked, or null for a turn
 * @param lead     words put before the sentence so it stands alone (who says it, when), or empty
 * @param before   the sentence's text before the answer (a fact) or the question (a turn or role)
 * @param answer   the answer
 * @param after    the sentence's text after the answer, or empty
 * @param salience the sentence's salience
 * @param score    how good a card it should make: salience times the worth of what it asks
 */
record Draft(Kind kind, String key, Sentence sentence, Fact fact, String lead, String before, String answer, String after,
             double salience, double score) {

    /** The templates. */
    enum Kind {
        /** A fact blanked in its sentence. */
        FACT,
        /** An interviewer's question and the point of the reply. */
        TURN,
        /** Who someone is, from an apposition or a credit line. */
        ROLE
    }

    /** The prompt as the learner sees it: the blank in place of a fact's answer, or the question. */
    String prompt() {
        return kind == Kind.FACT ? lead + before + Wording.BLANK + after : lead + before;
    }

    /** The prompt's text apart from the answer's place (what may not give the answer away). */
    String context() {
        return kind == Kind.FACT ? lead + before + " " + after : lead + before;
    }

    Language language() {
        return sentence.language();
    }

    /** The source line the answer stands on. */
    int line() {
        if (fact != null) {
            return fact.line();
        }
        int at = sentence.passage().text().indexOf(answer, sentence.start());
        return at >= 0 && at < sentence.end() ? sentence.passage().lineAt(at) : sentence.line();
    }
}
