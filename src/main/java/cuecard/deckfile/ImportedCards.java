package cuecard.deckfile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Cards read from a foreign file, as deck-format JSON nodes, each with the line it came from.
 *
 * @param cards    one node per card, fields named as in the deck format
 * @param lines    the 1-based line of each card in the source file
 * @param deckName a deck name the file gives (Anki's deck column), or null
 */
public record ImportedCards(List<ObjectNode> cards, List<Integer> lines, String deckName) {

    public ImportedCards {
        cards = List.copyOf(cards);
        lines = List.copyOf(lines);
    }

    /** A row that cannot be read: where, and why. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        public Problem(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        /** A reading failure of commons-csv, its line moved by {@code offset} (header lines before the table). */
        static Problem of(Exception e, int offset) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line:? ?(\\d+)").matcher(message);
            int line = (m.find() ? Integer.parseInt(m.group(1)) : 1) + offset;
            message = message.replaceAll("\\(startline \\d+\\) ?", "").replaceAll("^([\\w.]+(Exception|Error): )+", "").replaceAll("^IOException reading next record: ", "")
                    .replaceAll(" ?\\(?(at )?line:? ?\\d+(, position: \\d+)?\\)?", "").trim();
            if (message.contains("EOF reached before encapsulated token")) {
                message = "a quoted field starting here is never closed (a missing \")";
            } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
                message = "text after a closing quote (write a \" inside a quoted field as \"\")";
            }
            return new Problem(line, "broken row: " + message);
        }

        public int line() {
            return line;
        }
    }
}
