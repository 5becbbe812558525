package cuecard.deckfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Cards as rows of a CSV or TSV table. Written with one named column per deck-format field; read either with such
 * a header row or, without one, as front, back and space-separated tags. Lists go in one cell: tags separated by
 * spaces, other lists by {@code |}; a backslash makes the next character literal.
 */
public final class CardTable {

    /** The columns {@code export --format csv} writes, in order. */
    public static final List<String> COLUMNS = List.of("type", "id", "front", "back", "reverse", "text", "question",
            "answer", "distractors", "accept", "statement", "tags", "source", "line", "note");
    private static final List<String> LISTS = List.of("distractors", "accept", "tags");

    private CardTable() {
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\n").build();
    }

    /** The deck as a table with a header row; ids are written out so they survive editing the table. */
    public static String write(Deck deck, char delimiter) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, format(delimiter))) {
            p.printRecord(COLUMNS);
            for (Note n : deck.notes()) {
                ObjectNode card = DeckJson.card(n, true);
                List<String> row = new ArrayList<>();
                for (String column : COLUMNS) {
                    row.add(cell(card, column));
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(ObjectNode card, String column) {
        if (column.equals("source") || column.equals("line")) {
            JsonNode s = card.get("source");
            JsonNode v = s == null ? null : s.get(column.equals("source") ? "ref" : "line");
            return v == null ? "" : v.asText();
        }
        JsonNode v = card.get(column);
        if (v == null) {
            return "";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            boolean tags = column.equals("tags");
            v.forEach(i -> items.add(escapeItem(i.asText(), tags)));
            return String.join(tags ? " " : "|", items);
        }
        return v.asText();
    }

    /**
     * Reads a table. {@code firstLine} is the file line the text starts at (after any header lines), {@code
     * defaultType} the type of rows without a {@code type} column (basic or typed).
     */
    public static ImportedCards read(String text, char delimiter, int firstLine, String defaultType)
            throws ImportedCards.Problem {
        LineIndex index = new LineIndex(text, firstLine);
        List<ObjectNode> cards = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<ImportedCards.Notice> notices = new ArrayList<>();
        List<Integer> extraLines = new ArrayList<>();
        int extraFrom = Integer.MAX_VALUE;
        int extraTo = 0;
        List<String> extraValues = List.of();
        boolean headed = false;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
            Iterator<CSVRecord> it = parser.iterator();
            Map<String, Integer> named = null;
            int width = 3;
            boolean first = true;
            while (it.hasNext()) {
                CSVRecord r = it.next();
                int line = index.lineAt(r.getCharacterPosition());
                if (first) {
                    first = false;
                    named = header(r);
                    if (named != null) {
                        headed = true;
                        width = r.size();
                        List<String> unknown = new ArrayList<>();
                        for (int i = 0; i < r.size(); i++) {
                            if (!named.containsValue(i) && !r.get(i).isBlank()) {
                                unknown.add("`" + r.get(i).trim() + "`");
                            }
                        }
                        notices.add(new ImportedCards.Notice(line, "a header row (" + String.join(", ", r.toList())
                                + "); read as column names, not as a card"
                                + (unknown.isEmpty() ? "" : "; column(s) " + String.join(", ", unknown)
                                + " not imported (cuecard's columns: " + String.join(", ", COLUMNS) + ")")));
                        continue;
                    }
                }
                if (r.stream().allMatch(String::isBlank)) {
                    continue;
                }
                for (String v : r) {
                    ImportedCards.refuseControls(v, text, r.getCharacterPosition(), index);
                }
                for (int i = r.size() - 1; i >= width; i--) {
                    if (!r.get(i).isBlank()) {
                        extraLines.add(line);
                        extraFrom = Math.min(extraFrom, width + 1);
                        extraTo = Math.max(extraTo, i + 1);
                        if (extraLines.size() == 1) {
                            extraValues = r.toList().subList(width, r.size());
                        }
                        break;
                    }
                }
                cards.add(named != null ? namedRow(r, named, defaultType, line) : plainRow(r, defaultType, line));
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportedCards.Problem.of(e, firstLine - 1);
        }
        if (!extraLines.isEmpty()) {
            String more = extraLines.size() == 1 ? "" : "; also on " + (extraLines.size() - 1) + " more row(s): line "
                    + extraLines.subList(1, Math.min(extraLines.size(), 6)).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + (extraLines.size() > 6 ? ", ..." : "");
            notices.add(new ImportedCards.Notice(extraLines.get(0), (extraTo > extraFrom ? "columns " + extraFrom + "-"
                    + extraTo : "column " + extraFrom) + " not imported (`" + String.join("`, `", extraValues) + "`"
                    + more + "): " + (headed ? "the header row names " + (extraFrom - 1) + " column(s)"
                    : "a table without a header row gives front, back and tags; name the columns in a header row ("
                    + String.join(",", COLUMNS) + ") to import more")));
        }
        return new ImportedCards(cards, lines, null, notices);
    }

    /** What a first row of front and back names may say instead (question, answer...): not cuecard columns. */
    private static final Map<String, String> SYNONYMS = Map.of("question", "front", "prompt", "front", "term", "front",
            "answer", "back", "definition", "back", "meaning", "back");

    /**
     * The column indexes of a header row, or null when the row is not one: a row whose cells are cuecard's column
     * names with a prompt among them, or whose first two are a front and a back by another name (question, answer;
     * term, definition). Cells with other names are left out (the caller says so).
     */
    private static Map<String, Integer> header(CSVRecord r) {
        Map<String, Integer> named = new HashMap<>();
        boolean all = true;
        for (int i = 0; i < r.size(); i++) {
            String name = r.get(i).trim().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name) && !named.containsKey(name)) {
                named.put(name, i);
            } else {
                all = false;
            }
        }
        boolean prompt = Arrays.asList("front", "text", "question", "statement").stream().anyMatch(named::containsKey);
        if (prompt && (all || r.size() >= 2 && named.containsValue(0) && named.containsValue(1))) {
            return named;
        }
        if (r.size() >= 2) {
            String a = r.get(0).trim().toLowerCase(Locale.ROOT);
            String b = r.get(1).trim().toLowerCase(Locale.ROOT);
            String front = COLUMNS.contains(a) ? a : SYNONYMS.get(a);
            String back = COLUMNS.contains(b) ? b : SYNONYMS.get(b);
            if ("front".equals(front) && "back".equals(back) || "question".equals(a) && "answer".equals(b)) {
                Map<String, Integer> m = new HashMap<>(named);
                m.put(a.equals("question") ? "question" : "front", 0);
                m.put(b.equals("answer") ? "answer" : "back", 1);
                return m;
            }
        }
        return null;
    }

    private static ObjectNode namedRow(CSVRecord r, Map<String, Integer> named, String defaultType, int line)
            throws ImportedCards.Problem {
        ObjectNode card = DeckJson.MAPPER.createObjectNode();
        String type = get(r, named, "type");
        card.put("type", type.isEmpty() ? defaultType : type.trim());
        if (card.get("type").asText().equals("basic") && !named.containsKey("front") && named.containsKey("question")
                && named.containsKey("answer") && !named.containsKey("distractors")) {
            Map<String, Integer> renamed = new HashMap<>(named);
            renamed.put("front", renamed.remove("question"));
            renamed.put("back", renamed.remove("answer"));
            named = renamed;
        }
        for (String column : COLUMNS) {
            String v = get(r, named, column);
            if (column.equals("type") || column.equals("line") || v.isEmpty()) {
                continue;
            }
            if (LISTS.contains(column)) {
                ArrayNode a = card.putArray(column);
                splitList(v, column.equals("tags")).stream().filter(t -> !t.isEmpty()).forEach(a::add);
            } else if (column.equals("reverse") || (column.equals("answer") && card.get("type").asText().equals("truefalse"))) {
                String b = v.trim().toLowerCase(Locale.ROOT);
                if (b.equals("true") || b.equals("false")) {
                    card.put(column, Boolean.parseBoolean(b));
                } else {
                    card.put(column, v);
                }
            } else if (column.equals("source")) {
                ObjectNode s = card.putObject("source");
                s.put("ref", v);
                String l = get(r, named, "line").trim();
                if (!l.isEmpty()) {
                    try {
                        s.put("line", Integer.parseInt(l));
                    } catch (NumberFormatException e) {
                        throw new ImportedCards.Problem(line, "`line` must be a whole number, not `" + l + "`");
                    }
                }
            } else {
                card.put(column, v);
            }
        }
        return card;
    }

    private static String get(CSVRecord r, Map<String, Integer> named, String column) {
        Integer i = named.get(column);
        return i == null || i >= r.size() ? "" : r.get(i);
    }

    private static ObjectNode plainRow(CSVRecord r, String type, int line) throws ImportedCards.Problem {
        if (r.size() < 2) {
            throw new ImportedCards.Problem(line, "a row needs at least two columns (front and back), this one has " + r.size());
        }
        ObjectNode card = DeckJson.MAPPER.createObjectNode();
        card.put("type", type);
        boolean basic = type.equals("basic");
        card.put(basic ? "front" : "question", r.get(0));
        card.put(basic ? "back" : "answer", r.get(1));
        if (r.size() > 2 && !r.get(2).isBlank()) {
            ArrayNode tags = card.putArray("tags");
            Arrays.stream(r.get(2).trim().split("\\s+")).forEach(tags::add);
        }
        return card;
    }

    private static String escapeItem(String item, boolean tags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '\\' || c == '|' || (tags && Character.isWhitespace(c))) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Splits a list cell on unescaped {@code |} (and, for tags, unescaped white space). */
    static List<String> splitList(String cell, boolean tags) {
        List<String> items = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                sb.append(cell.charAt(++i));
            } else if (c == '|' || (tags && Character.isWhitespace(c))) {
                items.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        items.add(sb.toString());
        return items;
    }

    /** Maps character positions of the text to file lines. */
    static final class LineIndex {
        private final int[] starts;
        private final int firstLine;

        LineIndex(String text, int firstLine) {
            this.firstLine = firstLine;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int columnAt(long position) {
            int i = Arrays.binarySearch(starts, (int) position);
            int line = i >= 0 ? i : -i - 2;
            return (int) position - starts[line] + 1;
        }

        int lineAt(long position) {
            int i = Arrays.binarySearch(starts, (int) position);
            int line = i >= 0 ? i : -i - 2;
            return line + firstLine;
        }
    }
}
