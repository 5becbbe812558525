package cuecard.deckfile;

import cuecard.deck.DeckError;
import cuecard.deck.Location;
import cuecard.deck.Tree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns SnakeYAML's node graph into a {@link Tree}, refusing foreign tags, recursion, oversized values and
 * alias expansions past a bound. Only values reached through an alias count toward that bound: a large file of
 * plain values is limited by its size alone.
 */
final class NodeConversion {

    private static final Set<Tag> ALLOWED = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ,
            Tag.TIMESTAMP);
    private static final Map<Tag, Tree.Scalar.Kind> KINDS = Map.of(Tag.STR, Tree.Scalar.Kind.STRING,
            Tag.INT, Tree.Scalar.Kind.INT, Tag.FLOAT, Tree.Scalar.Kind.FLOAT, Tag.BOOL, Tree.Scalar.Kind.BOOL,
            Tag.NULL, Tree.Scalar.Kind.NULL, Tag.TIMESTAMP, Tree.Scalar.Kind.STRING);

    private final String file;
    private final int maxExpanded;
    private final int maxValueBytes;
    private final List<DeckError> errors = new ArrayList<>();
    private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** anchored nodes already converted once: meeting one again means an alias */
    private final Set<Node> anchored = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** values converted again because an alias repeats them */
    private int expanded;
    /** the anchored node whose alias is being expanded, outermost; null outside aliases */
    private Node expanding;

    /**
     * @param maxExpanded   how many values aliases may add to the document in all
     * @param maxValueBytes how long one value (text or key) may be, in bytes of UTF-8
     */
    NodeConversion(String file, int maxExpanded, int maxValueBytes) {
        this.file = file;
        this.maxExpanded = maxExpanded;
        this.maxValueBytes = maxValueBytes;
    }

    List<DeckError> errors() {
        return errors;
    }

    private Location at(Node node) {
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    Tree convert(Node node) {
        boolean alias = node.getAnchor() != null && !anchored.add(node);
        boolean outermost = alias && expanding == null;
        if (outermost) {
            expanding = node;
        }
        try {
            return convertNode(node);
        } finally {
            if (outermost) {
                expanding = null;
            }
        }
    }

    private Tree convertNode(Node node) {
        Location at = at(node);
        if (expanding != null && ++expanded > maxExpanded) {
            if (expanded == maxExpanded + 1) {
                errors.add(DeckError.error(at(expanding), "aliases repeat this value until the document holds more"
                        + " than " + maxExpanded + " repeated values; refused as a possible alias bomb",
                        "write the values out instead of repeating aliases"));
            }
            return new Tree.Scalar(at, "", Tree.Scalar.Kind.NULL);
        }
        if (!ALLOWED.contains(node.getTag())) {
            errors.add(DeckError.error(at, "the tag `" + node.getTag().getValue() + "` is not allowed in deck files",
                    "remove the `!` tag; decks hold only text, numbers, lists and mappings"));
            return new Tree.Scalar(at, "", Tree.Scalar.Kind.NULL);
        }
        if (!open.add(node)) {
            errors.add(DeckError.error(at, "an alias refers to a value that contains itself", "remove the recursive alias"));
            return new Tree.Scalar(at, "", Tree.Scalar.Kind.NULL);
        }
        try {
            if (node instanceof ScalarNode s) {
                long bytes = utf8Length(s.getValue(), maxValueBytes);
                if (bytes > maxValueBytes) {
                    errors.add(DeckError.error(at, "this value is " + bytes / 1024 + " KiB; one value may be at most "
                            + maxValueBytes / 1024 + " KiB", "shorten it or split it over several cards"));
                    return new Tree.Scalar(at, "", Tree.Scalar.Kind.NULL);
                }
                return new Tree.Scalar(at, s.getValue(), KINDS.getOrDefault(s.getTag(), Tree.Scalar.Kind.OTHER));
            } else if (node instanceof SequenceNode seq) {
                List<Tree> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    items.add(convert(item));
                }
                return new Tree.SeqNode(at, items);
            }
            MappingNode map = (MappingNode) node;
            List<Tree.Entry> entries = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                Tree key = convert(t.getKeyNode());
                Tree value = convert(t.getValueNode());
                if (key instanceof Tree.Scalar k) {
                    entries.add(new Tree.Entry(k, value));
                } else {
                    errors.add(DeckError.error(key.at(), "a key must be plain text, not " + describe(key)));
                }
            }
            return new Tree.MapNode(at, entries);
        } finally {
            open.remove(node);
        }
    }

    /** Bytes of {@code s} in UTF-8; past {@code limit} the count may stop early (only "over" matters then). */
    static long utf8Length(String s, int limit) {
        int n = s.length();
        if (n <= limit / 3) {
            return n; // at most 3 bytes per UTF-16 unit: cannot be over, and the exact count is not needed
        }
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String describe(Tree t) {
        return t instanceof Tree.MapNode ? "a mapping" : t instanceof Tree.SeqNode ? "a list" : "a value";
    }
}
