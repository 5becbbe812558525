package cuecard.deck;

/** A problem found in a deck, with where it is and, when we can guess one, what the author likely meant. */
public record DeckError(Location location, Severity severity, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public static DeckError error(Location at, String message) {
        return new DeckError(at, Severity.ERROR, message, null);
    }

    public static DeckError error(Location at, String message, String hint) {
        return new DeckError(at, Severity.ERROR, message, hint);
    }

    public static DeckError warning(Location at, String message, String hint) {
        return new DeckError(at, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message (hint)}. */
    public String format() {
        String kind = isError() ? "error" : "warning";
        return location + ": " + kind + ": " + message + (hint == null ? "" : " (" + hint + ")");
    }
}
