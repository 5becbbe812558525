package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.deckfile.DeckYaml;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static Deck generate(String name, String text) {
        return Generator.generate(List.of(new InputText("interview", name, text)), Generator.Settings.defaults(), Generator.Progress.NONE);
    }

    private static String fixture(String name) {
        return CardRules.input(CardRules.FIXTURES.resolve(name)).text();
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        for (String name : List.of("interview-zh-hans.md", "interview-zh-hant.txt", "interview-en.md")) {
            String text = fixture(name);
            assertThat(DeckYaml.write(generate(name, text))).isEqualTo(DeckYaml.write(generate(name, text)));
        }
    }

    @Test
    void cardIdsSurviveEditsElsewhere() {
        String text = fixture("interview-en.md");
        // two paragraphs added before the interview (one after its last answer would continue that answer)
        String edited = text.replace("Maya Lindqvist founded", "Bluewhale Robotics opened its first office in Oslo in March 2014.\n\n"
                + "Bluewhale Robotics moved its workshop to Tromsø in March 2024.\n\nMaya Lindqvist founded");
        Map<String, Note> before = byId(generate("a.md", text));
        Map<String, Note> after = byId(generate("a.md", edited));
        assertThat(after.keySet()).containsAll(before.keySet());
        for (var e : before.entrySet()) {
            // the same id asks the same fact (a cloze may lose a deletion that a new, better card now asks)
            assertThat(CardRules.answers(after.get(e.getKey()))).as(e.getKey()).containsAnyElementsOf(CardRules.answers(e.getValue()));
            assertThat(after.get(e.getKey()).info().source().line()).isGreaterThanOrEqualTo(e.getValue().info().source().line());
        }
        assertThat(after.keySet()).hasSizeGreaterThan(before.size());
    }

    @Test
    void cardIdsAreSlugsDerivedFromTheFact() {
        Deck deck = generate("a.md", fixture("interview-zh-hans.md"));
        assertThat(deck.notes()).extracting(n -> n.info().id()).allMatch(id -> cuecard.deck.CardIds.VALID.matcher(id).matches())
                .contains("date-2015-06-01", "percent-35", "duration-month-18");
    }

    private static Map<String, Note> byId(Deck d) {
        return d.notes().stream().collect(Collectors.toMap(n -> n.info().id(), Function.identity()));
    }
}
