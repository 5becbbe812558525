package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeckYamlTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "21", "true", "no", "a: b", "x #y", "{{cloze}}", "- dash", "quote \" inside", "back\\slash",
        "line\nbreak", " lead", "trail ", "2025-03-18", "中文：冒号", "「引号」", "@at", "%pct", "*star", "tab\there", "", "~", "null",
        "0x1F", "1e5", "[x]"})
    void scalarsReadBackAsTheSameString(String s) {
        String yaml = "deck: d\ntitle: " + DeckYaml.scalar(s.isEmpty() ? "x" : s) + "\ncards: []\n";
        DeckResult r = DeckLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml");
        assertThat(r).isInstanceOf(DeckResult.Ok.class);
        assertThat(((DeckResult.Ok) r).deck().title()).isEqualTo(s.isEmpty() ? "x" : s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"decks/spaced-repetition.yaml"})
    void aHandWrittenDeckSurvivesWritingAndReading(String file) {
        Deck original = ((DeckResult.Ok) DeckLoader.load(Path.of(file))).deck();
        String yaml = DeckYaml.write(original);
        assertThat(yaml).startsWith("# yaml-language-server: $schema=../docs/deck.schema.json\n");
        Deck again = ((DeckResult.Ok) DeckLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "again.yaml")).deck();
        assertThat(again.notes()).hasSameSizeAs(original.notes());
        for (int i = 0; i < original.notes().size(); i++) {
            var a = original.notes().get(i);
            var b = again.notes().get(i);
            assertThat(b.type()).isEqualTo(a.type());
            assertThat(b.identityText()).isEqualTo(a.identityText());
            assertThat(b.info().id()).isEqualTo(a.info().id());
            assertThat(b.info().source()).isEqualTo(a.info().source());
            assertThat(b.info().explanation()).isEqualTo(a.info().explanation());
            assertThat(b.info().tags()).isEqualTo(a.info().tags());
        }
        assertThat(again.sources()).isEqualTo(original.sources());
        assertThat(DeckYaml.write(again)).isEqualTo(yaml);
    }
}
