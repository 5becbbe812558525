package cuecard.store;

/**
 * Something found while reading the store, with its place.
 *
 * @param file    the file (relative to the data dir, e.g. {@code reviews/abc.jsonl})
 * @param line    1-based line number, 0 when the whole file is meant
 * @param message what is wrong
 * @param serious true for damage the learner should look at; false for notes (a torn line already set aside)
 */
public record StoreProblem(String file, int line, String message, boolean serious) {

    public String format() {
        return (line > 0 ? file + ":" + line : file) + ": " + (serious ? "" : "note: ") + message;
    }

    StoreProblem asNote(String why) {
        return new StoreProblem(file, line, message + " (" + why + ")", false);
    }
}
