package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {

    @TempDir
    Path tmp;

    @Test
    void versionPrintsNameAndNumber() {
        var r = CliRun.withHome(tmp).run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("cuecard ");
    }

    @Test
    void unknownFlagIsAUsageErrorWithoutStackTrace() {
        var r = CliRun.withHome(tmp).run("--no-such-flag");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unknown option").doesNotContain("at picocli");
    }

    @Test
    void dataDirFollowsOptionThenEnvironmentThenXdgThenHome() {
        Path home = Path.of("/h");
        assertThat(new Environment(Map.of(), home, null).dataDir(Path.of("/opt"))).isEqualTo(Path.of("/opt"));
        assertThat(new Environment(Map.of("CUECARD_HOME", "/c", "XDG_DATA_HOME", "/x"), home, null).dataDir(null))
                .isEqualTo(Path.of("/c"));
        assertThat(new Environment(Map.of("XDG_DATA_HOME", "/x"), home, null).dataDir(null))
                .isEqualTo(Path.of("/x/cuecard"));
        assertThat(new Environment(Map.of(), home, null).dataDir(null)).isEqualTo(Path.of("/h/.local/share/cuecard"));
    }

    /** Issue 18, item 16: bare {@code cuecard} takes {@code --lang}, as the README says, with real plural forms. */
    @Test
    void theBareCommandTakesLangAndCountsInRealPlurals() throws Exception {
        java.nio.file.Path decks = java.nio.file.Files.createDirectories(tmp.resolve("data/decks"));
        java.nio.file.Files.writeString(decks.resolve("one.yaml"),
                "deck: one\ntitle: One\ncards:\n  - type: basic\n    front: A\n    back: B\n");
        java.nio.file.Files.writeString(decks.resolve("two.yaml"), "deck: two\ntitle: Two\ncards:\n"
                + "  - type: basic\n    front: A\n    back: B\n  - type: basic\n    front: C\n    back: D\n");
        CliRun cli = CliRun.withHome(tmp.resolve("home"));
        var en = cli.runIn(tmp.resolve("data"), "--lang", "en");
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).containsPattern("one +1 card +One").containsPattern("two +2 cards +Two");
        var zh = cli.runIn(tmp.resolve("data"), "--lang", "zh");
        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("卡组（用 `cuecard study` 学习）").contains("1 张卡片").contains("2 张卡片");
        var both = cli.runOnWholeLine("--lang", "zh", "--data-dir", tmp.resolve("data").toString());
        assertThat(both.out()).isEqualTo(zh.out());
        var bad = cli.runIn(tmp.resolve("data"), "--lang", "fr");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--lang must be en or zh, not `fr`");
        var study = cli.runIn(tmp.resolve("data"), "--lang", "fr", "study", "one");
        assertThat(study.exitCode()).as("the root's --lang reaches the verb").isEqualTo(ExitCode.USAGE);
    }
}
