package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code cuecard --data-dir DIR VERB ...} means the same as {@code cuecard VERB ... --data-dir DIR} (issue 17). */
class DataDirBeforeVerbTest extends WordsStoreTest {


    private Path defaultStore() {
        return tmp.resolve(".local/share/cuecard");
    }

    private long lines(Path dir) throws Exception {
        Path reviews = dir.resolve("reviews");
        if (!Files.isDirectory(reviews)) {
            return 0;
        }
        long n = 0;
        try (var files = Files.list(reviews)) {
            for (Path p : files.toList()) {
                n += Files.readAllLines(p).size();
            }
        }
        return n;
    }

    @Test
    void gradeWritesToTheDataDirGivenBeforeTheVerb() throws Exception {
        var g = cli.run("--data-dir", data.toString(), "grade", "words/ni-hao", "good", deck.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(lines(data)).isEqualTo(1);
        assertThat(Files.exists(defaultStore())).isFalse();
    }

    @Test
    void nextStatsAndDoctorReadTheDataDirGivenBeforeTheVerb() throws Exception {
        cli.run("grade", "words/ni-hao", "easy", deck.toString(), "--data-dir", data.toString());
        var next = cli.run("--data-dir", data.toString(), "next", deck.toString(), "--all", "--json");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).doesNotContain("words/ni-hao");
        var doctor = cli.run("--data-dir", data.toString(), "doctor", deck.toString(), "--json");
        assertThat(doctor.out()).contains("\"reviews\" : 1");
        var stats = cli.run("--data-dir=" + data, "stats", deck.toString(), "--json");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(Files.exists(defaultStore())).isFalse();
    }

    @Test
    void syncMergesIntoTheDataDirGivenBeforeTheVerb() throws Exception {
        Path other = tmp.resolve("other");
        cli.run("grade", "words/ni-hao", "good", deck.toString(), "--data-dir", other.toString());
        var sync = cli.run("--data-dir", data.toString(), "sync", other.toString());
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(lines(data)).isEqualTo(1);
        assertThat(Files.exists(defaultStore())).isFalse();
    }

    @Test
    void twoDifferentDataDirsAreAUsageError() throws Exception {
        var g = cli.run("--data-dir", data.toString(), "grade", "words/ni-hao", "good", deck.toString(),
                "--data-dir", tmp.resolve("elsewhere").toString());
        assertThat(g.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(g.err()).contains("--data-dir").doesNotContain("Exception");
        assertThat(lines(data)).isZero();
        assertThat(lines(tmp.resolve("elsewhere"))).isZero();
    }

    /** Every verb with a --data-dir option resolves the one given before it (and its own when given after). */
    @Test
    void everyVerbTakingDataDirHonoursTheRootOption() {
        Environment env = new Environment(Map.of(), tmp, null, java.time.Clock.systemUTC());
        StringWriter sink = new StringWriter();
        CommandLine root = CliFactory.create(env, new PrintWriter(sink), new PrintWriter(sink));
        root.getCommandSpec().findOption("--data-dir").setValue(data);
        int checked = 0;
        for (CommandLine sub : all(root)) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--data-dir") == null || spec.parent() == null) {
                continue;
            }
            assertThat(DataDirOption.resolve(env, spec)).as(spec.qualifiedName()).isEqualTo(data);
            CommandLine.Model.CommandSpec mixin = spec.mixins().get("dataDir");
            if (mixin != null) {
                assertThat(((DataDirOption) mixin.userObject()).resolve(env)).as(spec.qualifiedName()).isEqualTo(data);
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    private static java.util.List<CommandLine> all(CommandLine cl) {
        java.util.List<CommandLine> out = new java.util.ArrayList<>();
        for (CommandLine sub : cl.getSubcommands().values()) {
            out.add(sub);
            out.addAll(all(sub));
        }
        return out;
    }
}
