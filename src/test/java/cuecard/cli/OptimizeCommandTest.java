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

class OptimizeCommandTest {

    @TempDir
    Path dir;

    private Path histories(String... lines) throws IOException {
        Path file = dir.resolve("h.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reportsTheFitAsOneJsonObject() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append("{\"id\":\"c").append(i).append("\",\"reviews\":[{\"rating\":3,\"delta_days\":0},{\"rating\":")
                    .append(i % 5 == 0 ? 1 : 3).append(",\"delta_days\":").append(1 + i % 7).append("}]}\n");
        }
        Path file = dir.resolve("many.jsonl");
        Files.writeString(file, many);
        CliRun.Result r = new CliRun().run("optimize", "--histories", file.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("items").asInt()).isEqualTo(40);
        assertThat(json.get("parameters")).hasSize(21);
        assertThat(json.get("stage").asText()).isEqualTo("initial_stability");
        assertThat(json.get("log_loss").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.has("rmse_bins")).isTrue();
        assertThat(json.has("millis")).isTrue();
    }

    @Test
    void aBrokenLineIsReportedWithItsPlace() throws IOException {
        Path file = histories("{\"id\":\"a\",\"reviews\":[{\"rating\":3,\"delta_days\":0},{\"rating\":3,\"delta_days\":2}]}",
                "{\"id\":\"b\",\"reviews\":[{\"rating\":7,\"delta_days\":0}]}");
        CliRun.Result r = new CliRun().run("optimize", "--histories", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("h.jsonl:2: review 1: `rating` must be 1, 2, 3 or 4").doesNotContain("Exception");
        Path garbage = histories("{\"id\": oops");
        CliRun.Result g = new CliRun().run("optimize", "--histories", garbage.toString());
        assertThat(g.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(g.err()).contains(garbage + ":1:12: not valid JSON");
    }

    @Test
    void missingFileAndBadParametersAreClearErrors() {
        CliRun.Result missing = new CliRun().run("optimize", "--histories", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no such file");
        CliRun.Result params = new CliRun().run("optimize", "--histories", "x", "--parameters", "1,2,3");
        assertThat(params.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(params.err()).contains("expected 21 parameters");
    }

    @Test
    void simulateRecommendsTheRetentionWithLeastWorkPerCard() throws IOException {
        CliRun.Result r = new CliRun().run("simulate", "--days", "120", "--retention", "0.75:0.95:0.05", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode list = json.get("retentions");
        assertThat(list).hasSize(5);
        double bestCost = Double.MAX_VALUE;
        double bestRetention = 0;
        for (JsonNode n : list) {
            if (n.get("seconds_per_remembered").asDouble() < bestCost) {
                bestCost = n.get("seconds_per_remembered").asDouble();
                bestRetention = n.get("retention").asDouble();
            }
        }
        assertThat(json.get("recommended").asDouble()).isEqualTo(bestRetention);
        // asking for more retention costs more reviews and leaves more remembered
        assertThat(list.get(4).get("reviews_per_day").asDouble()).isGreaterThan(list.get(0).get("reviews_per_day").asDouble());
        assertThat(list.get(4).get("remembered").asDouble()).isGreaterThan(list.get(0).get("remembered").asDouble());
        // the same seed gives the same figures
        assertThat(new CliRun().run("simulate", "--days", "120", "--retention", "0.75:0.95:0.05", "--json").out()).isEqualTo(r.out());
    }

    @Test
    void simulateRejectsABadRange() {
        CliRun.Result r = new CliRun().run("simulate", "--retention", "0.9:0.8");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--retention");
    }
}
