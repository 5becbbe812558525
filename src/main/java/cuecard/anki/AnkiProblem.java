package cuecard.anki;

/** A package that cannot be imported: the message says why, in words for the learner. */
public final class AnkiProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public AnkiProblem(String message) {
        super(message, null, false, false);
    }
}
