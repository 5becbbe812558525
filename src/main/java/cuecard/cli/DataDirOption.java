package cuecard.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data-dir} option every subcommand accepts (a picocli mixin). The root command has it too, so
 * {@code cuecard --data-dir DIR VERB} and {@code cuecard VERB --data-dir DIR} mean the same; two different
 * directories on one command line are a usage error.
 */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = DESCRIPTION)
    Path dataDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    public Path resolve(Environment env) {
        return env.dataDir(given(mixee == null ? null : mixee.parent(), dataDir));
    }

    /** The same option for a command whose spec is built by hand (see {@link CliFactory#BY_HAND}). */
    static OptionSpec option() {
        return OptionSpec.builder("--data-dir").paramLabel("DIR").type(Path.class)
                .description(DESCRIPTION).build();
    }

    /** The data dir given to a command whose spec is built by hand, as {@link #resolve} gives it. */
    static Path resolve(Environment env, CommandSpec spec) {
        OptionSpec own = spec.findOption("--data-dir");
        return env.dataDir(given(spec.parent(), own == null ? null : own.getValue()));
    }

    /**
     * The directory given on the command line: {@code own} (the command's option) or the one given to a parent
     * command ({@code parent} and up: before the verb); null when none was given.
     */
    private static Path given(CommandSpec parent, Path own) {
        Path found = own;
        for (CommandSpec c = parent; c != null; c = c.parent()) {
            OptionSpec o = c.findOption("--data-dir");
            Path v = o == null ? null : o.getValue();
            if (v == null) {
                continue;
            }
            if (found != null && !found.equals(v)) {
                throw new UserError(ExitCode.USAGE, "--data-dir given twice (" + found + " and " + v
                        + "); give it once, before or after the command");
            }
            found = v;
        }
        return found;
    }

    static final String DESCRIPTION = "Where progress is kept (default: $CUECARD_HOME, $XDG_DATA_HOME/cuecard or "
            + "~/.local/share/cuecard).";
}
