package cuecard.store;

import static cuecard.store.Reviews.T0;
import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card browser's reset: a fresh start recorded as its own log entry, the history kept. */
class StoreResetTest {

    @TempDir
    Path data;

    private final CardKey key = new CardKey("capitals", "france");

    @Test
    void aResetCardIsNewAgainKeepsItsHistoryAndSurvivesReplayAndSnapshot() throws Exception {
        Clock later = Clock.fixed(T0.plus(Duration.ofDays(5)), ZoneOffset.UTC);
        try (Store s = Store.open(data, later)) {
            Review first = s.record(Reviews.first(key, T0));
            s.record(Reviews.next(key, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1))));
            s.reset(key);
            assertThat(s.state(key, later.instant()).phase()).isEqualTo(Phase.NEW);
            assertThat(s.state(key, later.instant()).reps()).isZero();
            assertThat(s.reviews()).hasSize(2);
        }
        String log;
        try (var files = Files.list(data.resolve("reviews"))) {
            log = Files.readString(files.findFirst().orElseThrow());
        }
        assertThat(log).contains("\"kind\":\"reset\"");
        for (int run = 0; run < 2; run++) { // cold (from the logs), then from the snapshot the first run wrote
            try (Store s = Store.openReadOnly(data, later)) {
                assertThat(s.state(key, later.instant()).phase()).isEqualTo(Phase.NEW);
                assertThat(s.reviews()).hasSize(2);
            }
        }
        // answering after the reset schedules from the fresh state
        try (Store s = Store.open(data, later)) {
            Review again = s.record(Reviews.next(key, s.state(key, later.instant()), Rating.GOOD,
                    later.instant().plus(Duration.ofMinutes(1))));
            assertThat(s.state(key, later.instant()).reps()).isEqualTo(again.after().reps());
        }
        try (Store s = Store.openReadOnly(data, later)) {
            assertThat(s.state(key, later.instant()).phase()).isNotEqualTo(Phase.NEW);
        }
    }

    @Test
    void anUndoneResetGivesTheCardItsStateBackAndSurvivesReplayAndSnapshot() throws Exception {
        Clock later = Clock.fixed(T0.plus(Duration.ofDays(5)), ZoneOffset.UTC);
        CardKey other = new CardKey("capitals", "spain");
        cuecard.review.CardState before;
        try (Store s = Store.open(data, later)) {
            Review first = s.record(Reviews.first(key, T0));
            s.record(Reviews.next(key, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1))));
            before = s.state(key, later.instant());
            assertThat(s.undoReset(key)).as("nothing reset yet").isFalse();
            s.reset(other); // never reviewed
            s.reset(key);
            assertThat(s.undoReset(other)).as("only the last reset, in order").isFalse();
            assertThat(s.undoReset(key)).isTrue();
            assertThat(s.state(key, later.instant())).isEqualTo(before);
            assertThat(s.undoReset(other)).isTrue();
            assertThat(s.known(other)).isFalse();
            assertThat(s.reviewCount()).as("undoing a reset undoes no review").isEqualTo(2);
        }
        for (int run = 0; run < 2; run++) { // cold (from the logs), then from the snapshot the first run wrote
            try (Store s = Store.openReadOnly(data, later)) {
                assertThat(s.state(key, later.instant())).as("run %d", run).isEqualTo(before);
                assertThat(s.known(other)).isFalse();
                assertThat(s.reviewCount()).isEqualTo(2);
            }
        }
    }
}
