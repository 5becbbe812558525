package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Absurd or future instants are refused where they enter, and no log line can make a command fail (issue 17). */
class StoreLimitsCommandTest extends WordsStoreTest {



    private long logLines() throws Exception {
        if (!Files.isDirectory(data.resolve("reviews"))) {
            return 0;
        }
        try (var files = Files.list(data.resolve("reviews"))) {
            long n = 0;
            for (Path p : files.toList()) {
                n += Files.readAllLines(p).size();
            }
            return n;
        }
    }

    @Test
    void gradeRefusesAnInstantFarAheadOrBeforeTheWindow() throws Exception {
        for (String at : new String[] {"+300000000-01-01T00:00:00Z", "2099-01-01T00:00:00Z", "2026-01-06T09:00:01Z",
            "1969-12-31T23:59:59Z"}) {
            var g = run("grade", "words/ni-hao", "good", "--at", at, deck.toString());
            assertThat(g.exitCode()).as(at + ": " + g.err()).isEqualTo(ExitCode.USAGE);
            assertThat(g.err()).contains("--at").doesNotContain("internal error").doesNotContain("Exception");
        }
        assertThat(logLines()).isZero();
        var ok = run("grade", "words/ni-hao", "good", "--at", "2026-01-06T08:59:00Z", deck.toString()); // within a day
        assertThat(ok.exitCode()).as(ok.err()).isZero();
    }

    @Test
    void aGradeThatExitsZeroAlwaysMovesTheCard() throws Exception {
        // a review from a device whose clock was far ahead, synced here
        Path other = tmp.resolve("other");
        var ahead = CliRun.withHome(tmp).at("2099-01-01T00:00:00Z", "UTC");
        assertThat(ahead.run("grade", "words/ni-hao", "good", deck.toString(), "--data-dir", other.toString())
                .exitCode()).isZero();
        assertThat(run("sync", other.toString()).exitCode()).isZero();
        var g = run("grade", "words/ni-hao", "good", deck.toString());
        if (g.exitCode() == 0) {
            var next = run("next", deck.toString(), "--all", "--json", "--at", "2026-01-05T09:00:00Z");
            assertThat(next.out()).doesNotContain("2099");
        } else {
            assertThat(g.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(g.err()).contains("2099").doesNotContain("Exception");
        }
        var doctor = run("doctor", deck.toString());
        assertThat(doctor.out()).contains("2099");
    }

    @Test
    void aSyncedLineWithAnAbsurdInstantBricksNothing() throws Exception {
        assertThat(run("grade", "words/xie-xie", "good", deck.toString()).exitCode()).isZero();
        Path other = tmp.resolve("other/reviews");
        Files.createDirectories(other);
        String line = "{\"v\":1,\"id\":\"0123456789ab-1\",\"kind\":\"review\",\"key\":\"words/ni-hao\","
                + "\"at\":\"+300000000-01-01T00:00:00Z\",\"offset\":\"Z\",\"rating\":\"good\",\"mode\":\"review\","
                + "\"answer\":\"self\",\"ms\":0,\"before\":{\"phase\":\"new\",\"step\":0,\"due\":\"2026-01-05T09:00:00Z\","
                + "\"reps\":0,\"lapses\":0,\"days\":0},\"after\":{\"phase\":\"review\",\"step\":0,\"s\":3.0,\"d\":5.0,"
                + "\"due\":\"+300000000-01-04T00:00:00Z\",\"last\":\"+300000000-01-01T00:00:00Z\",\"reps\":1,"
                + "\"lapses\":0,\"days\":3}}\n";
        Files.writeString(other.resolve("0123456789ab.jsonl"), line);
        var sync = run("sync", other.toString());
        assertThat(sync.err()).doesNotContain("internal error");
        // the same line arriving some other way (a file-sync tool) is a damaged line, not a brick
        Files.writeString(data.resolve("reviews/0123456789ab.jsonl"), line);
        for (String[] cmd : new String[][] {{"next", deck.toString()}, {"stats", deck.toString()},
            {"doctor", deck.toString(), "--rebuild"}, {"grade", "words/ni-hao", "good", deck.toString()}}) {
            var r = run(cmd);
            assertThat(r.exitCode()).as(String.join(" ", cmd) + ": " + r.err()).isIn(0, 1);
            assertThat(r.err()).doesNotContain("internal error");
        }
        var doctor = run("doctor", deck.toString());
        assertThat(doctor.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(doctor.out()).contains("reviews/0123456789ab.jsonl:1");
    }

    @Test
    void nextRefusesAnInstantOutsideTheWindow() throws Exception {
        assertThat(run("grade", "words/ni-hao", "good", deck.toString()).exitCode()).isZero();
        for (String at : new String[] {"+300000000-01-01T00:00:00Z", "-300000000-01-01T00:00:00Z", "2200-01-01T00:00:00Z"}) {
            var r = run("next", deck.toString(), "--all", "--at", at);
            assertThat(r.exitCode()).as(at + ": " + r.err()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("--at").doesNotContain("internal error");
        }
        assertThat(run("next", deck.toString(), "--all", "--at", "2199-01-01T00:00:00Z").exitCode()).isZero();
    }

    /** Values at the edges of the ranges are valid lines: no command may fail on them either. */
    @Test
    void valuesAtTheEdgesOfTheRangesFailNoCommand() throws Exception {
        Files.createDirectories(data.resolve("reviews"));
        String edge = "{\"v\":1,\"id\":\"0123456789ab-ID\",\"kind\":\"review\",\"key\":\"words/KEY\","
                + "\"at\":\"AT\",\"offset\":\"+18:00\",\"rating\":\"again\",\"mode\":\"review\","
                + "\"answer\":\"self\",\"ms\":2147483647,\"before\":{\"phase\":\"review\",\"step\":1000,\"s\":0.0,"
                + "\"d\":1.0,\"due\":\"1970-01-01T00:00:00Z\",\"last\":\"1970-01-01T00:00:00Z\",\"reps\":10000000,"
                + "\"lapses\":10000000,\"days\":36500},\"after\":{\"phase\":\"PHASE\",\"step\":1000,\"s\":@S@,"
                + "\"d\":@D@,\"due\":\"@DUE@\",\"last\":\"AT\",\"reps\":10000000,\"lapses\":10000000,\"days\":36500}}\n";
        String log = edge.replace("ID", "1").replace("KEY", "ni-hao").replace("AT", "1970-01-01T00:00:00Z")
                .replace("PHASE", "review").replace("@S@", "36500.0").replace("@D@", "10.0")
                .replace("@DUE@", "2199-12-31T23:59:59.999999999Z")
                + edge.replace("ID", "2").replace("KEY", "xie-xie").replace("AT", "2026-01-05T08:00:00Z")
                .replace("PHASE", "relearning").replace("@S@", "0.0").replace("@D@", "1.0")
                .replace("@DUE@", "1970-01-01T00:00:00Z");
        Files.writeString(data.resolve("reviews/0123456789ab.jsonl"), log);
        for (String[] cmd : new String[][] {{"next", deck.toString(), "--all"}, {"stats", deck.toString()},
            {"stats", deck.toString(), "--json"}, {"doctor", deck.toString()}, {"doctor", deck.toString(), "--rebuild"},
            {"grade", "words/xie-xie", "good", deck.toString()}, {"grade", "words/ni-hao", "again", deck.toString()},
            {"optimize", deck.toString()},
            {"simulate"}, {"next", deck.toString(), "--json"}}) {
            var r = run(cmd);
            assertThat(r.exitCode()).as(String.join(" ", cmd) + ": " + r.err()).isIn(0, 1);
            assertThat(r.err()).as(String.join(" ", cmd)).doesNotContain("internal error");
        }
        var doctor = run("doctor", deck.toString());
        assertThat(doctor.exitCode()).as(doctor.out()).isZero();
    }
}
