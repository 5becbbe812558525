package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link DeckJson#readNodes} reads cards as {@link DeckJson#read} does, without the text in between. */
class DeckJsonNodesTest {

    private static List<ObjectNode> cards(Deck d) {
        List<ObjectNode> out = new ArrayList<>();
        for (Note n : d.notes()) {
            out.add(DeckJson.card(n, true));
        }
        return out;
    }

    @Test
    void theBundledDecksReadTheSameEitherWay() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("decks"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Deck d = ((DeckResult.Ok) DeckLoader.load(f)).deck();
            DeckResult text = DeckJson.read(DeckJson.meta(d), cards(d), "x");
            DeckResult nodes = DeckJson.readNodes(DeckJson.meta(d), cards(d), "x");
            assertThat(nodes).isInstanceOf(DeckResult.Ok.class);
            assertThat(DeckYaml.write(((DeckResult.Ok) nodes).deck())).as(f.toString())
                    .isEqualTo(DeckYaml.write(((DeckResult.Ok) text).deck()));
        }
    }

    @Test
    void errorsNameTheSameCardsEitherWay() {
        Deck meta = new Deck("d", "D", null, null, List.of(), List.of(), List.of(), null);
        List<ObjectNode> cards = new ArrayList<>();
        cards.add(DeckJson.MAPPER.createObjectNode().put("type", "basic").put("front", "q").put("back", "a"));
        cards.add(DeckJson.MAPPER.createObjectNode().put("type", "basic").put("front", "q2"));
        cards.add(DeckJson.MAPPER.createObjectNode().put("type", "basic").put("front", "q3").put("back", "a")
                .put("reverse", "yes"));
        cards.add(DeckJson.MAPPER.createObjectNode().put("type", "cloze").put("text", "no deletion").put("id", 7));
        List<String> text = lines(DeckJson.read(DeckJson.meta(meta), cards, "x"));
        List<String> nodes = lines(DeckJson.readNodes(DeckJson.meta(meta), cards, "x"));
        assertThat(nodes).isNotEmpty().isEqualTo(text);
    }

    private static List<String> lines(DeckResult r) {
        return r.problems().stream().filter(DeckError::isError)
                .map(e -> e.location().line() + ": " + e.message()).toList();
    }
}
