package cuecard.store;

import static cuecard.store.Reviews.T0;
import static cuecard.store.Reviews.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.ofHours(8));
    private final CardKey a = key("capitals/france");
    private final CardKey b = key("capitals/spain");

    private Path log(Store s) {
        return data.resolve("reviews").resolve(s.deviceId() + ".jsonl");
    }

    @Test
    void reviewsSurviveReopeningWithAndWithoutTheSnapshot() throws Exception {
        Review second;
        try (Store s = Store.open(data, clock)) {
            Review first = s.record(Reviews.first(a, T0));
            assertThat(first.id()).startsWith(s.deviceId() + "-");
            second = s.record(Reviews.next(a, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1))));
            s.record(Reviews.first(b, T0.plus(Duration.ofHours(1))));
        }
        assertThat(Files.exists(data.resolve("snapshot.json"))).isTrue();
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.SNAPSHOT);
            assertThat(s.state(a, clock.instant())).isEqualTo(second.after());
            assertThat(s.reviewCount()).isEqualTo(3);
            assertThat(s.known(b)).isTrue();
            assertThat(s.lastStudied("capitals")).contains(T0.plus(Duration.ofDays(1)));
        }
        Files.delete(data.resolve("snapshot.json"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.COLD);
            assertThat(s.state(a, clock.instant())).isEqualTo(second.after());
            assertThat(s.problems()).isEmpty();
        }
    }

    @Test
    void aStaleBeforeStateIsRefused() throws Exception {
        try (Store s = Store.open(data, clock)) {
            Review first = Reviews.first(a, T0);
            s.record(first);
            assertThatThrownBy(() -> s.record(first)).isInstanceOf(Progress.StaleCard.class);
        }
    }

    @Test
    void cramChangesNoSchedule() throws Exception {
        try (Store s = Store.open(data, clock)) {
            Review r = Reviews.first(a, T0);
            s.record(new Review(null, a, T0, r.offset(), Rating.AGAIN, Mode.CRAM, r.answer(), true, r.taken(), r.before(), r.after()));
            assertThat(s.known(a)).isFalse();
            assertThat(s.reviewCount()).isEqualTo(1);
        }
    }

    @Test
    void undoCancelsTheLastReviewAndSurvivesAReplay() throws Exception {
        Review first;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
            Review second = s.record(Reviews.next(a, first.after(), Rating.AGAIN, T0.plus(Duration.ofDays(1))));
            assertThat(s.undoLast()).contains(second);
            assertThat(s.state(a, clock.instant())).isEqualTo(first.after());
            assertThat(s.undoLast()).contains(first);
            assertThat(s.known(a)).isFalse();
            assertThat(s.undoLast()).isEmpty();
            first = s.record(Reviews.first(a, T0.plus(Duration.ofDays(2))));
        }
        List<String> lines = Files.readAllLines(data.resolve("reviews").resolve(DeviceId.read(data) + ".jsonl"));
        assertThat(lines).hasSize(5).anyMatch(l -> l.contains("\"kind\":\"undo\""));
        Files.delete(data.resolve("snapshot.json"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.state(a, clock.instant())).isEqualTo(first.after());
            assertThat(s.reviewCount()).isEqualTo(1);
            assertThat(s.reviews()).extracting(Review::id).containsExactly(first.id());
        }
    }

    @Test
    void anUndoneLatestReviewFallsBackToTheOneBeforeOnReplay() throws Exception {
        Review first;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
            s.record(Reviews.next(a, first.after(), Rating.AGAIN, T0.plus(Duration.ofDays(1))));
            s.undoLast();
        }
        Files.delete(data.resolve("snapshot.json"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.state(a, clock.instant())).isEqualTo(first.after());
        }
    }

    @Test
    void aTornLastLineIsReportedSetAsideAndNeverJoinedToTheNextLine() throws Exception {
        Review first;
        Path log;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
            log = log(s);
        }
        byte[] torn = "{\"v\":1,\"id\":\"x-9\",\"kind\":\"rev".getBytes(StandardCharsets.UTF_8);
        Files.write(log, torn, StandardOpenOption.APPEND);
        Review second;
        try (Store s = Store.open(data, clock)) {
            assertThat(s.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).contains("torn").contains("interrupted write");
                assertThat(p.serious()).isFalse(); // no damage: the next write sets it aside (docs/store.md)
            });
            assertThat(s.state(a, clock.instant())).isEqualTo(first.after());
            second = s.record(Reviews.next(a, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1))));
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(lines.get(1)).isEqualTo(new String(torn, StandardCharsets.UTF_8)); // kept byte for byte
        assertThat(lines).hasSize(4); // first, torn fragment, the mark setting it aside, second
        Files.delete(data.resolve("snapshot.json"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.state(a, clock.instant())).isEqualTo(second.after());
            assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.serious()).isFalse());
        }
    }

    @Test
    void aDamagedMiddleLineIsReportedWithItsLineAndKept() throws Exception {
        Review second;
        Path log;
        try (Store s = Store.open(data, clock)) {
            Review first = s.record(Reviews.first(a, T0));
            s.record(Reviews.first(b, T0));
            second = s.record(Reviews.next(a, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(3))));
            log = log(s);
        }
        List<String> lines = Files.readAllLines(log);
        String damaged = lines.get(1).replace("\"kind\"", "\"ki\u0000nd").substring(0, 40);
        Files.write(log, List.of(lines.get(0), damaged, lines.get(2)));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.REBUILT_STALE);
            assertThat(s.problems()).singleElement().satisfies(p -> {
                assertThat(p.format()).startsWith("reviews/" + s.deviceId() + ".jsonl:2: damaged line");
                assertThat(p.serious()).isTrue();
            });
            assertThat(s.state(a, clock.instant())).isEqualTo(second.after());
            assertThat(s.known(b)).isFalse();
        }
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(b, T0.plus(Duration.ofDays(4))));
        }
        assertThat(Files.readAllLines(log).get(1)).isEqualTo(damaged);
    }

    @Test
    void aSecondWriterIsRefusedButReadersStillRead() throws Exception {
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(a, T0));
            assertThatThrownBy(() -> Store.open(data, clock)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.LOCKED))
                    .hasMessageContaining("in use by another cuecard process");
            try (Store r = Store.openReadOnly(data, clock)) {
                assertThat(r.known(a)).isTrue();
                assertThatThrownBy(() -> r.suspend(a, true)).isInstanceOf(StoreException.class);
            }
        }
        try (Store s = Store.open(data, clock)) {
            assertThat(s.known(a)).isTrue();
        }
    }

    @Test
    void linesAppendedAfterTheSnapshotAreReplayedOnTopAndAChangedLogIsDetected() throws Exception {
        Review first;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
        }
        String id;
        try (Store s = Store.open(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.SNAPSHOT);
            s.record(Reviews.first(b, T0));
            id = s.deviceId();
        }
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.SNAPSHOT);
            assertThat(s.known(b)).isTrue();
        }
        // another tool edits an early byte of the log: the snapshot no longer matches and is not trusted
        Path log = data.resolve("reviews").resolve(id + ".jsonl");
        String text = Files.readString(log);
        Files.writeString(log, text.replaceFirst("\"ms\":4200", "\"ms\":4300"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.start()).isEqualTo(Store.Start.REBUILT_STALE);
            assertThat(s.state(a, clock.instant())).isEqualTo(first.after());
        }
    }

    @Test
    void suspendAndBuryAreLoggedAndReplayed() throws Exception {
        try (Store s = Store.open(data, clock)) {
            s.suspend(a, true);
            s.bury(b, java.time.LocalDate.of(2026, 2, 5));
            assertThat(s.suspended(a)).isTrue();
        }
        Files.delete(data.resolve("snapshot.json"));
        try (Store s = Store.open(data, clock)) {
            assertThat(s.suspended(a)).isTrue();
            assertThat(s.buriedUntil(b)).contains(java.time.LocalDate.of(2026, 2, 5));
            s.suspend(a, false);
            assertThat(s.suspended(a)).isFalse();
        }
    }

    @Test
    void progressFollowsTheKeyAndOrphansAreListedThenReattached() throws Exception {
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(a, T0));
            s.record(Reviews.first(b, T0));
        }
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.orphans(Set.of(a))).containsExactly(b); // b left the deck: kept, listed
            assertThat(s.orphans(Set.of(a, b))).isEmpty();       // and it is back with its history
            assertThat(s.known(b)).isTrue();
        }
    }

    @Test
    void aRemapCarriesHistoryToTheNewKey() throws Exception {
        CardKey renamed = key("capitals/france-2");
        Review first;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
            s.remap(a, renamed);
            assertThat(s.state(renamed, clock.instant())).isEqualTo(first.after());
            assertThat(s.orphans(Set.of(renamed))).isEmpty();
            s.record(Reviews.next(renamed, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(2))));
        }
        Files.delete(data.resolve("snapshot.json"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.state(renamed, clock.instant()).reps()).isEqualTo(2);
            assertThat(s.reviews()).extracting(Review::key).containsOnly(renamed);
        }
    }

    @Test
    void aNewerFormatIsRefusedForWritingAndLeftAlone() throws Exception {
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(a, T0));
        }
        Files.writeString(data.resolve("format"), "2\n");
        assertThatThrownBy(() -> Store.open(data, clock)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer cuecard");
        assertThat(Files.readString(data.resolve("format"))).isEqualTo("2\n");
    }

    @Test
    void anOlderFormatIsBackedUpBeforeMigrating() throws Exception {
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(a, T0));
        }
        Files.writeString(data.resolve("format"), "0\n");
        try (Store s = Store.open(data, clock)) {
            assertThat(s.known(a)).isTrue();
            Path backups = data.resolve("backups");
            try (var dirs = Files.list(backups)) {
                Path dir = dirs.findFirst().orElseThrow();
                assertThat(dir.getFileName().toString()).startsWith("format-v0-");
                assertThat(dir.resolve(s.deviceId() + ".jsonl")).hasSameBinaryContentAs(log(s));
            }
        }
        assertThat(Files.readString(data.resolve("format"))).isEqualTo("1\n");
    }

    @Test
    void statesRoundTripThroughTheLineFormatExactly() throws IOException, EntryJson.BadLine {
        Review r = Reviews.next(a, Reviews.first(a, T0).after(), Rating.HARD, T0.plusNanos(123_456_789))
                .withId("abc-7");
        byte[] line = EntryJson.line(new Entry.Reviewed(r));
        Entry back = new EntryJson().parse(line, 0, line.length - 1);
        assertThat(back).isEqualTo(new Entry.Reviewed(r));
        CardState fresh = CardState.fresh(T0);
        Review f = Reviews.first(b, T0).withId("abc-8");
        assertThat(((Entry.Reviewed) new EntryJson().parse(EntryJson.line(new Entry.Reviewed(f)), 0,
                EntryJson.line(new Entry.Reviewed(f)).length - 1)).review().before()).isEqualTo(fresh);
    }
}
