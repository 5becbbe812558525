package cuecard.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every subcommand accepts (a picocli mixin). */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where progress is kept (default: $CUECARD_HOME, $XDG_DATA_HOME/cuecard or ~/.local/share/cuecard).")
    Path dataDir;

    public Path resolve(Environment env) {
        return env.dataDir(dataDir);
    }
}
