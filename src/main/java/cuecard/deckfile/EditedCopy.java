package cuecard.deckfile;

import cuecard.deck.DeckError;
import java.util.ArrayList;
import java.util.List;

/**
 * The copy of deck text a user edits in their editor ({@code cuecard edit}, {@code e} in the generator's review):
 * while it has errors it is reopened with them as comments on top, and those lines are taken off again on save.
 */
public final class EditedCopy {

    /** The line that ends the block of errors put at the top of the copy. */
    public static final String HEADER_END = "# ---- cuecard: the lines above are removed when you save ----";

    private EditedCopy() {
    }

    /**
     * The errors as comments, with line numbers as the user will see them (below the header); {@code counted} says
     * how many in words ("1 error", "3 errors").
     */
    public static String header(List<DeckError> errors, String counted) {
        if (errors.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("# cuecard: this deck has " + counted + ". Fix them and save, or quit without saving to give up.");
        int shift = errors.size() + 2;
        for (DeckError e : errors) {
            String where = e.location().line() > 0
                    ? "line " + (e.location().line() + shift) + ", column " + e.location().column() + ": " : "";
            lines.add("# " + where + e.message().replace('\n', ' ') + (e.hint() == null ? "" : " (" + e.hint() + ")"));
        }
        lines.add(HEADER_END);
        return String.join("\n", lines) + "\n";
    }

    /** The text without the header block {@link #header} put on top, if it is still there. */
    public static String withoutHeader(String text) {
        int end = text.indexOf(HEADER_END);
        if (end < 0 || !text.startsWith("# cuecard: ")) {
            return text;
        }
        int next = text.indexOf('\n', end);
        return next < 0 ? "" : text.substring(next + 1);
    }
}
