package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** A data dir that cannot be written says so (exit 6, the path and the reason), and a torn write is no damage. */
class WriteFailureTest extends WordsStoreTest {



    private static void assertCannotWrite(CliRun.Result r, String why) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(r.err()).contains("cannot write").contains(why).doesNotContain("internal error")
                .doesNotContain("damaged").doesNotContain("Exception");
    }

    @Test
    void aFullDiskIsReportedAsSuchAndNothingIsClaimedSaved() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full (Linux)");
        Files.createDirectories(data.resolve("reviews"));
        Files.writeString(data.resolve("device"), "abcdef012345\n");
        Files.createSymbolicLink(data.resolve("reviews/abcdef012345.jsonl"), full); // every write: no space left
        var g = run("grade", "words/ni-hao", "good", deck.toString());
        assertCannotWrite(g, "No space left on device");
        assertThat(g.out()).doesNotContain("saved");
    }

    @Test
    void aDataDirThatCannotBeWrittenIsReportedWithItsPath() throws Exception {
        Files.createDirectories(data.resolve("reviews"));
        Files.createDirectories(data.resolve("lock")); // the lock file cannot be opened for writing
        var g = run("grade", "words/ni-hao", "good", deck.toString());
        assertCannotWrite(g, data.toString());
    }

    @Test
    void aReadOnlyDataDirIsReportedWithItsPath() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes to read-only folders");
        Files.createDirectories(data.resolve("reviews"));
        Files.setPosixFilePermissions(data.resolve("reviews"), PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var g = run("grade", "words/ni-hao", "good", deck.toString());
            assertCannotWrite(g, data.toString());
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(data.resolve("reviews"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aTornLastLineIsAnInterruptedWriteNotDamage() throws Exception {
        assertThat(run("grade", "words/ni-hao", "good", deck.toString()).exitCode()).isZero();
        Path log;
        try (var files = Files.list(data.resolve("reviews"))) {
            log = files.findFirst().orElseThrow();
        }
        String line = Files.readString(log);
        Files.write(log, line.substring(0, 100).getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        var doctor = run("doctor", deck.toString());
        assertThat(doctor.exitCode()).as(doctor.out()).isZero();
        assertThat(doctor.out()).contains(":2: note: ").contains("interrupted write");
        // the next write sets it aside for good
        assertThat(run("grade", "words/xie-xie", "good", deck.toString()).exitCode()).isZero();
        var after = run("doctor", deck.toString());
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).contains(":2: note: ");
    }
}
