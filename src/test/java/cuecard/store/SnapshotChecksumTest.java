package cuecard.store;

import static cuecard.store.Reviews.T0;
import static cuecard.store.Reviews.key;
import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot edited into different but valid JSON is not trusted: every part carries its own checksum. */
class SnapshotChecksumTest {

    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    private final CardKey a = key("capitals/france");

    @Test
    void anEditedCardPartIsNotTrustedAndNeverReachesTheLog() throws Exception {
        Review first;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
        }
        Path snap = data.resolve("snapshot.json");
        String text = Files.readString(snap);
        String due = Long.toString(first.after().due().toEpochMilli());
        assertThat(text).contains(due);
        String wrong = Long.toString(first.after().due().toEpochMilli() + 86_400_000L * 365);
        Files.writeString(snap, text.replace(due, wrong)); // still valid JSON, a year later
        try (Store s = Store.open(data, clock)) {
            assertThat(s.start()).isNotEqualTo(Store.Start.SNAPSHOT);
            assertThat(s.state(a, clock.instant())).isEqualTo(first.after());
            Review second = s.record(Reviews.next(a, s.state(a, clock.instant()), Rating.GOOD,
                    T0.plus(Duration.ofDays(2))));
            assertThat(second.before()).isEqualTo(first.after());
        }
        List<String> log;
        try (var files = Files.list(data.resolve("reviews"))) {
            log = Files.readAllLines(files.findFirst().orElseThrow());
        }
        assertThat(String.join("\n", log)).doesNotContain(first.after().due().plus(Duration.ofDays(365)).toString());
    }

    @Test
    void anEditedHeaderIsNotTrusted() throws Exception {
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(a, T0));
            s.suspend(a, true);
        }
        Path snap = data.resolve("snapshot.json");
        String text = Files.readString(snap);
        assertThat(text).contains("\"on\":true");
        Files.writeString(snap, text.replace("\"on\":true", "\"on\":false"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isNotEqualTo(Store.Start.SNAPSHOT);
            assertThat(s.suspended(a)).isTrue();
        }
    }

    @Test
    void anUntouchedSnapshotIsStillUsed() throws Exception {
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(a, T0));
        }
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.SNAPSHOT);
        }
        assertThat(Files.readString(data.resolve("snapshot.json"), StandardCharsets.UTF_8)).doesNotContain("\"v\":3");
    }
}
