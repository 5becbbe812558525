package cuecard.bench;

import cuecard.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The authoring commands in-process on one 2,000-note synthetic deck (every card type, no ids): each call is a
 * whole command (read, load and check, edit or convert, check again, atomic write with fsync).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuthoringBench {

    Path dir;
    Path pristine;
    Path deck;
    Path anki;
    Path csv;
    Path json;
    Path out;
    CliRun cli;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("cuecard-bench-authoring");
        pristine = SyntheticDecks.write(dir.resolve("src"), 1, 2000, 42).get(0);
        deck = dir.resolve("deck.yaml");
        anki = dir.resolve("deck.txt");
        csv = dir.resolve("deck.csv");
        json = dir.resolve("deck.json");
        out = dir.resolve("imported.yaml");
        cli = CliRun.withHome(dir);
        check(cli.run("export", pristine.toString(), "--format", "anki", "-o", anki.toString()));
        check(cli.run("export", pristine.toString(), "--format", "csv", "-o", csv.toString()));
        check(cli.run("export", pristine.toString(), "--format", "json", "-o", json.toString()));
    }

    /** Every invocation starts from the untouched deck and no import output. */
    @Setup(Level.Invocation)
    public void reset() throws IOException {
        Files.copy(pristine, deck, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(out);
    }

    private static int check(CliRun.Result r) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException(r.err());
        }
        return r.exitCode();
    }

    @Benchmark
    public int add() {
        return check(cli.run("add", deck.toString(), "--type", "basic", "--front", "A new question?", "--back", "An answer"));
    }

    @Benchmark
    public int fmtAssignIds() {
        return check(cli.run("fmt", "--assign-ids", deck.toString()));
    }

    @Benchmark
    public int exportAnki() {
        return check(cli.run("export", deck.toString(), "--format", "anki", "-o", anki.toString(), "--force"));
    }

    @Benchmark
    public int exportCsv() {
        return check(cli.run("export", deck.toString(), "--format", "csv", "-o", csv.toString(), "--force"));
    }

    @Benchmark
    public int exportJson() {
        return check(cli.run("export", deck.toString(), "--format", "json", "-o", json.toString(), "--force"));
    }

    @Benchmark
    public int importAnki() {
        return check(cli.run("import", anki.toString(), "-o", out.toString(), "--id", "synth-0"));
    }

    @Benchmark
    public int importCsv() {
        return check(cli.run("import", csv.toString(), "-o", out.toString(), "--id", "synth-0"));
    }

    @Benchmark
    public int importJson() {
        return check(cli.run("import", json.toString(), "-o", out.toString()));
    }
}
