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

/** Turns SnakeYAML's node graph into a {@link Tree}, refusing foreign tags, recursion and oversized expansions. */
final class NodeConversion {

    private static final Set<Tag> ALLOWED = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ,
            Tag.TIMESTAMP);
    private static final Map<Tag, Tree.Scalar.Kind> KINDS = Map.of(Tag.STR, Tree.Scalar.Kind.STRING,
            Tag.INT, Tree.Scalar.Kind.INT, Tag.FLOAT, Tree.Scalar.Kind.FLOAT, Tag.BOOL, Tree.Scalar.Kind.BOOL,
            Tag.NULL, Tree.Scalar.Kind.NULL, Tag.TIMESTAMP, Tree.Scalar.Kind.STRING);

    private final String file;
    private final int maxNodes;
    private final List<DeckError> errors = new ArrayList<>();
    private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;

    NodeConversion(String file, int maxNodes) {
        this.file = file;
        this.maxNodes = maxNodes;
    }

    List<DeckError> errors() {
        return errors;
    }

    Tree convert(Node node) {
        Location at = new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
        if (++nodes > maxNodes) {
            if (nodes == maxNodes + 1) {
                errors.add(DeckError.error(at, "the document expands to more than " + maxNodes
                        + " values (too many aliases?)", "write the values out instead of repeating aliases"));
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

    private static String describe(Tree t) {
        return t instanceof Tree.MapNode ? "a mapping" : t instanceof Tree.SeqNode ? "a list" : "a value";
    }
}
