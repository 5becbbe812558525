package cuecard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cuecard} with no subcommand: study the bundled and the user's decks. */
@Command(name = "cuecard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Terminal flashcards with FSRS-6 scheduling.",
        subcommands = {
            // one class per verb; keep this list sorted by verb
            picocli.AutoComplete.GenerateCompletion.class,
            picocli.CommandLine.HelpCommand.class,
            LintCommand.class,
        },
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
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
