package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large collection's snapshot is written in parts read in parallel; it loads exactly what the logs say. */
class SnapshotPartsTest {

    @TempDir
    Path tmp;

    private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void aSnapshotInPartsLoadsTheSameStatesAsTheLogs() throws Exception {
        Path data = withSnapshot(60_000, 11);
        List<String> lines = Files.readAllLines(data.resolve("snapshot.json"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5); // the header, then four parts of cards
        try (Store fromSnapshot = Store.openReadOnly(data, clock)) {
            assertThat(fromSnapshot.start()).isEqualTo(Store.Start.SNAPSHOT);
            Files.delete(data.resolve("snapshot.json"));
            try (Store cold = Store.openReadOnly(data, clock)) {
                assertThat(cold.start()).isEqualTo(Store.Start.COLD);
                assertThat(fromSnapshot.states()).hasSize(25_000).isEqualTo(cold.states());
                assertThat(fromSnapshot.reviewCount()).isEqualTo(cold.reviewCount()).isEqualTo(60_000);
            }
        }
    }

    @Test
    void aDamagedPartOrAnOldSnapshotIsNotTrustedAndTheLogsAreReadAgain() throws Exception {
        Path data = withSnapshot(30_000, 12);
        Path snap = data.resolve("snapshot.json");
        List<String> lines = Files.readAllLines(snap, StandardCharsets.UTF_8);
        // a part cut short, as a disk might leave it
        Files.writeString(snap, String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).substring(0, 100) + "\n"
                + lines.get(4) + "\n", StandardCharsets.UTF_8);
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.REBUILT_STALE);
            assertThat(s.states()).hasSize(25_000);
        }
        // a part missing
        Files.writeString(snap, String.join("\n", lines.subList(0, 4)) + "\n", StandardCharsets.UTF_8);
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.REBUILT_STALE);
        }
        // an earlier format: lines without checksums, version 3
        Files.writeString(snap, lines.get(0).substring(9).replace("\"v\":" + Snapshot.VERSION, "\"v\":3") + "\n"
                + lines.subList(1, 5).stream().map(l -> l.substring(9)).collect(java.util.stream.Collectors.joining("\n"))
                + "\n", StandardCharsets.UTF_8);
        try (Store s = Store.open(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.REBUILT_STALE);
            s.writeSnapshot();
        }
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.SNAPSHOT);
            assertThat(s.states()).hasSize(25_000);
        }
    }

    /** A data dir with a synthetic log of 25,000 cards and a snapshot written of it. */
    private Path withSnapshot(int reviews, long seed) throws Exception {
        Path data = tmp.resolve("data");
        SyntheticLog.write(data, 25_000, reviews, seed);
        try (Store s = Store.open(data, clock)) {
            s.writeSnapshot();
        }
        return data;
    }
}
