package cuecard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.schedule.LearningDay;
import cuecard.review.Phase;
import cuecard.schedule.QueueSettings;
import cuecard.review.Rating;
import cuecard.schedule.StudyQueue;
import cuecard.study.MemoryProgress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 1: statistics count a review on the same learning day as the scheduler does, also in the hours
 * after a daylight-saving change (New York: forward on 2026-03-08 at 02:00, back on 2026-11-01 at 02:00).
 */
class StatsDaylightSavingTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final CardKey KEY = new CardKey("d", "c");

    private static StatsInput input(Instant now, Instant... reviews) {
        List<ReviewEvent> events = java.util.Arrays.stream(reviews)
                .map(at -> new ReviewEvent(KEY, at, Rating.GOOD, Phase.REVIEW, 3, true, 1_000)).toList();
        return new StatsInput(events, List.of(), now, NEW_YORK, 4, (s, at) -> 0.9);
    }

    private static int countOn(Stats s, LocalDate day) {
        return s.reviewsPerDay().stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow().count();
    }

    @Test
    void aReviewAfterFourOnTheSpringForwardMorningCountsForThatDay() {
        Instant halfPastFour = Instant.parse("2026-03-08T08:30:00Z"); // 04:30 EDT
        Instant halfPastThree = Instant.parse("2026-03-08T07:30:00Z"); // 03:30 EDT, before the day starts
        Stats s = StatsCalculation.of(input(Instant.parse("2026-03-08T16:00:00Z"), halfPastFour, halfPastThree));
        assertThat(countOn(s, LocalDate.of(2026, 3, 8))).isEqualTo(1);
        assertThat(countOn(s, LocalDate.of(2026, 3, 7))).isEqualTo(1);
        assertThat(s.today().reviews()).isEqualTo(1);
    }

    @Test
    void aReviewBeforeFourOnTheFallBackMorningCountsForTheDayBefore() {
        Instant halfPastThree = Instant.parse("2026-11-01T08:30:00Z"); // 03:30 EST
        Instant halfPastFour = Instant.parse("2026-11-01T09:30:00Z"); // 04:30 EST
        Stats s = StatsCalculation.of(input(Instant.parse("2026-11-01T17:00:00Z"), halfPastThree, halfPastFour));
        assertThat(countOn(s, LocalDate.of(2026, 10, 31))).isEqualTo(1);
        assertThat(countOn(s, LocalDate.of(2026, 11, 1))).isEqualTo(1);
        assertThat(s.today().reviews()).isEqualTo(1);
    }

    @Test
    void statsAndTheQueueAgreeOnEveryQuarterHourAroundBothChanges() {
        StudyQueue queue = new StudyQueue(List.of(), new MemoryProgress(), QueueSettings.defaults(), NEW_YORK);
        for (Instant from : List.of(Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-10-30T00:00:00Z"))) {
            StatsInput in = input(from);
            LearningDay.InZone many = in.learningDays();
            for (Instant at = from; at.isBefore(from.plus(Duration.ofDays(4))); at = at.plus(Duration.ofMinutes(15))) {
                LocalDate scheduler = queue.today(at);
                assertThat(in.day(at)).as("%s", at).isEqualTo(scheduler);
                assertThat(LocalDate.ofEpochDay(many.epochDay(at.getEpochSecond()))).as("%s", at).isEqualTo(scheduler);
            }
        }
    }
}
