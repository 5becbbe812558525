package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study command's checks before it takes over the terminal (tests run without one). */
class StudyCommandTest {

    @TempDir
    Path home;

    private CliRun.Result run(String... args) {
        return CliRun.withHome(home).bundledDecks(Path.of("decks")).run(args);
    }

    @Test
    void aBadLanguageIsAUsageError() {
        CliRun.Result r = run("study", "--lang", "fr", "decks");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--lang must be en or zh");
    }

    @Test
    void theScreensLanguageFollowsPosixLocaleOrder() {
        java.util.Map<String, String> vars = new java.util.HashMap<>();
        Environment env = new Environment(vars, home, null);
        assertThat(StudyCommand.localeOf(env)).isNull();
        vars.put("LANG", "en_US.UTF-8");
        assertThat(StudyCommand.localeOf(env)).isEqualTo("en_US.UTF-8");
        vars.put("LC_MESSAGES", "zh_CN.UTF-8");
        assertThat(StudyCommand.localeOf(env)).isEqualTo("zh_CN.UTF-8");
        vars.put("LC_ALL", "C");
        assertThat(StudyCommand.localeOf(env)).isEqualTo("C");
    }

    @Test
    void aBadModeIsAUsageError() {
        CliRun.Result r = run("study", "--mode", "party");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--mode");
    }

    @Test
    void examOptionsNeedExamMode() {
        assertThat(run("study", "--count", "5", "decks").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("study", "--mode", "review", "--tag", "x", "decks").err()).contains("cram or exam");
    }

    /** Issue 18, item 19: a selection that matches nothing says so (exit 1) instead of an empty session. */
    @Test
    void aCramSelectionThatMatchesNothingSaysSo() {
        CliRun.Result none = run("study", "--mode", "cram", "--tag", "nonexistent", "--data-dir",
                home.resolve("data").toString(), "decks/spaced-repetition.yaml");
        assertThat(none.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(none.err()).contains("no cards match --tag nonexistent in spaced-repetition; nothing to cram");
        CliRun.Result leeches = run("study", "--mode", "exam", "--leeches", "--data-dir", home.resolve("data").toString(),
                "spaced-repetition");
        assertThat(leeches.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(leeches.err()).contains("no cards match --leeches");
        CliRun.Result some = run("study", "--mode", "cram", "--tag", "history", "--data-dir",
                home.resolve("data").toString(), "decks/spaced-repetition.yaml");
        assertThat(some.err()).as("cards match: on to the terminal").contains("needs a terminal");
    }

    @Test
    void aMissingDeckIsBadInput() {
        CliRun.Result r = run("study", "no-such-deck.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no-such-deck.yaml: no such file");
    }

    @Test
    void withoutATerminalItSaysSoInsteadOfDrawing() {
        CliRun.Result r = run("study", "--mode", "exam", "--count", "3", "decks/spaced-repetition.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("needs a terminal");
    }

    @Test
    void aLockedStoreIsExitFive() {
        Path data = home.resolve("data");
        try (cuecard.store.Store held = cuecard.store.Store.open(data, java.time.Clock.systemUTC())) {
            CliRun.Result r = run("study", "decks/spaced-repetition.yaml", "--data-dir", data.toString());
            assertThat(r.exitCode()).isEqualTo(ExitCode.LOCKED);
            assertThat(r.err()).contains("in use by another cuecard process");
        }
    }

    @Test
    void theConfigsDeckFoldersAreStudiedWhenNoDeckIsNamed() throws Exception {
        Path data = home.resolve("data");
        CliRun.Result none = CliRun.withHome(home).run("study", "--data-dir", data.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).contains("no decks to study");
        Path mine = java.nio.file.Files.createDirectories(home.resolve("my-decks"));
        java.nio.file.Files.copy(Path.of("src/test/resources/decks/zh-sample.yaml"), mine.resolve("zh.yaml"));
        Path config = java.nio.file.Files.createDirectories(home.resolve(".config/cuecard"));
        java.nio.file.Files.writeString(config.resolve("config.yaml"), "deck-folders: [" + mine + "]\n");
        CliRun.Result found = CliRun.withHome(home).run("study", "--data-dir", data.toString());
        assertThat(found.err()).contains("needs a terminal");
    }

    @Test
    void bareCuecardStillListsDecksInAPipe() {
        CliRun.Result r = run();
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("spaced-repetition");
    }
}
