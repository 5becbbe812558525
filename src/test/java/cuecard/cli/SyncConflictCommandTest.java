package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cuecard sync` reports an entry id that is here already with different bytes (exit 1), and copies nothing of it. */
class SyncConflictCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theSameIdWithDifferentBytesIsAConflict() throws Exception {
        Path data = tmp.resolve("data");
        Path deck = tmp.resolve("words.yaml");
        Files.writeString(deck, StoreCommandsTest.WORDS);
        CliRun cli = CliRun.withHome(tmp).at("2026-01-05T09:00:00Z", "UTC");
        assertThat(cli.run("grade", "words/ni-hao", "good", deck.toString(), "--data-dir", data.toString())
                .exitCode()).isZero();
        Path log;
        try (var files = Files.list(data.resolve("reviews"))) {
            log = files.findFirst().orElseThrow();
        }
        String line = Files.readString(log);
        String id = line.substring(line.indexOf("\"id\":\"") + 6, line.indexOf("\",\"kind\""));
        Path other = tmp.resolve("other/reviews");
        Files.createDirectories(other);
        Files.writeString(other.resolve(log.getFileName()), line.replace("\"ms\":0", "\"ms\":5"));
        var sync = cli.run("sync", tmp.resolve("other").toString(), "--data-dir", data.toString());
        assertThat(sync.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(sync.err()).contains(id).contains("different").contains(":1:");
        assertThat(sync.out()).contains("0 new entries added");
        assertThat(Files.readString(log)).isEqualTo(line);
    }
}
