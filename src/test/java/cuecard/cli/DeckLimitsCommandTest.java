package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deck with a value over the loader's limit is refused at the value's place, by lint and by the study verbs. */
class DeckLimitsCommandTest {

    @TempDir
    Path tmp;

    private Path deckWithALongValue() throws Exception {
        Path deck = tmp.resolve("long.yaml");
        Files.writeString(deck, "deck: long\ncards:\n  - type: basic\n    front: q\n    back: " + "x".repeat(100 * 1024)
                + "\n");
        return deck;
    }

    @Test
    void lintShowsWhereTheValueIsTooLong() throws Exception {
        Path deck = deckWithALongValue();
        CliRun.Result r = CliRun.withHome(tmp).run("lint", deck.toString(), "--data-dir", tmp.resolve("d").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains(deck + ":5:11: error: this value is 100 KiB; one value may be at most 64 KiB");
    }

    @Test
    void studyingSuchADeckIsABadInput() throws Exception {
        Path deck = deckWithALongValue();
        CliRun.Result r = CliRun.withHome(tmp).run("next", deck.toString(), "--data-dir", tmp.resolve("d").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(deck + ":5:11:").contains("at most 64 KiB");
    }
}
