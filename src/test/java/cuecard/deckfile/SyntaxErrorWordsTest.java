package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 19: YAML syntax errors in our words, at the place to fix: an unclosed quote where it opens (not at
 * the end of the file, where SnakeYAML notices it), a stray {@code : } or a tab where it is.
 */
class SyntaxErrorWordsTest {

    private static DeckError only(String text) {
        DeckResult r = DeckLoader.parse(text, "d.yaml");
        List<DeckError> errors = r.problems().stream().filter(DeckError::isError).toList();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        String text = "deck: q\ncards:\n  - type: basic\n    front: 'It is open\n    back: B\n"
                + "  - type: basic\n    front: C\n    back: D\n";
        DeckError e = only(text);
        assertThat(e.format()).startsWith("d.yaml:4:12: error: YAML syntax: the quote ' opened here is never closed")
                .doesNotContain("unexpected end of stream").contains("end the value with '");
        DeckError d = only("deck: q\ncards:\n  - type: basic\n    front: \"Unclosed\n    back: B\n");
        assertThat(d.location().line()).isEqualTo(4);
        assertThat(d.location().column()).isEqualTo(12);
        assertThat(d.message()).contains("quote \" opened here");
    }

    @Test
    void aColonInAPlainValueAndATabAreNamedInPlainWords() {
        DeckError colon = only("deck: q\ncards:\n  - type: basic\n    front: Time: 10 s\n    back: B\n");
        assertThat(colon.format()).startsWith("d.yaml:4:16: error: YAML syntax: a `: ` inside a value that is not in quotes")
                .doesNotContain("mapping values");
        DeckError tab = only("deck: q\ncards:\n\t- type: basic\n");
        assertThat(tab.format()).startsWith("d.yaml:3:1: error: YAML syntax: a tab character").doesNotContain("(TAB)");
        DeckError key = only("deck: q\ntitle\ncards: []\n");
        assertThat(key.format()).startsWith("d.yaml:2:1: error: YAML syntax: this line is neither `key: value`");
    }
}
