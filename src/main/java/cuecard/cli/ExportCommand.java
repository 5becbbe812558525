package cuecard.cli;

import cuecard.deck.Deck;
import cuecard.deckfile.AnkiText;
import cuecard.deckfile.CardTable;
import cuecard.deckfile.DeckJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard export DECK.yaml --format anki|csv|json -o FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a deck for Anki (plain-text import with card keys as guids, so a later export updates the "
            + "same notes), as CSV with named columns, or as cuecard's complete JSON.",
        footer = {"", "Exit codes: 0 written, 2 bad flags, 3 the deck is missing or has errors, FILE exists (use --force "
            + "to replace it), is inside the data dir or cannot be written, or standard output failed."})
public final class ExportCommand implements Callable<Integer> {

    enum Format { ANKI, CSV, TSV, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", description = "The deck file, or the id of a deck in the deck folders.")
    Path deckFile;

    @Option(names = "--format", required = true, description = "anki, csv, tsv or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write; `-` or none for standard output.")
    Path output;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    private final Environment env;

    ExportCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        boolean stdout = output == null || output.toString().equals("-");
        if (!stdout) {
            OutputFile.check(output, dataDir.resolve(env), force);
        }
        Path deckFile = DeckSelection.file(env, dataDir.resolve(env), UserConfig.load(env), this.deckFile);
        Deck deck = DeckInput.deck(deckFile);
        String text = switch (format) {
            case ANKI -> AnkiText.write(deck);
            case CSV -> CardTable.write(deck, ',');
            case TSV -> CardTable.write(deck, '\t');
            case JSON -> DeckJson.pretty(DeckJson.deck(deck));
        };
        if (stdout) {
            java.io.PrintWriter raw = Shown.raw(spec.commandLine().getOut());
            raw.print(text);
            raw.flush();
            return ExitCode.OK;
        }
        OutputFile.write(output, text, force);
        spec.commandLine().getOut().println("Wrote " + cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_NOTES, deck.notes().size()) + " of `" + deck.id() + "` to " + output + ".");
        return ExitCode.OK;
    }
}
