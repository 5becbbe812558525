package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import cuecard.study.SessionSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressHandleTest {

    @TempDir
    Path data;

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final SessionSettings settings = SessionSettings.review("x", ZoneOffset.UTC);

    private static void answer(ProgressHandle h, String deck, String card, Instant at) throws Exception {
        CardKey key = new CardKey(deck, card);
        CardState before = h.progress().state(key, at);
        CardState after = new Fsrs(FsrsSettings.defaults()).apply(before, Rating.GOOD, at, 1);
        h.progress().record(new Review(null, key, at, ZoneOffset.UTC, Rating.GOOD, Mode.REVIEW, AnswerKind.SELF, null,
                Duration.ofSeconds(3), before, after));
    }

    @Test
    void newCardsStudiedEarlierTodayCountTowardsTheDailyLimit() throws Exception {
        try (ProgressHandle h = ProgressHandle.open(data, Clock.fixed(NOW, ZoneOffset.UTC))) {
            answer(h, "a", "one", NOW.minus(Duration.ofDays(1)));
            assertThat(h.studiedToday(List.of("a", "b"), settings, NOW).newCards()).as("yesterday's card").isZero();
            answer(h, "a", "two", NOW.minus(Duration.ofHours(1)));
            assertThat(h.studiedToday(List.of("a", "b"), settings, NOW).newCards()).isEqualTo(1);
            assertThat(h.studiedToday(List.of("b"), settings, NOW).newCards())
                    .as("no deck of this run was studied today: the log is not read").isZero();
        }
    }

    @Test
    void whatWasStudiedTodayIsCountedPerDeckAndReadAgainOnlyAfterAReview() throws Exception {
        try (ProgressHandle h = ProgressHandle.open(data, Clock.fixed(NOW, ZoneOffset.UTC))) {
            answer(h, "a", "one", NOW.minus(Duration.ofHours(2)));
            var first = h.studiedToday(List.of("a", "b"), settings, NOW);
            assertThat(first.of("a").newCards()).isEqualTo(1);
            assertThat(first.of("b").newCards()).as("deck b keeps its own limit").isZero();
            assertThat(h.studiedToday(List.of("a", "b"), settings, NOW)).as("the picker asks per deck: read once").isSameAs(first);
            answer(h, "b", "two", NOW.minus(Duration.ofHours(1)));
            assertThat(h.studiedToday(List.of("a", "b"), settings, NOW).of("b").newCards()).isEqualTo(1);
        }
    }
}
