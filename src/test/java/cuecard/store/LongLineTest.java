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
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log line longer than 1 MiB is a damaged line: reported, kept, never used, and never read into memory whole. */
class LongLineTest {

    @TempDir
    Path data;
    @TempDir
    Path other;

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    private final CardKey a = key("capitals/france");

    /** A valid review line with an unknown field of {@code size} bytes (fields added later are ignored). */
    private static String padded(Review r, int size) {
        String line = new String(EntryJson.line(new Entry.Reviewed(r)), StandardCharsets.UTF_8);
        return line.substring(0, line.length() - 2) + ",\"pad\":\"" + "x".repeat(size) + "\"}\n";
    }

    private static Review withId(Review r, String id) {
        return new Review(id, r.key(), r.at(), r.offset(), r.rating(), r.mode(), r.answer(), r.correct(), r.taken(),
                r.before(), r.after());
    }

    @Test
    void aLineOverOneMebibyteIsDamagedAndTheLinesAfterItCount() throws Exception {
        Review first;
        String device;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
            device = s.deviceId();
        }
        Review second = withId(Reviews.next(a, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1))), device + "-2");
        Review third = withId(Reviews.next(a, first.after(), Rating.EASY, T0.plus(Duration.ofDays(2))), device + "-3");
        Path log = data.resolve("reviews/" + device + ".jsonl");
        String fine = padded(second, 1000); // long, but under the limit: read as usual
        Files.writeString(log, padded(second, (1 << 20) + 10) + new String(EntryJson.line(new Entry.Reviewed(third)),
                StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        for (int round = 0; round < 2; round++) {
            Files.deleteIfExists(data.resolve("snapshot.json"));
            try (Store s = round == 0 ? Store.open(data, clock) : Store.openReadOnly(data, clock)) {
                assertThat(s.state(a, clock.instant())).isEqualTo(third.after());
                assertThat(s.reviewCount()).isEqualTo(2);
                assertThat(s.check()).anySatisfy(p -> {
                    assertThat(p.format()).startsWith("reviews/" + device + ".jsonl:2: ");
                    assertThat(p.message()).contains("longer than 1 MiB");
                    assertThat(p.serious()).isTrue();
                });
                List<Review> all = new ArrayList<>();
                s.eachReview(all::add);
                assertThat(all).extracting(Review::id).containsExactlyInAnyOrder(first.id(), third.id());
            }
        }
        assertThat(fine.length()).isLessThan(1 << 20);
        assertThat(Files.size(log)).isGreaterThan(1 << 20); // kept
    }

    @Test
    void aLineOfManyMebibytesIsSkippedAndItsIdStillCounts() throws Exception {
        String device;
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(a, T0));
            device = s.deviceId();
        }
        Path log = data.resolve("reviews/" + device + ".jsonl");
        Review huge = withId(Reviews.first(key("capitals/spain"), T0), device + "-40");
        Files.writeString(log, padded(huge, 9 << 20), StandardOpenOption.APPEND);
        Files.writeString(log, "{\"v\":1,\"id\":\"" + device + "-41\",\"kind\":\"rev" + "y".repeat(3 << 20),
                StandardOpenOption.APPEND); // over-long and torn
        Files.deleteIfExists(data.resolve("snapshot.json"));
        try (Store s = Store.open(data, clock)) {
            assertThat(s.known(key("capitals/spain"))).isFalse();
            assertThat(s.problems()).extracting(StoreProblem::line).containsExactly(2, 3);
            Review r = s.record(Reviews.first(key("capitals/italy"), T0));
            assertThat(Long.parseLong(r.id().substring(device.length() + 1))).isGreaterThan(41);
        }
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.known(key("capitals/italy"))).isTrue();
            assertThat(s.reviewCount()).isEqualTo(2);
        }
    }

    @Test
    void syncDoesNotCopyAnOverlongLine() throws Exception {
        Path theirs = other.resolve("reviews");
        Files.createDirectories(theirs);
        Review r = withId(Reviews.first(a, T0), "0123456789ab-1");
        Files.writeString(theirs.resolve("0123456789ab.jsonl"), padded(r, 2 << 20));
        try (Store s = Store.open(data, clock)) {
            Store.SyncResult res = s.sync(other);
            assertThat(res.added()).isZero();
            assertThat(res.problems()).anySatisfy(p -> assertThat(p.message()).contains("longer than 1 MiB"));
            assertThat(s.known(a)).isFalse();
        }
    }
}
