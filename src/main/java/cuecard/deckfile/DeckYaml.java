package cuecard.deckfile;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes decks and single cards as deck-format YAML, by hand rather than through a YAML dumper so the output looks
 * like what a person writes: plain scalars where YAML reads them back as the same text, double quotes otherwise,
 * literal blocks for multi-line text, one blank line between cards.
 */
public final class DeckYaml {

    /** The first line that points editors at the JSON Schema (relative to a deck in {@code decks/}). */
    public static final String SCHEMA_LINE = "# yaml-language-server: $schema=../docs/deck.schema.json";

    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private DeckYaml() {
    }

    /** A whole deck file for the bundled {@code decks/} folder: the schema line, then the deck. */
    public static String write(Deck deck) {
        return deck(deck, SCHEMA_LINE);
    }

    /** A whole deck file, starting with {@code firstLine} when it is not null. */
    public static String deck(Deck deck, String firstLine) {
        StringBuilder sb = new StringBuilder();
        if (firstLine != null) {
            sb.append(firstLine).append('\n');
        }
        sb.append("deck: ").append(scalar(deck.id())).append('\n');
        if (deck.title() != null && !deck.title().equals(deck.id())) {
            value(sb, "", "title", deck.title());
        }
        if (deck.language() != null) {
            value(sb, "", "language", deck.language());
        }
        if (deck.description() != null) {
            value(sb, "", "description", deck.description());
        }
        if (!deck.tags().isEmpty()) {
            sb.append("tags: ").append(list(deck.tags())).append('\n');
        }
        if (!deck.sources().isEmpty()) {
            sb.append("sources:\n");
            for (Source s : deck.sources()) {
                sb.append("  - id: ").append(scalar(s.id())).append('\n');
                optional(sb, "    ", "title", s.title());
                optional(sb, "    ", "author", s.author());
                optional(sb, "    ", "date", s.date());
                optional(sb, "    ", "url", s.url());
            }
        }
        if (deck.notes().isEmpty()) {
            sb.append("cards: []\n");
            return sb.toString();
        }
        sb.append("cards:\n");
        for (int i = 0; i < deck.notes().size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(card(deck.notes().get(i), 2, 4)).append('\n');
        }
        return sb.toString();
    }

    /** One card as a block sequence item: the dash at {@code dashColumn}, keys at {@code keyColumn}; no final line break. */
    public static String card(Note note, int dashColumn, int keyColumn) {
        StringBuilder sb = new StringBuilder();
        String keys = " ".repeat(keyColumn);
        for (String[] field : fields(note)) {
            if (field[1] != null) {
                value(sb, keys, field[0], field[1]);
            } else {
                sb.append(keys).append(field[0]).append(": ").append(field[2]).append('\n');
            }
        }
        String first = " ".repeat(dashColumn) + "-" + " ".repeat(Math.max(1, keyColumn - dashColumn - 1));
        sb.replace(0, keyColumn, first);
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** One card as a flow mapping, {@code {type: basic, front: ..., back: ...}}, on one line. */
    public static String flowCard(Note note) {
        List<String> parts = new ArrayList<>();
        for (String[] field : fields(note)) {
            parts.add(field[0] + ": " + (field[1] != null ? flowScalar(field[1]) : field[2]));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** The card's fields in the order people write them: {name, text} for text, {name, null, raw YAML} otherwise. */
    private static List<String[]> fields(Note note) {
        List<String[]> out = new ArrayList<>();
        NoteInfo info = note.info();
        out.add(raw("type", note.type().yamlName()));
        if (info.id() != null) {
            out.add(text("id", info.id()));
        }
        out.addAll(note.accept(FIELDS));
        if (!info.tags().isEmpty()) {
            out.add(raw("tags", list(info.tags())));
        }
        if (info.source() != null) {
            out.add(raw("source", "{ref: " + flowScalar(info.source().ref())
                    + (info.source().line() > 0 ? ", line: " + info.source().line() : "") + "}"));
        }
        if (info.explanation() != null) {
            out.add(text("note", info.explanation()));
        }
        return out;
    }

    private static String[] text(String name, String value) {
        return new String[] {name, value, null};
    }

    private static String[] raw(String name, String yaml) {
        return new String[] {name, null, yaml};
    }

    private static void optional(StringBuilder sb, String indent, String name, String value) {
        if (value != null) {
            value(sb, indent, name, value);
        }
    }

    /** {@code name: value} with the value plain, quoted, or as a literal block indented below the key. */
    private static void value(StringBuilder sb, String indent, String name, String value) {
        sb.append(indent).append(name).append(':');
        if (literalBlockFits(value)) {
            int trailing = value.endsWith("\n") ? 1 : 0;
            sb.append(trailing == 1 ? " |" : " |-").append('\n');
            String body = trailing == 1 ? value.substring(0, value.length() - 1) : value;
            for (String line : body.split("\n", -1)) {
                if (!line.isEmpty()) {
                    sb.append(indent).append("  ").append(line);
                }
                sb.append('\n');
            }
        } else {
            sb.append(' ').append(scalar(value)).append('\n');
        }
    }

    /** A list of texts as a flow sequence. */
    public static String list(List<String> items) {
        List<String> parts = new ArrayList<>();
        for (String s : items) {
            parts.add(flowScalar(s));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** A scalar on one line: plain when YAML reads it back as the same text, else double-quoted. */
    public static String scalar(String s) {
        return quotedIfNeeded(s);
    }

    static String quotedIfNeeded(String s) {
        return plainFits(s) ? s : doubleQuoted(s);
    }

    /** Inside {@code [...]} or {@code {...}}: also no {@code :} or {@code ?}, which end plain scalars there. */
    static String flowScalar(String s) {
        return plainFits(s) && s.indexOf(':') < 0 && s.indexOf('?') < 0 ? s : doubleQuoted(s);
    }

    static boolean plainFits(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))
                || INDICATORS.indexOf(s.charAt(0)) >= 0 || s.startsWith("...")) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\t' || needsEscape(c)) {
                return false;
            }
        }
        return RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    }

    private static boolean literalBlockFits(String s) {
        if (!s.contains("\n") || s.endsWith("\n\n") || s.startsWith("\n")) {
            return false;
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return false;
            }
        }
        if (body.startsWith(" ") || body.startsWith("\t") || body.endsWith("\n")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && needsEscape(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /** A YAML double-quoted scalar (JSON-compatible escapes). */
    static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The fields of each card type, in the order they are written. */
    private static final Note.Visitor<List<String[]>> FIELDS = new Note.Visitor<>() {
        @Override
        public List<String[]> basic(Note.Basic b) {
            List<String[]> out = new ArrayList<>(List.of(text("front", b.front()), text("back", b.back())));
            if (b.reverse()) {
                out.add(raw("reverse", "true"));
            }
            return out;
        }

        @Override
        public List<String[]> cloze(Note.Cloze c) {
            return List.<String[]>of(text("text", c.text()));
        }

        @Override
        public List<String[]> choice(Note.Choice c) {
            return List.of(text("question", c.question()), text("answer", c.answer()),
                    raw("distractors", list(c.distractors())));
        }

        @Override
        public List<String[]> typed(Note.Typed t) {
            List<String[]> out = new ArrayList<>(List.of(text("question", t.question()), text("answer", t.answer())));
            if (!t.accept().isEmpty()) {
                out.add(raw("accept", list(t.accept())));
            }
            return out;
        }

        @Override
        public List<String[]> trueFalse(Note.TrueFalse t) {
            return List.of(text("statement", t.statement()), raw("answer", Boolean.toString(t.answer())));
        }
    };
}
