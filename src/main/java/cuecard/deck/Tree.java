package cuecard.deck;

import java.util.List;

/**
 * A parsed document as plain data with a location on every node: what the YAML edge hands to
 * {@link DeckReader}, so the mapping from text to records is pure and testable.
 */
public sealed interface Tree {

    Location at();

    /** A mapping, entries in file order (duplicate keys kept, so the reader can report them). */
    record MapNode(Location at, List<Entry> entries) implements Tree {
        public MapNode {
            entries = List.copyOf(entries);
        }
    }

    /** One key/value pair of a mapping. */
    record Entry(Scalar key, Tree value) {
    }

    record SeqNode(Location at, List<Tree> items) implements Tree {
        public SeqNode {
            items = List.copyOf(items);
        }
    }

    /**
     * A scalar as written. {@code kind} is how YAML resolved it, so {@code yes} quoted stays a string.
     */
    record Scalar(Location at, String text, Kind kind) implements Tree {
        public enum Kind { STRING, INT, FLOAT, BOOL, NULL, OTHER }
    }

    /** A short name of the node's shape for messages: "a mapping", "a list", "text". */
    static String describe(Tree t) {
        if (t instanceof MapNode) {
            return "a mapping";
        } else if (t instanceof SeqNode) {
            return "a list";
        }
        Scalar s = (Scalar) t;
        return switch (s.kind()) {
            case NULL -> "empty";
            case BOOL -> "true/false";
            case INT, FLOAT -> "a number";
            default -> "text";
        };
    }
}
