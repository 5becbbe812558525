package cuecard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deckfile.DeckLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which edits keep a card's key (and so its progress) and which start it afresh. */
class CardIdentityTest {

    private static List<String> keys(String yaml) {
        DeckResult r = DeckLoader.parse(yaml, "t.yaml");
        assertThat(r).as("problems: %s", r.problems()).isInstanceOf(DeckResult.Ok.class);
        return ((DeckResult.Ok) r).deck().cards().stream().map(c -> c.key().toString()).toList();
    }

    private static final String BASE = """
            deck: d
            cards:
              - type: basic
                front: What is the capital of France?
                back: Paris
              - type: cloze
                text: Water boils at {{100}} degrees at sea level, {{Celsius::scale}}.
            """;

    @Test
    void editingAnAnswerKeepsTheKey() {
        String edited = BASE.replace("back: Paris", "back: Paris, on the Seine").replace("{{100}}", "{{100 °}}");
        assertThat(keys(edited)).isEqualTo(keys(BASE));
    }

    @Test
    void reindentingAndReorderingKeepTheKeys() {
        String reordered = """
                deck: d
                cards:
                    -   type: cloze
                        text: "Water boils at {{100}} degrees at   sea level, {{Celsius::scale}}."
                    -   back: Paris
                        front:  What is the capital of France?
                        type: basic
                """;
        assertThat(keys(reordered)).containsExactlyInAnyOrderElementsOf(keys(BASE));
    }

    @Test
    void editingThePromptChangesTheKey() {
        String edited = BASE.replace("capital of France", "capital city of France");
        assertThat(keys(edited).get(0)).isNotEqualTo(keys(BASE).get(0));
    }

    @Test
    void explicitIdSurvivesPromptEdits() {
        String withId = BASE.replace("front: What", "id: capital\n    front: What");
        assertThat(keys(withId).get(0)).isEqualTo("d/capital");
        assertThat(keys(withId.replace("capital of", "chief city of")).get(0)).isEqualTo("d/capital");
    }

    @Test
    void siblingsGetSuffixes() {
        String yaml = """
                deck: d
                cards:
                  - {type: basic, id: b, front: F, back: B, reverse: true}
                  - {type: cloze, id: c, text: "{{one}} and {{two}} and {{three}}"}
                """;
        assertThat(keys(yaml)).containsExactly("d/b", "d/b-r", "d/c-c1", "d/c-c2", "d/c-c3");
    }

    @Test
    void derivedIdsHaveTheTypeAndAShortHash() {
        assertThat(keys(BASE).get(0)).matches("d/basic-[0-9a-f]{10}");
        assertThat(keys(BASE).get(1)).matches("d/cloze-[0-9a-f]{10}-c1");
    }

    @Test
    void theSamePromptUnderTwoTypesIsTwoCards() {
        assertThat(CardIds.derive(CardType.BASIC, "x")).isNotEqualTo(CardIds.derive(CardType.TYPED, "x"));
    }
}
