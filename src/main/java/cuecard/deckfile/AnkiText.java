package cuecard.deckfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.CardIds;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Anki's "notes in plain text" format: {@code #key:value} header lines, then one note per row. Written with a guid
 * column holding the card key {@code deck-id/card-id}, so importing a newer export into Anki updates its notes
 * rather than adding copies; a last column (named {@code cuecard}; the note types have no field for it) keeps the
 * whole card, so reading the file back into cuecard is exact.
 */
public final class AnkiText {

    private static final Pattern ANKI_CLOZE = Pattern.compile("\\{\\{c\\d+::(.*?)}}", Pattern.DOTALL);
    private static final Pattern OUR_CLOZE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

    private AnkiText() {
    }

    /** The file's headers, as Anki names them (lower case keys). */
    public record Headers(Map<String, String> values, int lines) {

        char separator() {
            String s = values.getOrDefault("separator", "tab");
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "tab" -> '\t';
                case "comma" -> ',';
                case "semicolon" -> ';';
                case "space" -> ' ';
                case "pipe" -> '|';
                case "colon" -> ':';
                default -> s.isEmpty() ? '\t' : s.charAt(0);
            };
        }

        boolean html() {
            return values.getOrDefault("html", "false").trim().equalsIgnoreCase("true");
        }

        /** A 0-based column index from a {@code #... column:N} header, or -1. */
        int column(String name) throws ImportedCards.Problem {
            String v = values.get(name + " column");
            if (v == null) {
                return -1;
            }
            try {
                int n = Integer.parseInt(v.trim());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return n - 1;
            } catch (NumberFormatException e) {
                throw new ImportedCards.Problem(1, "`#" + name + " column:` must be a column number from 1, not `" + v + "`");
            }
        }
    }

    /** The {@code #key:value} lines at the top of a file; {@code lines} is how many there are. */
    public static Headers headers(String text) {
        Map<String, String> values = new HashMap<>();
        int lines = 0;
        int pos = 0;
        while (pos < text.length() && text.charAt(pos) == '#') {
            int end = text.indexOf('\n', pos);
            String line = text.substring(pos + 1, end < 0 ? text.length() : end).replace("\r", "");
            int colon = line.indexOf(':');
            if (colon > 0) {
                values.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1));
            }
            lines++;
            pos = end < 0 ? text.length() : end + 1;
        }
        return new Headers(values, lines);
    }

    /** Whether the text starts like an Anki export. */
    public static boolean looksLikeAnki(String text) {
        Headers h = headers(text);
        return h.values().containsKey("separator") || h.values().containsKey("html")
                || h.values().keySet().stream().anyMatch(k -> k.endsWith(" column"));
    }

    /** The deck in Anki's import format. */
    public static String write(Deck deck) {
        StringWriter out = new StringWriter();
        out.write("#separator:tab\n#html:true\n#columns:guid\tnotetype\tdeck\ttags\tfront\tback\tcuecard\n"
                + "#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:4\n");
        try (CSVPrinter p = new CSVPrinter(out, CardTable.format('\t'))) {
            for (Note n : deck.notes()) {
                p.printRecord(row(deck, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(Deck deck, Note n) {
        AnkiNote a = note(deck, n, false);
        return List.of(a.guid(), a.notetype(), deck.title(), String.join(" ", a.tags()), a.front(), a.back(),
                DeckJson.compact(DeckJson.card(n, true)));
    }

    /**
     * A note as Anki's fields: the guid (the card key without sibling suffix), the stock note type, the tags, and the
     * front and back as HTML.
     */
    public record AnkiNote(String guid, String notetype, List<String> tags, String front, String back) {
    }

    /** Anki's name of the stock note type for typed answers. */
    public static final String TYPED_NOTETYPE = "Basic (type in the answer)";

    /**
     * The Anki fields of a note. Choice and true/false cards become Basic with their options on the front; typed
     * cards become Basic with the accepted answers on the back, or, when {@code typedType}, Anki's
     * {@value #TYPED_NOTETYPE} with the answer alone on the back (what Anki compares the typed text with).
     */
    public static AnkiNote note(Deck deck, Note n, boolean typedType) {
        String guid = deck.id() + "/" + CardIds.of(n);
        String[] fields = n.accept(FIELDS);
        String notetype = fields[0];
        String front = fields[1];
        String back = fields[2];
        if (typedType && n instanceof Note.Typed t) {
            notetype = TYPED_NOTETYPE; // the answer alone on the back: what Anki compares the typed text with
            back = HtmlText.escape(t.answer());
        }
        if (n.info().explanation() != null && !notetype.equals(TYPED_NOTETYPE)) {
            back = back + (back.isEmpty() ? "" : "<br><br>") + HtmlText.escape(n.info().explanation());
        }
        Set<String> tags = new LinkedHashSet<>();
        deck.tags().forEach(t -> tags.add(t.trim().replaceAll("\\s+", "_")));
        n.info().tags().forEach(t -> tags.add(t.trim().replaceAll("\\s+", "_")));
        return new AnkiNote(guid, notetype, List.copyOf(tags), front, back);
    }

    /** Our deletions as Anki's numbered ones, the text escaped. */
    static String ankiCloze(String text) {
        Matcher m = OUR_CLOZE.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        int i = 0;
        while (m.find()) {
            sb.append(HtmlText.escape(text.substring(last, m.start())));
            sb.append("{{c").append(++i).append("::").append(HtmlText.escape(m.group(1))).append("}}");
            last = m.end();
        }
        sb.append(HtmlText.escape(text.substring(last)));
        return sb.toString();
    }

    /** Reads an Anki export (or a file in the same format). {@code defaultType}: basic or typed. */
    public static ImportedCards read(String text, String defaultType) throws ImportedCards.Problem {
        Headers h = headers(text);
        int guid = h.column("guid");
        int notetype = h.column("notetype");
        int deck = h.column("deck");
        int tags = h.column("tags");
        int ours = -1;
        if (h.values().containsKey("columns")) {
            List<String> names = Arrays.asList(h.values().get("columns").split(String.valueOf(h.separator()), -1));
            ours = names.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList().indexOf("cuecard");
        }
        Set<Integer> special = new java.util.HashSet<>(List.of(guid, notetype, deck, tags, ours));
        int skip = 0;
        for (int i = 0; i < h.lines(); i++) {
            skip = text.indexOf('\n', skip) + 1;
        }
        String body = h.lines() == 0 ? text : text.substring(skip);
        CardTable.LineIndex index = new CardTable.LineIndex(body, h.lines() + 1);
        List<ObjectNode> cards = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<ImportedCards.Notice> notices = new ArrayList<>();
        List<Integer> extra = new ArrayList<>();
        String deckName = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), CardTable.format(h.separator()))) {
            for (CSVRecord r : parser) {
                int line = index.lineAt(r.getCharacterPosition());
                if (r.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (ours >= 0 && ours < r.size() && !r.get(ours).isBlank()) {
                    cards.add(ourCard(r.get(ours), line));
                } else {
                    List<String> fields = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        if (!special.contains(i)) {
                            String field = h.html() ? HtmlText.strip(r.get(i)).strip() : r.get(i);
                            ImportedCards.refuseControls(field, body, r.getCharacterPosition(), index);
                            fields.add(field);
                        }
                    }
                    String type = notetype >= 0 ? at(r, notetype) : h.values().getOrDefault("notetype", "");
                    String cardTags = (at(r, tags) + " " + h.values().getOrDefault("tags", "")).trim();
                    int used = 2; // the front and back, or a cloze's text and note
                    if (fields.size() > used && fields.subList(used, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
                        if (extra.isEmpty()) {
                            notices.add(new ImportedCards.Notice(line, (fields.size() > used + 1 ? "fields " + (used + 1)
                                    + "-" + fields.size() : "field " + (used + 1)) + " of the note not imported (`"
                                    + String.join("`, `", fields.subList(used, fields.size())) + "`): cuecard takes"
                                    + " the first field as the front and the second as the back"));
                        }
                        extra.add(line);
                    }
                    cards.add(fromFields(fields, type, at(r, guid), cardTags, defaultType, line));
                }
                lines.add(line);
                if (deckName == null && !at(r, deck).isBlank()) {
                    deckName = at(r, deck);
                } else if (deckName == null && h.values().containsKey("deck")) {
                    deckName = h.values().get("deck").trim();
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportedCards.Problem.of(e, h.lines());
        }
        if (extra.size() > 1) {
            ImportedCards.Notice first = notices.get(0);
            notices.set(0, new ImportedCards.Notice(first.line(), first.message() + "; the same on " + (extra.size() - 1)
                    + " more note(s): line " + extra.subList(1, Math.min(extra.size(), 6)).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + (extra.size() > 6 ? ", ..." : "")));
        }
        return new ImportedCards(cards, lines, deckName, notices);
    }

    private static String at(CSVRecord r, int column) {
        return column >= 0 && column < r.size() ? r.get(column) : "";
    }

    private static ObjectNode ourCard(String json, int line) throws ImportedCards.Problem {
        try {
            JsonNode node = DeckJson.MAPPER.readTree(json);
            if (node instanceof ObjectNode o) {
                return o;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new ImportedCards.Problem(line, "the cuecard column does not hold a card");
    }

    private static ObjectNode fromFields(List<String> fields, String notetype, String guid, String tags,
                                         String defaultType, int line) throws ImportedCards.Problem {
        if (fields.isEmpty() || fields.get(0).isBlank()) {
            throw new ImportedCards.Problem(line, "the note's first field is empty");
        }
        ObjectNode card = DeckJson.MAPPER.createObjectNode();
        String type = notetype.toLowerCase(Locale.ROOT);
        String second = fields.size() > 1 ? fields.get(1) : "";
        if (type.contains("cloze")) {
            card.put("type", "cloze");
            card.put("text", ANKI_CLOZE.matcher(fields.get(0)).replaceAll(m -> Matcher.quoteReplacement("{{" + m.group(1) + "}}")));
            if (!second.isBlank()) {
                card.put("note", second);
            }
        } else {
            if (second.isBlank()) {
                throw new ImportedCards.Problem(line, "the note has no second field (the back)");
            }
            boolean basic = !defaultType.equals("typed");
            card.put("type", basic ? "basic" : "typed");
            card.put(basic ? "front" : "question", fields.get(0));
            card.put(basic ? "back" : "answer", second);
            if (basic && type.contains("reverse") && !type.contains("optional")) {
                card.put("reverse", true);
            }
        }
        int slash = guid.indexOf('/');
        if (slash > 0 && CardIds.VALID.matcher(guid.substring(slash + 1)).matches()) {
            card.put("id", guid.substring(slash + 1));
        }
        if (!tags.isBlank()) {
            ArrayNode a = card.putArray("tags");
            Arrays.stream(tags.trim().split("\\s+")).forEach(a::add);
        }
        return card;
    }

    /** Each card type as Anki's note type, front and back (HTML). */
    private static final Note.Visitor<String[]> FIELDS = new Note.Visitor<>() {
        @Override
        public String[] basic(Note.Basic b) {
            return new String[] {b.reverse() ? "Basic (and reversed card)" : "Basic", HtmlText.escape(b.front()),
                HtmlText.escape(b.back())};
        }

        @Override
        public String[] cloze(Note.Cloze c) {
            return new String[] {"Cloze", ankiCloze(c.text()), ""};
        }

        @Override
        public String[] choice(Note.Choice c) {
            List<String> options = new ArrayList<>(c.distractors());
            options.add(c.answer());
            options.sort(String.CASE_INSENSITIVE_ORDER);
            StringBuilder sb = new StringBuilder(HtmlText.escape(c.question())).append("<br>");
            options.forEach(o -> sb.append("<br>• ").append(HtmlText.escape(o)));
            return new String[] {"Basic", sb.toString(), HtmlText.escape(c.answer())};
        }

        @Override
        public String[] typed(Note.Typed t) {
            return new String[] {"Basic", HtmlText.escape(t.question()), HtmlText.escape(t.answer())
                + (t.accept().isEmpty() ? "" : "<br>(also right: " + HtmlText.escape(String.join(", ", t.accept())) + ")")};
        }

        @Override
        public String[] trueFalse(Note.TrueFalse t) {
            return new String[] {"Basic", HtmlText.escape(t.statement()) + "<br><br>True or false?",
                t.answer() ? "True" : "False"};
        }
    };
}
