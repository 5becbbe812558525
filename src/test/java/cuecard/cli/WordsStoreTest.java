package cuecard.cli;

/** The store's CLI tests on the small words deck, at a fixed instant (2026-01-05 09:00 UTC). */
abstract class WordsStoreTest extends DeckInTempDirTest {

    @Override
    String deckFile() {
        return "words.yaml";
    }

    @Override
    String deckText() {
        return StoreCommandsTest.WORDS;
    }

    @Override
    CliRun commandLine() {
        return CliRun.withHome(tmp).at("2026-01-05T09:00:00Z", "UTC");
    }
}
