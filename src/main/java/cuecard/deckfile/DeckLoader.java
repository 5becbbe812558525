package cuecard.deckfile;

import cuecard.deck.DeckError;
import cuecard.deck.DeckReader;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import cuecard.deck.Tree;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads deck files: the only code that turns YAML text into decks. Safe by construction: the YAML is only
 * composed into nodes (never into Java objects), tags outside YAML's core schema are errors, and aliases,
 * nesting and size are bounded.
 */
public final class DeckLoader {

    /** Deck files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 40;
    /** How many values aliases may add to a document in all (values written out count only toward the size). */
    static final int MAX_EXPANDED = 200_000;
    /** How long one value (a text or a key) may be, in bytes of UTF-8. */
    public static final int MAX_VALUE_BYTES = 64 * 1024;

    private DeckLoader() {
    }

    /** Loads one deck file; every problem comes back as a located error, never as an exception. */
    public static DeckResult load(Path path) {
        String name = path.toString();
        Location whole = Location.of(name);
        if (Files.isDirectory(path)) {
            return DeckResult.failed(DeckError.error(whole, "is a directory, not a deck file",
                    "name the .yaml files inside it"));
        }
        if (!Files.isRegularFile(path)) {
            return DeckResult.failed(DeckError.error(whole, "no such file"));
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return DeckResult.failed(DeckError.error(whole, "file is " + size / (1024 * 1024)
                        + " MiB; a deck file may be at most " + MAX_BYTES / (1024 * 1024) + " MiB", "split it into several decks"));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return DeckResult.failed(DeckError.error(whole, "cannot read: " + e.getMessage()));
        }
        return parse(bytes, name);
    }

    /** Parses deck bytes that claim to be UTF-8; {@code name} is used in messages. */
    public static DeckResult parse(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            return DeckResult.failed(DeckError.error(Location.of(name), "a deck may be at most "
                    + MAX_BYTES / (1024 * 1024) + " MiB"));
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return DeckResult.failed(DeckError.error(badByte(bytes, name), "the file is not valid UTF-8",
                    "save it as UTF-8"));
        }
        return parse(text, name);
    }

    /** Parses deck text; {@code name} is used in messages. */
    public static DeckResult parse(String text, String name) {
        YamlDocument doc = compose(text, name);
        if (!doc.errors().isEmpty()) {
            return new DeckResult.Failed(doc.errors());
        }
        return DeckReader.read(doc.tree(), name);
    }

    /**
     * A syntax error in our words, where the learner must look: an unclosed quote where it opens (SnakeYAML finds
     * it at the end of the file), a `: ` or a tab where it is; other errors keep SnakeYAML's description.
     */
    private static DeckError syntaxError(MarkedYAMLException e, String name, Location at, String problem) {
        String context = e.getContext() == null ? "" : e.getContext();
        Mark opened = e.getContextMark();
        if (context.startsWith("while scanning a quoted scalar") && opened != null) {
            int quote = opened.getPointer() < opened.getBuffer().length ? opened.getBuffer()[opened.getPointer()] : '"';
            String q = quote == '\'' ? "'" : "\"";
            return DeckError.error(new Location(name, opened.getLine() + 1, opened.getColumn() + 1),
                    "YAML syntax: the quote " + q + " opened here is never closed, so the value runs to the end of the file",
                    "end the value with " + q + ", or remove the opening " + q);
        }
        if (context.startsWith("while scanning a simple key") && problem.startsWith("could not find expected ':'")
                && opened != null) {
            return DeckError.error(new Location(name, opened.getLine() + 1, opened.getColumn() + 1),
                    "YAML syntax: this line is neither `key: value` nor a `- ` list item",
                    "add `: ` after the field name, or indent it to continue the value above");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return DeckError.error(at, "YAML syntax: a `: ` inside a value that is not in quotes",
                    "put the value in quotes (\"...\") when it contains `: `");
        }
        if (problem.startsWith("found character '\\t")) {
            return DeckError.error(at, "YAML syntax: a tab character; YAML indents with spaces only",
                    "replace the tab with spaces");
        }
        return DeckError.error(at, "YAML syntax: " + problem);
    }

    /**
     * Composes any YAML text (deck or settings file) into a located {@link Tree} with the same safety limits as
     * deck files: no tags outside the core schema, bounded aliases, nesting and nodes.
     */
    public static YamlDocument compose(String text, String name) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Node root;
        LastEvent events = null;
        try {
            events = new LastEvent(new org.yaml.snakeyaml.parser.ParserImpl(new WholeTextReader(text), options()));
            root = compose(events);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location at = m == null ? Location.of(name) : new Location(name, m.getLine() + 1, m.getColumn() + 1);
            String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            if (problem.startsWith("Global tag is not allowed: ")) {
                String tag = problem.substring("Global tag is not allowed: ".length()).replace("tag:yaml.org,2002:", "!!");
                return YamlDocument.failed(DeckError.error(at, "the tag `" + tag + "` is not allowed in cuecard files",
                        "remove the `!` tag; these files hold only text, numbers, lists and mappings"));
            }
            return YamlDocument.failed(syntaxError(e, name, at, problem));
        } catch (YAMLException e) {
            String problem = oneLine(e.getMessage());
            // SnakeYAML's composer refuses these without a place: the event it was composing gives it
            Location at = events == null ? Location.of(name) : events.location(name);
            if (problem.startsWith("Number of aliases")) {
                return YamlDocument.failed(DeckError.error(at, "the file uses more than " + MAX_ALIASES
                        + " aliases of lists or mappings; refused as a possible alias bomb", "write the values out"));
            }
            if (problem.startsWith("Nesting Depth exceeded")) {
                return YamlDocument.failed(DeckError.error(at, "lists and mappings are nested more than " + MAX_DEPTH
                        + " levels deep here", "flatten the structure"));
            }
            return YamlDocument.failed(DeckError.error(Location.of(name), "YAML: " + problem));
        } catch (RuntimeException e) {
            // a bug in the YAML library must not become a crash: report the file as unreadable
            return YamlDocument.failed(DeckError.error(Location.of(name), "the YAML reader failed on this file ("
                    + e.getClass().getSimpleName() + "); please report it with the file"));
        }
        if (root == null) {
            return YamlDocument.failed(DeckError.error(new Location(name, 1, 1), "the file is empty",
                    "start from `cuecard new DECK-ID`"));
        }
        NodeConversion conversion = new NodeConversion(name, MAX_EXPANDED, MAX_VALUE_BYTES);
        Tree tree = conversion.convert(root);
        if (!conversion.errors().isEmpty()) {
            return new YamlDocument(null, conversion.errors());
        }
        return new YamlDocument(tree, java.util.List.of());
    }

    /**
     * The document's single node tree, through SnakeYAML's composer alone: no {@code Yaml} front (it builds a
     * constructor, a representer and a logger that composing never uses, which is time at every start). The text
     * is read by {@link WholeTextReader}, which takes linear time where SnakeYAML's own reader takes quadratic
     * time in the length of a long value.
     */
    static Node composeNode(String text) {
        return compose(new org.yaml.snakeyaml.parser.ParserImpl(new WholeTextReader(text), options()));
    }

    private static Node compose(org.yaml.snakeyaml.parser.Parser parser) {
        return new org.yaml.snakeyaml.composer.Composer(parser, new org.yaml.snakeyaml.resolver.Resolver(), options())
                .getSingleNode();
    }

    /**
     * A parser that remembers the last event it handed out or showed: when the composer refuses too many aliases
     * (just after taking the alias) or nesting too deep (just after looking at the value), that event is where.
     */
    private static final class LastEvent implements org.yaml.snakeyaml.parser.Parser {
        private final org.yaml.snakeyaml.parser.Parser parser;
        private org.yaml.snakeyaml.events.Event last;

        LastEvent(org.yaml.snakeyaml.parser.Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(org.yaml.snakeyaml.events.Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public org.yaml.snakeyaml.events.Event peekEvent() {
            org.yaml.snakeyaml.events.Event e = parser.peekEvent();
            last = e == null ? last : e;
            return e;
        }

        @Override
        public org.yaml.snakeyaml.events.Event getEvent() {
            org.yaml.snakeyaml.events.Event e = parser.getEvent();
            last = e == null ? last : e;
            return e;
        }

        Location location(String name) {
            Mark m = last == null ? null : last.getStartMark();
            return m == null ? Location.of(name) : new Location(name, m.getLine() + 1, m.getColumn() + 1);
        }
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowDuplicateKeys(true); // reported with both places by the reader
        options.setTagInspector(tag -> false);
        return options;
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ").trim();
    }

    /** Line and column of the first byte that is not valid UTF-8. */
    static Location badByte(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < bytes.length) {
            int len = sequenceLength(bytes[i]);
            boolean ok = len > 0 && i + len <= bytes.length;
            if (ok) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, i, len));
                } catch (CharacterCodingException e) {
                    ok = false;
                }
            }
            if (!ok) {
                String before = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                return new Location(name, line, before.codePointCount(0, before.length()) + 1);
            }
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += len;
        }
        return Location.of(name);
    }

    private static int sequenceLength(byte b) {
        int u = b & 0xFF;
        if (u < 0x80) {
            return 1;
        } else if (u >= 0xC2 && u <= 0xDF) {
            return 2;
        } else if (u >= 0xE0 && u <= 0xEF) {
            return 3;
        } else if (u >= 0xF0 && u <= 0xF4) {
            return 4;
        }
        return 0;
    }
}
