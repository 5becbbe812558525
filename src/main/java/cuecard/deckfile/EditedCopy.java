package cuecard.deckfile;

import cuecard.deck.DeckError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

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

    /** Opens a file in the user's editor at a line (0: anywhere) and returns once the editor has exited. */
    @FunctionalInterface
    public interface Editor {
        void open(Path file, int line) throws IOException, InterruptedException;
    }

    /** What the edited text gave: a value when it is valid, else the errors to put on top when it reopens. */
    public record Checked<T>(T value, List<DeckError> errors) {
    }

    /** How an edit ended: the valid text and its value, or given up (the copy emptied, or saved unchanged). */
    public record Outcome<T>(String text, T value, boolean emptied) {

        public boolean gaveUp() {
            return value == null;
        }
    }

    /**
     * Edits {@code content} in {@code copy} until {@code check} accepts it: each time the copy has errors it is
     * reopened with them on top (at the first error's line; {@code counted} words how many), and saving it emptied
     * or unchanged gives up. The one loop {@code cuecard edit} and the review's {@code e} share.
     */
    public static <T> Outcome<T> edit(Path copy, String content, List<DeckError> errors, int line, Editor editor,
                                      IntFunction<String> counted, Function<String, Checked<T>> check)
            throws IOException, InterruptedException {
        while (true) {
            String header = header(errors, counted.apply(errors.size()));
            Files.writeString(copy, header + content, StandardCharsets.UTF_8);
            int headerLines = (int) header.chars().filter(c -> c == '\n').count();
            editor.open(copy, line > 0 ? line + headerLines : 0);
            String edited = withoutHeader(Files.readString(copy, StandardCharsets.UTF_8));
            if (edited.isBlank() || edited.equals(content)) {
                return new Outcome<>(content, null, edited.isBlank());
            }
            content = edited;
            Checked<T> result = check.apply(edited);
            if (result.value() != null) {
                return new Outcome<>(edited, result.value(), false);
            }
            errors = result.errors();
            line = errors.isEmpty() ? 0 : errors.get(0).location().line();
        }
    }
}
