package cuecard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cuecard} with no subcommand: study the bundled and the user's decks. Its subcommands are listed in
 * {@link CliFactory#VERBS}, which adds them (all of them, or only the one a command line names).
 */
@Command(name = "cuecard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Terminal flashcards with FSRS-6 scheduling.",
        footer = {"", "Exit codes: 0 ok, 1 findings, 2 usage error, 3 bad input file, 4 damaged store, 5 store locked."})
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    private final Environment env;

    RootCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        if (System.console() != null) {
            return StudyCommand.open(env, dataDir.resolve(env), java.util.List.of(), null, spec.commandLine().getErr());
        }
        java.util.List<java.nio.file.Path> folders = DeckFolders.of(env, dataDir.resolve(env));
        cuecard.deckfile.Library library = cuecard.deckfile.Library.load(folders, env.deckCache());
        if (library.results().isEmpty()) {
            out.println("No decks found in " + folders + ". Create one with `cuecard new my-deck -o my-deck.yaml`.");
            return ExitCode.OK;
        }
        out.println("Decks (study them with `cuecard study`):");
        for (cuecard.deck.Deck d : library.decks()) {
            out.printf("  %-28s %4d cards  %s%n", d.id(), d.cards().size(), d.title());
        }
        for (cuecard.deck.DeckError e : library.problems()) {
            spec.commandLine().getErr().println(e.format());
        }
        return library.hasErrors() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
