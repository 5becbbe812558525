package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {

    @TempDir
    Path tmp;

    @Test
    void versionPrintsNameAndNumber() {
        var r = CliRun.withHome(tmp).run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("cuecard ");
    }

    @Test
    void unknownFlagIsAUsageErrorWithoutStackTrace() {
        var r = CliRun.withHome(tmp).run("--no-such-flag");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unknown option").doesNotContain("at picocli");
    }

    @Test
    void dataDirFollowsOptionThenEnvironmentThenXdgThenHome() {
        Path home = Path.of("/h");
        assertThat(new Environment(Map.of(), home, null).dataDir(Path.of("/opt"))).isEqualTo(Path.of("/opt"));
        assertThat(new Environment(Map.of("CUECARD_HOME", "/c", "XDG_DATA_HOME", "/x"), home, null).dataDir(null))
                .isEqualTo(Path.of("/c"));
        assertThat(new Environment(Map.of("XDG_DATA_HOME", "/x"), home, null).dataDir(null))
                .isEqualTo(Path.of("/x/cuecard"));
        assertThat(new Environment(Map.of(), home, null).dataDir(null)).isEqualTo(Path.of("/h/.local/share/cuecard"));
    }
}
