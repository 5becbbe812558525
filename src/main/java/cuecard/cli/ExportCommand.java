package cuecard.cli;

import cuecard.deck.Deck;
import cuecard.deckfile.AnkiText;
import cuecard.deckfile.CardTable;
import cuecard.deckfile.DeckJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard export DECK.yaml... --format anki|apkg|csv|tsv|json -o FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a deck for Anki (plain-text import with card keys as guids, so a later export updates the "
            + "same notes), as an Anki package (.apkg, several decks, for Anki and AnkiDroid), as CSV with named "
            + "columns, or as cuecard's complete JSON.",
        footer = {"", "Exit codes: 0 written, 2 bad flags, 3 a deck is missing or has errors, FILE exists (use --force "
            + "to replace it), is inside the data dir or cannot be written, or standard output failed; 4, 5 the data "
            + "dir (--with-progress) is damaged or locked."})
public final class ExportCommand implements Callable<Integer> {

    enum Format { ANKI, APKG, CSV, TSV, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", arity = "1..*", description = "The deck file, or the id of a deck in the deck folders (several for --format apkg).")
    List<Path> deckFiles;

    @Option(names = "--format", required = true, description = "anki, apkg, csv, tsv or json.")
    Format format;

    @Option(names = "--with-progress", description = "apkg: add your reviews (as Anki's review log) and each card's "
            + "scheduling state from the data dir.")
    boolean withProgress;

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
        if (format == Format.APKG) {
            if (stdout) {
                throw new UserError(ExitCode.USAGE, "--format apkg writes a zip file: name it with -o FILE.apkg");
            }
            OutputFile.check(output, dataDir.resolve(env), force);
            List<Path> files = DeckSelection.files(env, dataDir.resolve(env), UserConfig.load(env), deckFiles);
            return ApkgExport.run(files, output, force, withProgress, dataDir.resolve(env), env,
                    spec.commandLine().getOut());
        }
        if (deckFiles.size() > 1) {
            throw new UserError(ExitCode.USAGE, "only --format apkg takes several decks; export one deck at a time");
        }
        if (withProgress) {
            throw new UserError(ExitCode.USAGE, "--with-progress is for --format apkg only");
        }
        if (!stdout) {
            OutputFile.check(output, dataDir.resolve(env), force);
        }
        Deck deck = DeckInput.deck(DeckSelection.file(env, dataDir.resolve(env), UserConfig.load(env), deckFiles.get(0)));
        String text = switch (format) {
            case ANKI, APKG -> AnkiText.write(deck);
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
