package cuecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI tests around a store share: a temporary home with a data dir and one deck file written in it, and a
 * command line that runs with {@code --data-dir DATA}.
 */
abstract class DeckInTempDirTest {

    @TempDir
    Path tmp;
    Path data;
    Path deck;
    CliRun cli;

    /** The deck file's name in the temporary folder: a one-card geography deck unless a test says otherwise. */
    String deckFile() {
        return "geo.yaml";
    }

    /** The deck file's text. */
    String deckText() {
        return "deck: geo\ntitle: Geo\ncards:\n  - type: basic\n    id: fr\n    front: Capital of France?\n    back: Paris\n";
    }

    /** The command line the test runs (a fixed clock, environment variables). */
    CliRun commandLine() {
        return CliRun.withHome(tmp);
    }

    @BeforeEach
    void writeDeck() throws Exception {
        data = tmp.resolve("data");
        deck = tmp.resolve(deckFile());
        Files.writeString(deck, deckText());
        cli = commandLine();
    }

    /** Runs {@code args} with {@code --data-dir DATA}. */
    CliRun.Result run(String... args) {
        return cli.runIn(data, args);
    }
}
