package cuecard.deckfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where things are in a deck file's text, so commands can edit it as text (insert a line, append a card) and leave
 * everything else (comments, quoting, blank lines) exactly as the author wrote it. Offsets are indexes into the
 * Java string. Only meaningful for text the loader accepts.
 *
 * @param text  the file's text
 * @param cards the {@code cards:} list
 */
public record DeckLayout(String text, CardList cards) {

    /** The {@code cards:} list: flow ({@code [...]}) or block ({@code - ...} lines). */
    public record CardList(boolean flow, int dashColumn, int start, int end, List<CardSpan> items) {
    }

    /**
     * One card entry.
     *
     * @param flow       written as {@code {type: ..., ...}}
     * @param keyColumn  column (0-based, code points) of its keys when in block style
     * @param start      offset of its first character
     * @param contentEnd offset just past its last value (trailing comments and blank lines not included)
     * @param typeEnd    offset just past the value of its {@code type:} entry
     * @param hasId      whether it has an {@code id:} entry
     * @param line       1-based line where it starts
     */
    public record CardSpan(boolean flow, int keyColumn, int start, int contentEnd, int typeEnd, boolean hasId, int line) {
    }

    /** The layout, or empty when the text has no {@code cards:} list (or does not parse). */
    public static Optional<DeckLayout> of(String text) {
        Node root;
        try {
            root = DeckLoader.composeNode(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode map)) {
            return Optional.empty();
        }
        Offsets offsets = new Offsets(text);
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("cards") && t.getValueNode() instanceof SequenceNode seq) {
                List<CardSpan> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    items.add(span(item, offsets));
                }
                boolean flow = seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
                return Optional.of(new DeckLayout(text, new CardList(flow, seq.getStartMark().getColumn(),
                        offsets.of(seq.getStartMark()), offsets.of(seq.getEndMark()), items)));
            }
        }
        return Optional.empty();
    }

    private static CardSpan span(Node item, Offsets offsets) {
        int start = offsets.of(item.getStartMark());
        int end = contentEnd(item, offsets);
        int typeEnd = -1;
        boolean hasId = false;
        boolean flow = false;
        if (item instanceof MappingNode m) {
            flow = m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    if (k.getValue().equals("type")) {
                        typeEnd = contentEnd(t.getValueNode(), offsets);
                    } else if (k.getValue().equals("id")) {
                        hasId = true;
                    }
                }
            }
        }
        return new CardSpan(flow, item.getStartMark().getColumn(), start, end, typeEnd, hasId, item.getStartMark().getLine() + 1);
    }

    /** Just past the last character that belongs to the node (block scalars end before their trailing line break). */
    private static int contentEnd(Node node, Offsets offsets) {
        if (node instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
            int end = offsets.of(node.getStartMark());
            for (NodeTuple t : m.getValue()) {
                end = Math.max(end, contentEnd(t.getValueNode(), offsets));
                end = Math.max(end, contentEnd(t.getKeyNode(), offsets));
            }
            return end;
        }
        if (node instanceof SequenceNode s && s.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
            int end = offsets.of(node.getStartMark());
            for (Node child : s.getValue()) {
                end = Math.max(end, contentEnd(child, offsets));
            }
            return end;
        }
        int end = offsets.of(node.getEndMark());
        String text = offsets.text;
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Turns SnakeYAML marks (line and column in code points) into string offsets. */
    private static final class Offsets {
        private final String text;
        private final int[] lineStarts;

        Offsets(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(text.startsWith("\uFEFF") ? 1 : 0); // SnakeYAML saw the text without its byte-order mark
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int of(Mark mark) {
            int line = Math.min(mark.getLine(), lineStarts.length - 1);
            int start = lineStarts[line];
            int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
            int offset = start;
            for (int col = 0; col < mark.getColumn() && offset < lineEnd; col++) {
                offset += Character.charCount(text.codePointAt(offset));
            }
            return Math.min(offset, text.length());
        }
    }

    /** The line break the file uses. */
    public String newline() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
