package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsrsCommandTest {

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path f = dir.resolve("h.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void replayPrintsTheStateAfterEveryReviewAsTheOracleDoes() throws IOException {
        Path f = file("{\"id\":\"a\",\"reviews\":[{\"rating\":3,\"at\":\"2025-03-01T08:30:00.000Z\"},"
                + "{\"rating\":3,\"at\":\"2025-03-01T08:40:00.000Z\"},{\"rating\":4,\"at\":\"2025-03-05T09:00:00Z\"}]}",
                "",
                "{\"id\":7,\"reviews\":[{\"rating\":1,\"at\":\"2025-03-01T23:59:00+01:00\"}]}");
        CliRun.Result r = new CliRun().run("fsrs", "replay", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the oracle's (replay.mjs) output for the same input, verbatim
        assertThat(r.out().lines()).containsExactly(
                "{\"id\":\"a\",\"n\":0,\"state\":\"Learning\",\"stability\":2.3065,\"difficulty\":2.11810397,\"scheduled_days\":0,\"due\":\"2025-03-01T08:40:00.000Z\"}",
                "{\"id\":\"a\",\"n\":1,\"state\":\"Review\",\"stability\":2.3065,\"difficulty\":2.11121424,\"scheduled_days\":2,\"due\":\"2025-03-03T08:40:00.000Z\"}",
                "{\"id\":\"a\",\"n\":2,\"state\":\"Review\",\"stability\":28.30520394,\"difficulty\":1,\"scheduled_days\":28,\"due\":\"2025-04-02T09:00:00.000Z\"}",
                "{\"id\":7,\"n\":0,\"state\":\"Learning\",\"stability\":0.212,\"difficulty\":6.4133,\"scheduled_days\":0,\"due\":\"2025-03-01T23:00:00.000Z\"}");
    }

    @Test
    void optionsChangeTheSchedule() throws IOException {
        Path f = file("{\"id\":\"a\",\"reviews\":[{\"rating\":4,\"at\":\"2025-03-01T08:30:00.000Z\"}]}");
        JsonNode plain = new ObjectMapper().readTree(new CliRun().run("fsrs", "replay", f.toString()).out());
        CliRun.Result strict = new CliRun().run("fsrs", "replay", "--retention", "0.97", f.toString());
        assertThat(strict.exitCode()).as(strict.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(strict.out());
        assertThat(s.get("scheduled_days").asInt()).isLessThan(plain.get("scheduled_days").asInt());
        CliRun.Result noSteps = new CliRun().run("fsrs", "replay", "--steps=", f.toString());
        assertThat(noSteps.exitCode()).as(noSteps.err()).isZero();
        Path good = file("{\"id\":\"a\",\"reviews\":[{\"rating\":3,\"at\":\"2025-03-01T08:30:00.000Z\"}]}");
        JsonNode direct = new ObjectMapper().readTree(new CliRun().run("fsrs", "replay", "--steps=", good.toString()).out());
        assertThat(direct.get("state").asText()).isEqualTo("Review");
        CliRun.Result bad = new CliRun().run("fsrs", "replay", "--steps", "30s", f.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--steps: `30s`");
        CliRun.Result badRetention = new CliRun().run("fsrs", "replay", "--retention", "1.5", f.toString());
        assertThat(badRetention.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badRetention.err()).contains("retention").doesNotContain("Exception");
    }

    @Test
    void badLinesAreReportedWithTheirPlaceAndExitThree() throws IOException {
        String ok = "{\"id\":\"a\",\"reviews\":[{\"rating\":3,\"at\":\"2025-03-01T08:30:00.000Z\"}]}";
        String[][] cases = {
            {"{\"id\": oops", ":2:12: not valid JSON"},
            {"[1,2]", ":2: expected an object"},
            {"{\"reviews\":[]}", ":2: `id` must be"},
            {"{\"id\":\"b\",\"reviews\":[]}", ":2: `reviews` must be a non-empty list"},
            {"{\"id\":\"b\",\"reviews\":[{\"rating\":5,\"at\":\"2025-03-01T08:30:00Z\"}]}", ":2: review 1: `rating` must be 1, 2, 3 or 4"},
            {"{\"id\":\"b\",\"reviews\":[{\"rating\":3,\"at\":\"yesterday\"}]}", ":2: review 1: `at` is not an ISO-8601 time"},
            {"{\"id\":\"b\",\"reviews\":[{\"rating\":3}]}", ":2: review 1: `at` must be"},
            {"{\"id\":\"b\",\"reviews\":[{\"rating\":3,\"at\":\"2025-03-02T08:30:00Z\"},{\"rating\":3,\"at\":\"2025-03-01T08:30:00Z\"}]}",
                ":2: review 2: is earlier than review 1"},
        };
        for (String[] c : cases) {
            Path f = file(ok, c[0]);
            CliRun.Result r = new CliRun().run("fsrs", "replay", f.toString());
            assertThat(r.exitCode()).as(c[0]).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err()).as(c[0]).contains(f + c[1]).doesNotContain("Exception").doesNotContain("\tat ");
        }
        CliRun.Result missing = new CliRun().run("fsrs", "replay", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nope.jsonl: no such file");
    }

    @Test
    void fsrsAloneShowsUsage() {
        CliRun.Result r = new CliRun().run("fsrs");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("replay");
    }
}
