package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's limits (issue 17, "nothing lost, nothing bricked"): a value too large, too many aliases and
 * nesting too deep are refused at their place in the file, and a large deck of plain cards is not mistaken for
 * an alias bomb.
 */
class DeckLoaderLimitsTest {

    @TempDir
    Path tmp;

    private static DeckError onlyError(DeckResult result) {
        assertThat(result).isInstanceOf(DeckResult.Failed.class);
        List<DeckError> errors = result.problems().stream().filter(DeckError::isError).toList();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void aValueOverTheLimitIsRefusedAtItsPlace() throws IOException {
        Path deck = tmp.resolve("long.yaml");
        String huge = "x".repeat(7 * 1024 * 1024);
        Files.writeString(deck, "deck: long\ncards:\n  - type: basic\n    front: " + huge + "\n    back: b\n");
        DeckError e = onlyError(DeckLoader.load(deck));
        assertThat(e.location().file()).endsWith("long.yaml");
        assertThat(e.location().line()).isEqualTo(4);
        assertThat(e.location().column()).isEqualTo(12);
        assertThat(e.message()).contains("7168 KiB").contains("at most 64 KiB");
    }

    @Test
    void theLimitCountsUtf8BytesOfTheValueWhateverItsStyle() {
        String cjk = "中".repeat(22_000); // 66,000 bytes of UTF-8 in 22,000 characters
        String block = "deck: d\ncards:\n  - type: basic\n    front: q\n    back: |\n      " + cjk + "\n";
        DeckError e = onlyError(DeckLoader.parse(block, "block.yaml"));
        assertThat(e.location().line()).isEqualTo(5);
        assertThat(e.location().column()).isEqualTo(11);
        assertThat(e.message()).contains("at most 64 KiB");
        String quoted = "deck: d\ncards:\n  - type: basic\n    front: \"" + "a b ".repeat(17_000) + "\"\n    back: b\n";
        assertThat(onlyError(DeckLoader.parse(quoted, "quoted.yaml")).location().line()).isEqualTo(4);
    }

    @Test
    void aValueJustUnderTheLimitLoads() {
        String text = "deck: d\ncards:\n  - type: basic\n    front: " + "y".repeat(64 * 1024) + "\n    back: b\n";
        assertThat(DeckLoader.parse(text, "ok.yaml")).isInstanceOf(DeckResult.Ok.class);
    }

    @Test
    void tooManyAliasesAreRefusedAtTheAliasPastTheLimit() {
        StringBuilder b = new StringBuilder("deck: d\nlist: &a [x, y]\ncards: []\nmore:\n");
        for (int i = 0; i < DeckLoader.MAX_ALIASES + 5; i++) {
            b.append("  - *a\n");
        }
        DeckError e = onlyError(DeckLoader.parse(b.toString(), "aliases.yaml"));
        assertThat(e.message()).contains("more than " + DeckLoader.MAX_ALIASES + " aliases");
        assertThat(e.location().line()).isEqualTo(5 + DeckLoader.MAX_ALIASES); // the 51st alias
        assertThat(e.location().column()).isEqualTo(5);
    }

    @Test
    void theAliasBombOfTheCorpusHasAPlace() {
        DeckError e = onlyError(DeckLoader.load(Path.of("src/test/resources/bad-decks/alias-bomb.yaml")));
        assertThat(e.message()).contains("aliases");
        assertThat(e.location().line()).isGreaterThan(0);
        assertThat(e.location().column()).isGreaterThan(0);
    }

    @Test
    void nestingTooDeepIsRefusedWhereItGoesTooDeep() {
        String text = "deck: d\ncards: []\ndeep: " + "[".repeat(60) + "]".repeat(60) + "\n";
        DeckError e = onlyError(DeckLoader.parse(text, "deep.yaml"));
        assertThat(e.message()).contains("nested more than " + DeckLoader.MAX_DEPTH + " levels");
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.location().column()).isEqualTo(7 + DeckLoader.MAX_DEPTH);
    }

    @Test
    void aLargeDeckOfPlainCardsLoads() throws IOException {
        Path deck = tmp.resolve("large.yaml");
        StringBuilder b = new StringBuilder("deck: large\ncards:\n");
        for (int i = 0; i < 162_000; i++) {
            b.append("- {type: basic, front: q").append(i).append(", back: a}\n");
        }
        Files.writeString(deck, b, StandardCharsets.UTF_8);
        assertThat(Files.size(deck)).isLessThan(DeckLoader.MAX_BYTES);
        DeckResult result = DeckLoader.load(deck);
        assertThat(result.problems()).filteredOn(DeckError::isError).isEmpty();
        assertThat(((DeckResult.Ok) result).deck().cards()).hasSize(162_000);
    }

    @Test
    void aliasesThatExpandTooFarAreStillRefusedAtAPlace() {
        // under 50 aliases of lists, but each repeats the one before nine times: 9^5 values
        StringBuilder b = new StringBuilder("deck: d\ncards: []\na: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'f'; c++) {
            b.append(c).append(": &").append(c).append(" [").append(("*" + previous + ", ").repeat(8))
                    .append('*').append(previous).append("]\n");
            previous = String.valueOf(c);
        }
        DeckError e = onlyError(DeckLoader.parse(b.toString(), "expand.yaml"));
        assertThat(e.message()).contains("aliases");
        assertThat(e.location().line()).isGreaterThan(0);
    }
}
