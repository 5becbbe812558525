package cuecard.deckfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.CardIds;
import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import cuecard.deck.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Decks as JSON: the deck format's own fields and nesting, so a JSON deck is also a valid deck document (JSON is
 * YAML) and is read back by the same loader, with located errors. Used by export/import and as the card record of
 * other formats.
 */
public final class DeckJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new YamlSafeEscapes());
    }

    /** Escapes what YAML would read differently or refuse: C1 controls, DEL, line and paragraph separators, BOM. */
    private static final class YamlSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        YamlSafeEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF || ch == 0xFFFE || ch == 0xFFFF) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    private DeckJson() {
    }

    /** The whole deck, every field. */
    public static ObjectNode deck(Deck deck) {
        ObjectNode root = meta(deck);
        ArrayNode cards = root.putArray("cards");
        for (Note n : deck.notes()) {
            cards.add(card(n, false));
        }
        return root;
    }

    /** The deck's own fields, without cards. */
    public static ObjectNode meta(Deck deck) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("deck", deck.id());
        putIf(root, "title", deck.title());
        putIf(root, "language", deck.language());
        putIf(root, "description", deck.description());
        if (!deck.tags().isEmpty()) {
            strings(root.putArray("tags"), deck.tags());
        }
        if (!deck.sources().isEmpty()) {
            ArrayNode sources = root.putArray("sources");
            for (Source s : deck.sources()) {
                ObjectNode o = sources.addObject();
                o.put("id", s.id());
                putIf(o, "title", s.title());
                putIf(o, "author", s.author());
                putIf(o, "date", s.date());
                putIf(o, "url", s.url());
            }
        }
        return root;
    }

    /** One card; with {@code pinId} the derived id is written when the card has none. */
    public static ObjectNode card(Note note, boolean pinId) {
        ObjectNode o = MAPPER.createObjectNode();
        NoteInfo info = note.info();
        o.put("type", note.type().yamlName());
        String id = pinId ? CardIds.of(note) : info.id();
        putIf(o, "id", id);
        note.accept(new Fields(o));
        if (!info.tags().isEmpty()) {
            strings(o.putArray("tags"), info.tags());
        }
        if (info.source() != null) {
            ObjectNode s = o.putObject("source");
            s.put("ref", info.source().ref());
            if (info.source().line() > 0) {
                s.put("line", info.source().line());
            }
        }
        putIf(o, "note", info.explanation());
        return o;
    }

    /**
     * Reads a deck from its JSON parts with one card per line, so that an error's line names the card: line 1 is
     * the deck's fields, line {@code i + 2} card {@code i}.
     */
    public static DeckResult read(ObjectNode meta, List<ObjectNode> cards, String name) {
        StringBuilder sb = new StringBuilder();
        ObjectNode head = meta.deepCopy();
        head.remove("cards");
        String fields = compact(head);
        sb.append(fields, 0, fields.length() - 1).append(fields.length() > 2 ? "," : "").append("\"cards\":[\n");
        for (int i = 0; i < cards.size(); i++) {
            sb.append(compact(cards.get(i))).append(i + 1 < cards.size() ? ",\n" : "\n");
        }
        sb.append("]}\n");
        return DeckLoader.parse(sb.toString(), name);
    }

    /**
     * As {@link #read}, without writing and parsing text: the JSON nodes become the document tree the deck reader
     * takes, each card at the line {@link #read} would give it. For cards a program made (an Anki package's notes),
     * which then go through {@link DeckLoader} as the deck file written; SnakeYAML parsing them as JSON first cost
     * a quarter of a large import.
     */
    public static DeckResult readNodes(ObjectNode meta, List<ObjectNode> cards, String name) {
        List<cuecard.deck.Tree.Entry> entries = new ArrayList<>();
        Location top = new Location(name, 1, 1);
        for (var f : meta.properties()) {
            if (!f.getKey().equals("cards")) {
                entries.add(new cuecard.deck.Tree.Entry(scalar(f.getKey(), top), tree(f.getValue(), top)));
            }
        }
        List<cuecard.deck.Tree> items = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            items.add(tree(cards.get(i), new Location(name, i + 2, 1)));
        }
        entries.add(new cuecard.deck.Tree.Entry(scalar("cards", top), new cuecard.deck.Tree.SeqNode(top, items)));
        return cuecard.deck.DeckReader.read(new cuecard.deck.Tree.MapNode(top, entries), name);
    }

    private static cuecard.deck.Tree.Scalar scalar(String text, Location at) {
        return new cuecard.deck.Tree.Scalar(at, text, cuecard.deck.Tree.Scalar.Kind.STRING);
    }

    private static cuecard.deck.Tree tree(com.fasterxml.jackson.databind.JsonNode n, Location at) {
        if (n.isObject()) {
            List<cuecard.deck.Tree.Entry> entries = new ArrayList<>();
            for (var f : n.properties()) {
                entries.add(new cuecard.deck.Tree.Entry(scalar(f.getKey(), at), tree(f.getValue(), at)));
            }
            return new cuecard.deck.Tree.MapNode(at, entries);
        }
        if (n.isArray()) {
            List<cuecard.deck.Tree> items = new ArrayList<>();
            n.forEach(item -> items.add(tree(item, at)));
            return new cuecard.deck.Tree.SeqNode(at, items);
        }
        cuecard.deck.Tree.Scalar.Kind kind = n.isTextual() ? cuecard.deck.Tree.Scalar.Kind.STRING
                : n.isBoolean() ? cuecard.deck.Tree.Scalar.Kind.BOOL
                : n.isIntegralNumber() ? cuecard.deck.Tree.Scalar.Kind.INT
                : n.isNumber() ? cuecard.deck.Tree.Scalar.Kind.FLOAT
                : n.isNull() ? cuecard.deck.Tree.Scalar.Kind.NULL : cuecard.deck.Tree.Scalar.Kind.OTHER;
        return new cuecard.deck.Tree.Scalar(at, n.isNull() ? "" : n.asText(), kind);
    }

    public static String compact(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pretty(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIf(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** The fields of each card type, in the order they are written. */
    private record Fields(ObjectNode o) implements Note.Visitor<ObjectNode> {
        @Override
        public ObjectNode basic(Note.Basic b) {
            o.put("front", b.front());
            o.put("back", b.back());
            if (b.reverse()) {
                o.put("reverse", true);
            }
            return o;
        }

        @Override
        public ObjectNode cloze(Note.Cloze c) {
            return o.put("text", c.text());
        }

        @Override
        public ObjectNode choice(Note.Choice c) {
            o.put("question", c.question());
            o.put("answer", c.answer());
            strings(o.putArray("distractors"), c.distractors());
            return o;
        }

        @Override
        public ObjectNode typed(Note.Typed t) {
            o.put("question", t.question());
            o.put("answer", t.answer());
            if (!t.accept().isEmpty()) {
                strings(o.putArray("accept"), t.accept());
            }
            return o;
        }

        @Override
        public ObjectNode trueFalse(Note.TrueFalse t) {
            return o.put("statement", t.statement()).put("answer", t.answer());
        }
    }
}
