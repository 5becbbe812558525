package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cuecard.schedule.FitBounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FittedParametersTest {

    @TempDir
    Path data;

    @Test
    void savesReadsAndKeepsThePreviousFit() throws IOException {
        assertThat(FittedParameters.read(data, "default")).isEmpty();
        double[] w = FitBounds.defaults();
        FittedParameters first = new FittedParameters("default", w, Instant.parse("2026-01-01T00:00:00Z"), 100, 0.33, 0.05, Double.NaN);
        first.write(data);
        w[0] = 0.5;
        FittedParameters second = new FittedParameters("default", w, Instant.parse("2026-02-01T00:00:00Z"), 200, 0.31, 0.04, 0.85);
        second.write(data);
        FittedParameters back = FittedParameters.read(data, "default").orElseThrow();
        assertThat(back.w()).containsExactly(w);
        assertThat(back.items()).isEqualTo(200);
        assertThat(back.recommendedRetention()).isEqualTo(0.85);
        assertThat(back.fittedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(Files.readString(data.resolve("parameters/default.previous.json"))).contains("\"items\" : 100");
        try (var files = Files.list(data.resolve("parameters"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "default.json", "default.previous.json");
        }
    }

    @Test
    void aDamagedFileIsReportedWithItsName() throws IOException {
        Files.createDirectories(data.resolve("parameters"));
        Files.writeString(data.resolve("parameters/exam.json"), "{\"v\": 1, \"w\": [1, 2");
        assertThatThrownBy(() -> FittedParameters.read(data, "exam"))
                .isInstanceOf(IOException.class).hasMessageContaining("exam.json:1:");
        Files.writeString(data.resolve("parameters/exam.json"), "{\"v\": 1, \"w\": [1, 2]}");
        assertThatThrownBy(() -> FittedParameters.read(data, "exam"))
                .isInstanceOf(IOException.class).hasMessageContaining("21 parameters");
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws IOException {
        Files.createDirectories(data.resolve("parameters/default.json/inside")); // cannot be replaced by a file
        FittedParameters p = new FittedParameters("default", FitBounds.defaults(), Instant.parse("2026-01-01T00:00:00Z"),
                100, 0.33, 0.05, Double.NaN);
        assertThatThrownBy(() -> p.write(data)).isInstanceOf(IOException.class);
        try (var files = Files.list(data.resolve("parameters"))) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("default.json")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
