package cuecard.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every subcommand accepts (a picocli mixin). */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = DESCRIPTION)
    Path dataDir;

    public Path resolve(Environment env) {
        return env.dataDir(dataDir);
    }

    /** The same option for a command whose spec is built by hand (see {@link CliFactory#byHand}). */
    static picocli.CommandLine.Model.OptionSpec option() {
        return picocli.CommandLine.Model.OptionSpec.builder("--data-dir").paramLabel("DIR").type(Path.class)
                .description(DESCRIPTION).build();
    }

    /** The data dir given to a command whose spec is built by hand, as {@link #resolve} gives it. */
    static Path resolve(Environment env, picocli.CommandLine.Model.CommandSpec spec) {
        return env.dataDir(spec.findOption("--data-dir").getValue());
    }

    static final String DESCRIPTION = "Where progress is kept (default: $CUECARD_HOME, $XDG_DATA_HOME/cuecard or "
            + "~/.local/share/cuecard).";
}
