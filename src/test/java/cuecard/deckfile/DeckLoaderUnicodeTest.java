package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.DeckResult;
import org.junit.jupiter.api.Test;

/**
 * Characters outside the Basic Multilingual Plane (emoji, rare CJK) take two Java chars; SnakeYAML 2.3 crashed
 * when such a pair straddled its 1024-char read buffer. Every position around the boundary must load.
 */
class DeckLoaderUnicodeTest {

    @Test
    void surrogatePairsAtEveryPositionAroundTheReadBufferLoad() {
        for (int pad = 900; pad < 1100; pad++) {
            String text = "deck: d\ntitle: T\nlanguage: en\ncards:\n  - type: basic\n    front: \""
                    + "x".repeat(pad) + "😀𠀋😀\"\n    back: b\n";
            DeckResult r = DeckLoader.parse(text, "emoji.yaml");
            assertThat(r).as("padding " + pad).isInstanceOf(DeckResult.Ok.class);
        }
    }
}
