package cuecard.deckfile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Cards read from a foreign file, as deck-format JSON nodes, each with the line it came from.
 *
 * @param cards    one node per card, fields named as in the deck format
 * @param lines    the 1-based line of each card in the source file
 * @param deckName a deck name the file gives (Anki's deck column), or null
 * @param notices  what the reader skipped or left out (a header row, columns it does not import), by line
 */
public record ImportedCards(List<ObjectNode> cards, List<Integer> lines, String deckName, List<Notice> notices) {

    public ImportedCards {
        cards = List.copyOf(cards);
        lines = List.copyOf(lines);
        notices = List.copyOf(notices);
    }

    public ImportedCards(List<ObjectNode> cards, List<Integer> lines, String deckName) {
        this(cards, lines, deckName, List.of());
    }

    /** Something the importer did not take from the file: at {@code line}, why. */
    public record Notice(int line, String message) {
    }

    /**
     * Refuses JSON text whose strings would carry a control character other than tab, line feed and carriage
     * return: escaped ({@code \\u0000}, {@code \\u001b}, {@code \\b}, {@code \\f}) or raw, with the line and
     * column of the first.
     */
    public static void refuseJsonControls(String json) throws Problem {
        CardTable.LineIndex index = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            int code = -1;
            if (c == '\\' && i + 1 < json.length()) {
                char e = json.charAt(i + 1);
                if (e == 'b' || e == 'f') {
                    code = e == 'b' ? 8 : 12;
                } else if (e == 'u' && i + 6 <= json.length()) {
                    try {
                        int u = Integer.parseInt(json.substring(i + 2, i + 6), 16);
                        if (control((char) u)) {
                            code = u;
                        }
                    } catch (NumberFormatException ex) {
                        // not an escape the JSON parser accepts either; it reports it
                    }
                }
                if (code < 0) {
                    i++;
                }
            } else if (control(c)) {
                code = c;
            }
            if (code >= 0) {
                index = index == null ? new CardTable.LineIndex(json, 1) : index;
                throw new Problem(index.lineAt(i), index.columnAt(i), "a control character (" + String.format("U+%04X",
                        code) + ") in a string; cards are text, remove it");
            }
        }
    }

    private static boolean control(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0);
    }

    /**
     * Refuses a value with a control character (other than tab, line feed and carriage return) in it: where it
     * came from the file as such, or as an HTML character reference ({@code &#0;}) decoded from {@code raw}.
     *
     * @param text  the text the record was parsed from
     * @param from  the character position of the record in {@code text}
     * @param index line numbers of {@code text}
     */
    static void refuseControls(String value, String text, long from, CardTable.LineIndex index) throws Problem {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (control(c)) {
                String code = String.format("U+%04X", (int) c);
                int at = text.indexOf(c, (int) from);
                if (at >= 0) {
                    throw new Problem(index.lineAt(at), index.columnAt(at), "a control character (" + code
                            + ") in a field; cards are text, remove it");
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(0*" + (int) c + "|[xX]0*"
                        + Integer.toHexString(c) + ");", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text);
                if (m.find((int) from)) {
                    throw new Problem(index.lineAt(m.start()), index.columnAt(m.start()), "`" + m.group()
                            + "` is a control character (" + code + "), not text; remove it");
                }
                throw new Problem(index.lineAt(from), 0, "a control character (" + code + ") in a field; remove it");
            }
        }
    }

    /** A row that cannot be read: where, and why. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        public Problem(int line, String message) {
            this(line, 0, message);
        }

        public Problem(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        /** The column (from 1) in the line, or 0 when the whole row is meant. */
        public int column() {
            return column;
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
