package cuecard.deckfile;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Deck} as deck-file YAML, byte for byte the same for the same deck: fields in a fixed order,
 * a scalar quoted only when it must be, and the schema comment first so editors check the file.
 */
public final class DeckYaml {

    static final String SCHEMA_LINE = "# yaml-language-server: $schema=../docs/deck.schema.json";
    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`~][^\\n]*");
    private static final Pattern RISKY = Pattern.compile(": |:$| #|[\\[\\]{},\"'`\\\\]|^\\d[\\d_.eE+:-]*$|^0x|^[+-.]|\\s$|\\t|[\\x00-\\x1f\\x7f\\u0085\\u2028\\u2029\\ufeff]");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~", ".nan", ".inf", "-.inf");

    private DeckYaml() {
    }

    /** The deck as YAML text. */
    public static String write(Deck deck) {
        StringBuilder out = new StringBuilder();
        out.append(SCHEMA_LINE).append('\n');
        out.append("deck: ").append(scalar(deck.id())).append('\n');
        out.append("title: ").append(scalar(deck.title())).append('\n');
        if (deck.language() != null) {
            out.append("language: ").append(scalar(deck.language())).append('\n');
        }
        if (deck.description() != null) {
            out.append("description: ").append(scalar(deck.description())).append('\n');
        }
        if (!deck.tags().isEmpty()) {
            out.append("tags: ").append(list(deck.tags())).append('\n');
        }
        if (!deck.sources().isEmpty()) {
            out.append("sources:\n");
            for (Source s : deck.sources()) {
                out.append("  - id: ").append(scalar(s.id())).append('\n');
                field(out, "    ", "title", s.title());
                field(out, "    ", "author", s.author());
                field(out, "    ", "date", s.date());
                field(out, "    ", "url", s.url());
            }
        }
        out.append("cards:");
        if (deck.notes().isEmpty()) {
            out.append(" []\n");
            return out.toString();
        }
        out.append('\n');
        boolean first = true;
        for (Note n : deck.notes()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            note(out, n);
        }
        return out.toString();
    }

    private static void note(StringBuilder out, Note n) {
        out.append("  - type: ").append(n.type().yamlName()).append('\n');
        NoteInfo info = n.info();
        field(out, "    ", "id", info.id());
        if (n instanceof Note.Basic b) {
            field(out, "    ", "front", b.front());
            field(out, "    ", "back", b.back());
            if (b.reverse()) {
                out.append("    reverse: true\n");
            }
        } else if (n instanceof Note.Cloze c) {
            field(out, "    ", "text", c.text());
        } else if (n instanceof Note.Choice c) {
            field(out, "    ", "question", c.question());
            field(out, "    ", "answer", c.answer());
            out.append("    distractors: ").append(list(c.distractors())).append('\n');
        } else if (n instanceof Note.Typed t) {
            field(out, "    ", "question", t.question());
            field(out, "    ", "answer", t.answer());
            if (!t.accept().isEmpty()) {
                out.append("    accept: ").append(list(t.accept())).append('\n');
            }
        } else if (n instanceof Note.TrueFalse t) {
            field(out, "    ", "statement", t.statement());
            out.append("    answer: ").append(t.answer()).append('\n');
        }
        if (info.source() != null) {
            out.append("    source: {ref: ").append(scalar(info.source().ref()));
            if (info.source().line() > 0) {
                out.append(", line: ").append(info.source().line());
            }
            out.append("}\n");
        }
        field(out, "    ", "note", info.explanation());
        if (!info.tags().isEmpty()) {
            out.append("    tags: ").append(list(info.tags())).append('\n');
        }
    }

    private static void field(StringBuilder out, String indent, String name, String value) {
        if (value != null) {
            out.append(indent).append(name).append(": ").append(scalar(value)).append('\n');
        }
    }

    private static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quoted(items.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A scalar: plain when that reads back as the same string, double-quoted otherwise. */
    static String scalar(String s) {
        if (!s.isEmpty() && PLAIN.matcher(s).matches() && !RISKY.matcher(s).find()
                && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        return quoted(s);
    }

    /** Always double-quoted, with YAML escapes. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
