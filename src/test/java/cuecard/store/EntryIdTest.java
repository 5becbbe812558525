package cuecard.store;

import static cuecard.store.Reviews.T0;
import static cuecard.store.Reviews.key;
import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entry ids never repeat, conflicting ids are reported by sync, undo stays on its device, ties order by counter. */
class EntryIdTest {

    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    private final CardKey a = key("capitals/france");
    private final CardKey b = key("capitals/spain");

    private static Review withId(Review r, String id) {
        return new Review(id, r.key(), r.at(), r.offset(), r.rating(), r.mode(), r.answer(), r.correct(), r.taken(),
                r.before(), r.after());
    }

    private static String line(Review r) {
        return new String(EntryJson.line(new Entry.Reviewed(r)), StandardCharsets.UTF_8);
    }

    private static List<String> ids(Path log) throws Exception {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(log)) {
            int i = l.indexOf("\"id\":\"");
            if (i >= 0) {
                out.add(l.substring(i + 6, l.indexOf('"', i + 6)));
            }
        }
        return out;
    }

    @Test
    void aDamagedLineKeepsItsIdEvenThoughItDoesNotParse() throws Exception {
        String device;
        try (Store s = Store.open(data, clock)) {
            device = s.deviceId();
            s.record(Reviews.first(a, T0));
        }
        Path log = data.resolve("reviews/" + device + ".jsonl");
        // a line of this device that no longer parses (a bad edit), then a review that does
        Files.writeString(log, "{\"v\":1,\"id\":\"" + device + "-7\",\"kind\":\"review\",\"key\":\n",
                StandardOpenOption.APPEND);
        for (String card : List.of("capitals/spain", "capitals/italy")) {
            if (card.endsWith("italy")) {
                Files.deleteIfExists(data.resolve("snapshot.json"));
            }
            try (Store s = Store.open(data, clock)) {
                Review r = s.record(Reviews.first(key(card), T0.plus(Duration.ofHours(1))));
                assertThat(Long.parseLong(r.id().substring(device.length() + 1))).isGreaterThan(7);
                s.reset(key(card)); // and the next one is above it again
            }
        }
        List<String> ids = ids(log);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void aTornLastLineKeepsItsIdToo() throws Exception {
        String device;
        try (Store s = Store.open(data, clock)) {
            device = s.deviceId();
            s.record(Reviews.first(a, T0));
        }
        Path log = data.resolve("reviews/" + device + ".jsonl");
        Files.writeString(log, "{\"v\":1,\"id\":\"" + device + "-2\",\"kind\":\"rev", StandardOpenOption.APPEND);
        try (Store s = Store.open(data, clock)) {
            s.record(Reviews.first(b, T0.plus(Duration.ofHours(1))));
        }
        List<String> ids = ids(log);
        assertThat(ids).hasSize(4); // the review, the torn fragment, the torn mark, the new review
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.check()).noneMatch(p -> p.message().contains("also used"));
        }
    }

    @Test
    void syncReportsTheSameIdWithDifferentBytesAsAConflict() throws Exception {
        String device;
        Review first;
        try (Store s = Store.open(data, clock)) {
            device = s.deviceId();
            first = s.record(Reviews.first(a, T0));
        }
        Path other = data.resolveSibling(data.getFileName() + "-other").resolve("reviews");
        Files.createDirectories(other);
        Review forged = withId(Reviews.next(a, CardState.fresh(T0), Rating.EASY, T0), first.id());
        Files.writeString(other.resolve(device + ".jsonl"), line(forged));
        try (Store s = Store.open(data, clock)) {
            Store.SyncResult r = s.sync(other);
            assertThat(r.added()).isZero();
            assertThat(r.problems()).anySatisfy(p -> {
                assertThat(p.serious()).isTrue();
                assertThat(p.message()).contains(first.id()).contains("different");
            });
        }
        // the same bytes again are no conflict
        Files.writeString(other.resolve(device + ".jsonl"), line(first));
        try (Store s = Store.open(data, clock)) {
            Store.SyncResult r = s.sync(other);
            assertThat(r.problems()).isEmpty();
            assertThat(r.present()).isEqualTo(1);
        }
    }

    @Test
    void anUndoCancelsOnlyEntriesOfItsOwnDevice() throws Exception {
        Review mine;
        try (Store s = Store.open(data, clock)) {
            mine = s.record(Reviews.first(a, T0));
        }
        Path reviews = data.resolve("reviews");
        Files.writeString(reviews.resolve("eeeeeeeeeeee.jsonl"), new String(EntryJson.line(
                new Entry.Undo("eeeeeeeeeeee-1", T0.plus(Duration.ofHours(2)), ZoneOffset.UTC, mine.id())),
                StandardCharsets.UTF_8));
        Files.deleteIfExists(data.resolve("snapshot.json"));
        try (Store s = Store.openReadOnly(data, clock)) {
            assertThat(s.known(a)).isTrue();
            assertThat(s.state(a, clock.instant())).isEqualTo(mine.after());
            assertThat(s.reviewCount()).isEqualTo(1);
            assertThat(s.check()).anySatisfy(p -> {
                assertThat(p.serious()).isFalse();
                assertThat(p.message()).contains("another device");
            });
        }
    }

    @Test
    void reviewsAtTheSameInstantReplayInCounterOrder() throws Exception {
        Files.createDirectories(data.resolve("reviews"));
        Review nine = withId(Reviews.first(a, T0), "dddddddddddd-9");
        Review ten = withId(Reviews.next(a, CardState.fresh(T0), Rating.EASY, T0), "dddddddddddd-10");
        ten = new Review(ten.id(), ten.key(), ten.at(), ten.offset(), ten.rating(), ten.mode(), ten.answer(),
                ten.correct(), ten.taken(), ten.before(), new CardState(ten.after().phase(), 0, ten.after().memory(),
                T0.plus(Duration.ofDays(5)), T0, 1, 0, 5));
        for (List<Review> order : List.of(List.of(nine, ten), List.of(ten, nine))) {
            Files.writeString(data.resolve("reviews/dddddddddddd.jsonl"), line(order.get(0)) + line(order.get(1)));
            Files.deleteIfExists(data.resolve("snapshot.json"));
            try (Store s = Store.openReadOnly(data, clock)) {
                assertThat(s.state(a, clock.instant())).as("cold, " + order.get(0).id() + " first")
                        .isEqualTo(ten.after());
                assertThat(s.reviews()).extracting(Review::id).containsExactly("dddddddddddd-9", "dddddddddddd-10");
            }
        }
        assertThat(Entry.compare(T0, "x-10", T0, "x-9")).isPositive();
        assertThat(Entry.compare(T0, "x-9", T0, "x-10")).isNegative();
        assertThat(Entry.compare(T0, "a-10", T0, "b-9")).isNegative();
    }

    @Test
    void remappingThereAndBackLeavesNoDisagreement() throws Exception {
        Review last;
        try (Store s = Store.open(data, clock)) {
            Review first = s.record(Reviews.first(a, T0));
            last = s.record(Reviews.next(a, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1))));
            s.remap(a, b);
            assertThat(s.state(b, clock.instant())).isEqualTo(last.after());
            s.remap(b, a);
            assertThat(s.known(a)).isTrue();
            assertThat(s.state(a, clock.instant())).isEqualTo(last.after());
            assertThat(s.states().keySet()).containsExactly(a);
            assertThat(s.check()).noneMatch(StoreProblem::serious);
        }
        try (Store s = Store.open(data, clock)) {
            assertThat(s.check()).noneMatch(StoreProblem::serious);
            s.rebuild();
            assertThat(s.check()).noneMatch(StoreProblem::serious);
            assertThat(s.state(a, clock.instant())).isEqualTo(last.after());
            assertThat(s.history(a)).hasSize(2);
        }
    }
}
