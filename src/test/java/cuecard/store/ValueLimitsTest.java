package cuecard.store;

import static cuecard.store.Reviews.T0;
import static cuecard.store.Reviews.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values outside the documented ranges make a line damaged: kept, reported, not used (docs/store.md). */
class ValueLimitsTest {

    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    private final CardKey a = key("capitals/france");

    /** The second review of {@code a}, one day after the first, as written; each case edits one value of it. */
    private String secondLine(Review first) {
        Review r = Reviews.next(a, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1)));
        r = new Review(first.id().replaceAll("-\\d+$", "-2"), r.key(), r.at(), r.offset(), r.rating(), r.mode(),
                r.answer(), r.correct(), r.taken(), r.before(), r.after());
        return new String(EntryJson.line(new Entry.Reviewed(r)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "at:\"2026-01-06T09:00:00Z\"->\"+300000000-01-01T00:00:00Z\"",
        "at:\"2026-01-06T09:00:00Z\"->\"2300-01-06T09:00:00Z\"",
        "at:\"2026-01-06T09:00:00Z\"->\"1969-12-31T09:00:00Z\"",
        "after:\"due\":\"2026-01-08T09:00:00Z\"->\"due\":\"9999-01-08T09:00:00Z\"",
        "after:\"s\":2.55->\"s\":1e400",
        "after:\"s\":2.55->\"s\":-1.0",
        "after:\"s\":2.55->\"s\":36500.5",
        "after:\"d\":5.25,\"due\":\"2026-01-08->\"d\":11.0,\"due\":\"2026-01-08",
        "after:\"d\":5.25,\"due\":\"2026-01-08->\"d\":0.5,\"due\":\"2026-01-08",
        "before:\"s\":1.5->\"s\":1E999",
        "before:\"d\":5.25,\"due\":\"2026-01-06->\"d\":-1E999,\"due\":\"2026-01-06",
        "after:\"reps\":2->\"reps\":999999999999",
        "after:\"days\":2}}->\"days\":40000}}",
        "ms:\"ms\":4200->\"ms\":999999999999999",
    })
    void aLineWithAValueOutOfRangeIsDamagedNotUsed(String edit) throws Exception {
        String[] parts = edit.substring(edit.indexOf(':') + 1).split("->");
        Review first;
        String device;
        try (Store s = Store.open(data, clock)) {
            first = s.record(Reviews.first(a, T0));
            device = s.deviceId();
        }
        String good = secondLine(first);
        assertThat(good).as("the case edits the line").contains(parts[0]);
        String bad = good.replace(parts[0], parts[1]);
        Path log = data.resolve("reviews/" + device + ".jsonl");
        Files.writeString(log, bad, StandardOpenOption.APPEND);
        for (int round = 0; round < 3; round++) { // cold (lean replay), from the snapshot, read-only
            if (round == 0) {
                Files.deleteIfExists(data.resolve("snapshot.json"));
            }
            try (Store s = round == 2 ? Store.openReadOnly(data, clock) : Store.open(data, clock)) {
                assertThat(s.state(a, clock.instant())).as(edit).isEqualTo(first.after());
                assertThat(s.reviewCount()).isEqualTo(1);
                assertThat(s.check()).as(edit).anySatisfy(p -> {
                    assertThat(p.serious()).isTrue();
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("damaged");
                });
                List<Review> all = new ArrayList<>();
                s.eachReview(all::add);
                assertThat(all).hasSize(1);
                assertThat(s.history(a)).hasSize(1);
            }
        }
        assertThat(Files.readString(log)).contains(bad); // kept byte for byte
    }

    @Test
    void theWriterRefusesNonFiniteAndOutOfRangeValues() {
        CardState inf = new CardState(Phase.REVIEW, 0, new MemoryState(Double.POSITIVE_INFINITY, 5), T0, T0, 1, 0, 1);
        Review r = Reviews.next(a, inf, Rating.GOOD, T0);
        Review bad = new Review("x-1", a, T0, r.offset(), r.rating(), r.mode(), r.answer(), null, r.taken(), inf,
                r.after());
        assertThatThrownBy(() -> EntryJson.line(new Entry.Reviewed(bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stability");
        CardState nan = new CardState(Phase.REVIEW, 0, new MemoryState(3, Double.NaN), T0, T0, 1, 0, 1);
        Review bad2 = new Review("x-2", a, T0, r.offset(), r.rating(), r.mode(), r.answer(), null, r.taken(),
                r.before(), nan);
        assertThatThrownBy(() -> EntryJson.line(new Entry.Reviewed(bad2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoreNeverRecordsAReviewItWouldNotReadBack() throws Exception {
        try (Store s = Store.open(data, clock)) {
            Review r = Reviews.first(a, T0);
            CardState far = new CardState(Phase.REVIEW, 0, new MemoryState(3, 5), T0.plus(Duration.ofDays(400 * 365L)),
                    T0, 1, 0, 1);
            Review bad = new Review(null, a, T0, r.offset(), r.rating(), r.mode(), r.answer(), null, r.taken(),
                    r.before(), far);
            assertThatThrownBy(() -> s.record(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(s.known(a)).isFalse();
            s.record(r);
        }
        try (Store s = Store.open(data, clock)) {
            assertThat(s.check()).noneMatch(StoreProblem::serious);
        }
    }
}
