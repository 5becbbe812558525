package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Mistakes in arguments and files are told in plain words, naming the value and what would do: no Java leaks. */
class PlainMessagesTest extends DeckInTempDirTest {

    private static void plain(CliRun.Result r, int code, String... mentions) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
        assertThat(r.err()).contains(mentions).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("No enum constant").doesNotContain("Input length").doesNotContain("internal error");
    }

    @Test
    void aRatingThatIsNotOneNamesTheChoices() {
        plain(run("grade", "geo/fr", "-1", deck.toString()), ExitCode.USAGE, "-1", "again", "hard", "good", "easy");
        plain(run("grade", "geo/fr", "5", deck.toString()), ExitCode.USAGE, "5", "again");
    }

    @Test
    void aBadInstantNamesTheValueAndTheForm() {
        plain(run("grade", "geo/fr", "good", "--at", "yesterday", deck.toString()), ExitCode.USAGE, "yesterday",
                "2026-01-05T09:00:00Z");
        plain(run("next", "--at", "2026-13-45", deck.toString()), ExitCode.USAGE, "2026-13-45", "2026-01-05T09:00:00Z");
    }

    @Test
    void aPathThatCannotBeAPathIsAUsageError() {
        plain(run("lint", "a\u0000b"), ExitCode.USAGE, "a");
    }

    @Test
    void fsrsReplayOfANonUtf8FileNamesTheFileAndLine() throws Exception {
        Path f = tmp.resolve("latin1.jsonl");
        byte[] good = "{\"id\": 1, \"reviews\": [{\"rating\": 3, \"at\": \"2026-01-05T09:00:00Z\"}]}\n".getBytes("UTF-8");
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xe9, '"', '}', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(f, all);
        plain(run("fsrs", "replay", f.toString()), ExitCode.BAD_INPUT, "latin1.jsonl:2", "UTF-8");
    }

    @Test
    void importOfANonUtf8FileNamesTheLine() throws Exception {
        Path f = tmp.resolve("latin1.csv");
        Files.write(f, new byte[] {'a', ',', 'b', '\n', 'c', (byte) 0xe9, ',', 'd', '\n'});
        plain(run("import", f.toString(), "-o", tmp.resolve("x.yaml").toString()), ExitCode.BAD_INPUT,
                "latin1.csv:2", "UTF-8");
    }

    @Test
    void optimizeHistoriesNotUtf8() throws Exception {
        Path f = tmp.resolve("h.jsonl");
        Files.write(f, new byte[] {'{', '"', (byte) 0xe9, '"', '}', '\n'});
        plain(run("optimize", "--histories", f.toString()), ExitCode.BAD_INPUT, "h.jsonl:1", "UTF-8");
    }
}
