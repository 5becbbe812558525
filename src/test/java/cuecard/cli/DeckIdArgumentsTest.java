package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 17: wherever a deck file is accepted, the id of a deck in the deck folders works too: the
 * authoring commands (lint, add, fmt, edit, export) find the file the way study, next and stats do.
 */
class DeckIdArgumentsTest {

    @TempDir
    Path tmp;
    Path data;
    Path deckFile;
    CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        data = tmp.resolve("data");
        Path own = Files.createDirectories(data.resolve("decks"));
        deckFile = own.resolve("peru.yaml");
        Files.writeString(deckFile, ConfigDeckFoldersTest.SHELF_DECK
                + "  - type: basic\n    front: Highest peak of Peru?\n    back: Huascarán\n");
        cli = CliRun.withHome(tmp.resolve("home"));
    }

    private CliRun.Result run(String... args) {
        return cli.runIn(data, args);
    }

    @Test
    void lintTakesADeckId() {
        var r = run("lint", "shelf-only");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(deckFile.toString()).contains("1 file, 1 deck, 3 cards: 0 errors, 0 warnings");
    }

    @Test
    void exportTakesADeckId() {
        var r = run("export", "shelf-only", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Capital of Peru?").contains("Lima");
    }

    @Test
    void addAndFmtWriteIntoTheFileOfTheDeckId() throws Exception {
        var add = run("add", "shelf-only", "--type", "basic", "--front", "Capital of Chile?", "--back", "Santiago");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(Files.readString(deckFile)).contains("Capital of Chile?");
        var fmt = run("fmt", "--assign-ids", "shelf-only");
        assertThat(fmt.exitCode()).as(fmt.err()).isZero();
        assertThat(fmt.out()).contains(deckFile + ": wrote 1 id");
        assertThat(Files.readString(deckFile)).contains("id: basic-");
    }

    @Test
    void editTakesADeckId() {
        var r = cli.env("VISUAL", "true").runIn(data, "edit", "shelf-only");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("No changes; " + deckFile);
    }

    @Test
    void anUnknownIdNamesTheKnownOnesAndAMissingFileStaysAMissingFile() {
        for (String verb : new String[] {"lint", "export", "add", "fmt", "edit"}) {
            var r = verb.equals("export") ? run(verb, "nowhere", "--format", "csv")
                    : verb.equals("add") ? run(verb, "nowhere", "--type", "basic", "--front", "a", "--back", "b")
                    : verb.equals("fmt") ? run(verb, "--assign-ids", "nowhere") : run(verb, "nowhere");
            assertThat(r.exitCode()).as(verb + ": " + r.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err()).as(verb).contains("no deck file or deck id `nowhere`").contains("known decks: shelf-only");
        }
        var missing = run("export", tmp.resolve("gone.yaml").toString(), "--format", "csv");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("gone.yaml: no such file");
    }
}
