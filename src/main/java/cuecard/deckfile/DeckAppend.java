package cuecard.deckfile;

import cuecard.deck.CardIds;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds cards at the end of a deck file's {@code cards:} list as text, in the list's own style, leaving every
 * character before them as the author wrote it ({@code cuecard add}, the generator's review). Sources the new
 * cards cite are added to the deck's {@code sources:}.
 */
public final class DeckAppend {

    /**
     * The outcome of {@link #all}: the new text, or why nothing could be added.
     *
     * @param text    the file's new text (the old one when nothing was added)
     * @param added   the cards added, with the ids they were given
     * @param skipped how many were left out because the deck already has them
     * @param problem why the cards could not be added, or null
     */
    public record Result(String text, List<Note> added, int skipped, String problem) {
    }

    private DeckAppend() {
    }

    /** The file's text with the card appended to its {@code cards:} list, in the list's own style. */
    public static String append(DeckLayout layout, Note card) {
        String text = layout.text();
        DeckLayout.CardList cards = layout.cards();
        if (cards.flow()) {
            int close = text.lastIndexOf(']', cards.end() - 1);
            boolean empty = cards.items().isEmpty();
            return text.substring(0, close) + (empty ? "" : ", ") + DeckYaml.flowCard(card) + text.substring(close);
        }
        List<DeckLayout.CardSpan> items = cards.items();
        DeckLayout.CardSpan last = items.get(items.size() - 1);
        int keyColumn = items.get(0).flow() ? cards.dashColumn() + 2 : items.get(0).keyColumn();
        String nl = layout.newline();
        String block = items.get(items.size() - 1).flow()
                ? " ".repeat(cards.dashColumn()) + "- " + DeckYaml.flowCard(card)
                : DeckYaml.card(card, cards.dashColumn(), keyColumn);
        block = block.replace("\n", nl);
        int at = text.indexOf('\n', last.contentEnd());
        if (at < 0) {
            at = text.length();
        } else if (at > 0 && text.charAt(at - 1) == '\r') {
            at--;
        }
        String gap = blankLineBetweenCards(text, items) ? nl + nl : nl;
        // at the very end, close the last line too: a `|` block keeps its final line break only with one
        String end = at == text.length() ? nl : "";
        return text.substring(0, at) + gap + block + end + text.substring(at);
    }

    /** Whether the author separates cards with a blank line (judged from the first two). */
    private static boolean blankLineBetweenCards(String text, List<DeckLayout.CardSpan> items) {
        if (items.size() < 2) {
            return false;
        }
        String between = text.substring(items.get(0).contentEnd(), items.get(1).start());
        return between.replace("\r", "").matches("(?s)[^\\n]*\\n[ \\t]*\\n.*");
    }

    /**
     * Appends {@code cards} to the deck in {@code text}: a card the deck already has (same type and question) is
     * skipped, an id the deck already uses for another card gets a suffix, and a source the cards cite that the deck
     * does not list is added to its {@code sources:} (when that list is a block list, or missing; otherwise the
     * cards go in without their source). The deck's own text before the new cards is unchanged.
     */
    public static Result all(String text, String name, List<Note> cards, List<Source> sources) {
        DeckResult before = DeckLoader.parse(text, name);
        if (!(before instanceof DeckResult.Ok ok)) {
            return new Result(text, List.of(), 0, name + " has errors; fix them first (`cuecard lint " + name + "`)");
        }
        Deck deck = ok.deck();
        Fresh fresh = fresh(deck.notes(), cards);
        List<Note> toAdd = fresh.cards();
        int skipped = fresh.skipped();
        Set<String> listed = deck.sources().stream().map(Source::id).collect(Collectors.toSet());
        String out = text;
        List<Source> missing = new ArrayList<>();
        for (Note n : toAdd) {
            if (n.info().source() != null && !listed.contains(n.info().source().ref())) {
                listed.add(n.info().source().ref());
                sources.stream().filter(s -> s.id().equals(n.info().source().ref())).findFirst().ifPresent(missing::add);
            }
        }
        if (!missing.isEmpty()) {
            String withSources = addSources(out, missing);
            if (withSources != null) {
                out = withSources;
            } else {
                Set<String> had = deck.sources().stream().map(Source::id).collect(Collectors.toSet());
                toAdd = toAdd.stream().map(n -> n.info().source() == null || had.contains(n.info().source().ref()) ? n
                        : n.withInfo(new NoteInfo(n.info().id(), n.info().tags(), null, n.info().explanation(), n.info().location())))
                        .toList();
            }
        }
        for (Note n : toAdd) {
            DeckLayout layout = DeckLayout.of(out).orElse(null);
            if (layout == null) {
                return new Result(text, List.of(), 0, name + ": no `cards:` list to add to");
            }
            out = append(layout, n);
        }
        DeckResult after = DeckLoader.parse(out, name);
        if (!(after instanceof DeckResult.Ok okAfter)) {
            return new Result(text, List.of(), 0, "the cards were not added: " + after.problems().stream()
                    .filter(DeckError::isError).map(DeckError::format).collect(Collectors.joining("; ")));
        }
        List<Note> now = okAfter.deck().notes();
        if (now.size() != deck.notes().size() + toAdd.size() || !placeless(now.subList(0, deck.notes().size())).equals(placeless(deck.notes()))) {
            return new Result(text, List.of(), 0, name + ": appending here would change the last card's text (a `|` block"
                    + " that ends the file without a line break?); end the file with a line break");
        }
        return new Result(out, toAdd, skipped, null);
    }

    /** Cards to add to a deck: those it lacks, with ids it does not use. */
    public record Fresh(List<Note> cards, int skipped) {
    }

    /**
     * Of {@code cards}, those {@code existing} does not already have (same type and question), each with an id
     * none of the others uses (a suffix when its own is taken), in order.
     */
    public static Fresh fresh(List<Note> existing, List<Note> cards) {
        Set<String> ids = new HashSet<>();
        Set<String> questions = new HashSet<>();
        for (Note n : existing) {
            ids.add(CardIds.of(n));
            questions.add(n.type() + "|" + CardIds.normalise(n.identityText()));
        }
        List<Note> out = new ArrayList<>();
        int skipped = 0;
        for (Note n : cards) {
            if (!questions.add(n.type() + "|" + CardIds.normalise(n.identityText()))) {
                skipped++;
                continue;
            }
            String id = CardIds.of(n);
            String unique = id;
            for (int i = 2; !ids.add(unique); i++) {
                unique = id + "-" + i;
            }
            out.add(unique.equals(id) && n.info().id() != null ? n : n.withInfo(new NoteInfo(unique, n.info().tags(),
                    n.info().source(), n.info().explanation(), n.info().location())));
        }
        return new Fresh(out, skipped);
    }

    /** The notes without where they stand in their file (a source added above them moves them down). */
    private static List<Note> placeless(List<Note> notes) {
        return notes.stream().map(n -> n.withInfo(new NoteInfo(n.info().id(), n.info().tags(), n.info().source(),
                n.info().explanation(), cuecard.deck.Location.of("")))).toList();
    }

    /** The text with the sources added to a block {@code sources:} list (or a new one before {@code cards:}); null when it cannot. */
    static String addSources(String text, List<Source> sources) {
        Node root;
        try {
            root = DeckLoader.composeNode(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(root instanceof MappingNode map) || map.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            return null;
        }
        int cardsLine = -1;
        SequenceNode list = null;
        boolean sourcesFirst = false;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                if (k.getValue().equals("cards")) {
                    cardsLine = k.getStartMark().getLine();
                    if (k.getStartMark().getColumn() != 0) {
                        return null;
                    }
                } else if (k.getValue().equals("sources")) {
                    if (!(t.getValueNode() instanceof SequenceNode s) || s.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                        return null;
                    }
                    list = s;
                    sourcesFirst = cardsLine < 0;
                }
            }
        }
        if (cardsLine < 0 || (list != null && !sourcesFirst)) {
            return null;
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        int dash = list == null ? 2 : list.getStartMark().getColumn();
        StringBuilder block = new StringBuilder(list == null ? "sources:" + nl : "");
        for (Source s : sources) {
            String keys = " ".repeat(dash + 2);
            block.append(" ".repeat(dash)).append("- id: ").append(DeckYaml.scalar(s.id())).append(nl);
            String[][] fields = {{"title", s.title()}, {"author", s.author()}, {"date", s.date()}, {"url", s.url()}};
            for (String[] f : fields) {
                if (f[1] != null) {
                    block.append(keys).append(f[0]).append(": ").append(DeckYaml.scalar(f[1])).append(nl);
                }
            }
        }
        int at = lineStart(text, cardsLine);
        if (list != null) {
            // right after the last source, before any blank lines or comments that lead to `cards:`
            while (at > 0) {
                int prev = text.lastIndexOf('\n', at - 2) + 1;
                String line = text.substring(prev, at).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    break;
                }
                at = prev;
            }
        }
        return text.substring(0, at) + block + text.substring(at);
    }

    private static int lineStart(String text, int line) {
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = 0; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }
}
