package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files the user names for cuecard to write: never one that exists without --force, never in the data dir. */
class OutputFileTest extends DeckInTempDirTest {

    Path log;

    @BeforeEach
    void setUp() throws Exception {
        CliRun.Result g = run("grade", "geo/fr", "good", deck.toString(), "--at", "2026-01-05T09:00:00Z");
        assertThat(g.exitCode()).as(g.err()).isZero();
        try (var files = Files.list(data.resolve("reviews"))) {
            log = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
    }


    private void refused(CliRun.Result r, String... mentions) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("internal error").contains(mentions);
    }

    @Test
    void statsHtmlRefusesAnExistingFileUnlessForced() throws Exception {
        Path page = tmp.resolve("mine.html");
        Files.writeString(page, "my notes");
        refused(run("stats", deck.toString(), "--html", page.toString()), page.toString(), "--force");
        assertThat(Files.readString(page)).isEqualTo("my notes");
        CliRun.Result forced = run("stats", deck.toString(), "--html", page.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void statsHtmlNeverWritesIntoTheDataDirEvenWithForce() throws Exception {
        String before = Files.readString(log);
        refused(run("stats", deck.toString(), "--html", log.toString(), "--force"), log.toString(), "data dir");
        refused(run("stats", deck.toString(), "--html", data.resolve("stats.html").toString()), "data dir");
        assertThat(Files.readString(log)).isEqualTo(before);
        assertThat(data.resolve("stats.html")).doesNotExist();
    }

    @Test
    void aSymlinkOrADotDotPathIntoTheDataDirIsRefusedToo() throws Exception {
        String before = Files.readString(log);
        Path link = tmp.resolve("page.html");
        Files.createSymbolicLink(link, log);
        refused(run("stats", deck.toString(), "--html", link.toString(), "--force"), "data dir");
        Path linkedDir = tmp.resolve("elsewhere");
        Files.createSymbolicLink(linkedDir, data.resolve("reviews"));
        refused(run("stats", deck.toString(), "--html", linkedDir.resolve("x.html").toString()), "data dir");
        Path dotted = tmp.resolve("sub/../data/reviews/y.html");
        Files.createDirectories(tmp.resolve("sub"));
        refused(run("stats", deck.toString(), "--html", dotted.toString()), "data dir");
        assertThat(Files.readString(log)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void everyCommandThatWritesAFileRefusesTheDataDir() throws Exception {
        Path csv = tmp.resolve("in.csv");
        Files.writeString(csv, "Capital of Spain?,Madrid\n");
        Path text = tmp.resolve("talk.txt");
        Files.writeString(text, "Q: When did you start?\nA: In 2019 we founded Acme with 12 people.\n");
        refused(run("export", deck.toString(), "--format", "csv", "-o", data.resolve("x.csv").toString(), "--force"),
                "data dir");
        refused(run("import", csv.toString(), "-o", data.resolve("x.yaml").toString()), "data dir");
        refused(run("new", "x", "-o", data.resolve("x.yaml").toString()), "data dir");
        refused(run("generate", text.toString(), "-o", data.resolve("reviews/g.yaml").toString()), "data dir");
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("x.csv", "x.yaml");
        }
        assertThat(data.resolve("reviews/g.yaml")).doesNotExist();
    }

    @Test
    void generateRefusesToReplaceADeckWithoutForce() throws Exception {
        Path text = tmp.resolve("talk.txt");
        Files.writeString(text, "Q: When did you start?\nA: In 2019 we founded Acme with 12 people.\n");
        Path deckOut = tmp.resolve("edited.yaml");
        Files.writeString(deckOut, "my hand edits");
        refused(run("generate", text.toString(), "-o", deckOut.toString()), deckOut.toString(), "--force");
        assertThat(Files.readString(deckOut)).isEqualTo("my hand edits");
        CliRun.Result forced = run("generate", text.toString(), "-o", deckOut.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(deckOut)).contains("deck:");
    }

    @Test
    void yourOwnDeckFolderInTheDataDirIsFine() throws Exception {
        Files.createDirectories(data.resolve("decks"));
        CliRun.Result r = run("new", "x", "-o", data.resolve("decks/x.yaml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(data.resolve("decks/x.yaml")).exists();
    }

    @Test
    void importAndNewTakeForceToReplace() throws Exception {
        Path out = tmp.resolve("x.yaml");
        Files.writeString(out, "keep me");
        refused(run("new", "x", "-o", out.toString()), "--force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(run("new", "x", "-o", out.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(out)).contains("deck: x");
    }

    @Test
    void aMissingFolderOrAFullDeviceIsExitThreeWithThePath() {
        Path missing = tmp.resolve("no/such/dir/s.html");
        refused(run("stats", deck.toString(), "--html", missing.toString()), missing.toString());
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        refused(run("stats", deck.toString(), "--html", "/dev/full", "--force"), "/dev/full");
        refused(run("stats", deck.toString(), "--html", "/dev/full"), "/dev/full");
    }

    @Test
    void aDeviceSuchAsDevNullCanBeWrittenWithoutForce() {
        assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        CliRun.Result r = run("stats", deck.toString(), "--html", "/dev/null");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    /** Standard output that fails as a full disk does. */
    private CliRun.Result onFullStdout(String... args) {
        return onFailingStdout("No space left on device", args);
    }

    private CliRun.Result onFailingStdout(String reason, String... args) {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
        PrintWriter out = new RecordingWriter(full);
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        Environment env = new Environment(Map.of(), tmp, null, java.time.Clock.systemUTC());
        int code = CliFactory.create(env, out, new PrintWriter(err, true), all).execute(all);
        return new CliRun.Result(code, "", err.toString());
    }

    @Test
    void exportAndNextJsonToAFullStdoutFail() {
        CliRun.Result e = onFullStdout("export", deck.toString(), "--format", "csv");
        refused(e, "standard output");
        CliRun.Result n = onFullStdout("next", deck.toString(), "--json", "--all");
        refused(n, "standard output");
        CliRun.Result l = onFullStdout("lint", deck.toString());
        refused(l, "standard output");
    }

    @Test
    void aPipeWhoseReaderWentAwayFailsQuietly() {
        CliRun.Result n = onFailingStdout("Broken pipe", "next", deck.toString(), "--all");
        assertThat(n.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(n.err()).isEmpty();
    }
}
