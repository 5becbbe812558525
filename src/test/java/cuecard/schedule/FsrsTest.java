package cuecard.schedule;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked values of the FSRS-6 scheduler with default settings and fuzz off. */
class FsrsTest {

    private static final Fsrs FSRS = new Fsrs(FsrsSettings.defaults().withFuzz(false));
    private static final Instant T0 = Instant.parse("2025-03-01T08:30:00Z");

    @Test
    void aNewCardGoesToTheLearningStepsOrGraduatesOnEasy() {
        NextStates n = FSRS.next(CardState.fresh(T0), T0, 1);
        assertThat(n.again().due()).isEqualTo(T0.plusSeconds(60));
        assertThat(n.hard().due()).as("mean of 1m and 10m, rounded").isEqualTo(T0.plusSeconds(6 * 60));
        assertThat(n.good().due()).isEqualTo(T0.plusSeconds(10 * 60));
        assertThat(n.good().step()).isEqualTo(1);
        assertThat(n.good().phase()).isEqualTo(Phase.LEARNING);
        assertThat(n.easy().phase()).isEqualTo(Phase.REVIEW);
        assertThat(n.easy().scheduledDays()).isEqualTo(8);
        assertThat(n.easy().due()).isEqualTo(Instant.parse("2025-03-09T08:30:00Z"));
        assertThat(n.again().memory().stability()).isEqualTo(0.212);
        assertThat(n.hard().memory().difficulty()).isEqualTo(5.11217071);
        assertThat(n.good().memory().difficulty()).isEqualTo(2.11810397);
        assertThat(n.easy().memory().difficulty()).as("D0(4) is clamped to 1").isEqualTo(1);
        assertThat(n.good().reps()).isEqualTo(1);
        assertThat(n.good().lastReview()).isEqualTo(T0);
    }

    @Test
    void sameDayGoodGraduatesWithShortTermStabilityThenAReviewFourDaysLater() {
        CardState s = FSRS.apply(CardState.fresh(T0), Rating.GOOD, T0, 1);
        Instant t1 = T0.plusSeconds(600);
        s = FSRS.apply(s, Rating.GOOD, t1, 1);
        assertThat(s.phase()).isEqualTo(Phase.REVIEW);
        assertThat(s.memory().stability()).as("S·e^(w17·w18)·S^-w19 is below 1, so S stays").isEqualTo(2.3065);
        assertThat(s.memory().difficulty()).isCloseTo(2.11121424, within(1e-8));
        assertThat(s.scheduledDays()).isEqualTo(2);

        NextStates n = FSRS.next(s, Instant.parse("2025-03-05T09:00:00Z"), 1);
        assertThat(n.again().phase()).isEqualTo(Phase.RELEARNING);
        assertThat(n.again().lapses()).isEqualTo(1);
        assertThat(n.again().memory().stability()).isCloseTo(0.66154885, within(1e-8));
        assertThat(n.again().due()).isEqualTo(Instant.parse("2025-03-05T09:10:00Z"));
        assertThat(n.hard().memory().stability()).isCloseTo(10.65484778, within(1e-8));
        assertThat(n.hard().scheduledDays()).isEqualTo(11);
        assertThat(n.good().memory().stability()).isCloseTo(16.18802274, within(1e-8));
        assertThat(n.good().scheduledDays()).isEqualTo(16);
        assertThat(n.easy().memory().stability()).isCloseTo(28.30520394, within(1e-8));
        assertThat(n.easy().scheduledDays()).isEqualTo(28);
        assertThat(n.easy().due()).isEqualTo(Instant.parse("2025-04-02T09:00:00Z"));
        assertThat(n.good().lapses()).isZero();
    }

    @Test
    void relearningWithOneStepHardWaitsOneAndAHalfSteps() {
        CardState review = new CardState(Phase.REVIEW, 0, new MemoryState(20, 5), T0, T0.minus(Duration.ofDays(20)),
                5, 0, 20);
        CardState relearning = FSRS.apply(review, Rating.AGAIN, T0, 1);
        NextStates n = FSRS.next(relearning, T0.plusSeconds(600), 1);
        assertThat(n.hard().due()).isEqualTo(T0.plusSeconds(600 + 15 * 60));
        assertThat(n.hard().phase()).isEqualTo(Phase.RELEARNING);
        assertThat(n.good().phase()).as("past the only relearning step").isEqualTo(Phase.REVIEW);
        assertThat(n.good().scheduledDays()).isGreaterThanOrEqualTo(1);
        assertThat(n.again().lapses()).as("again while relearning is no new lapse").isEqualTo(1);
    }

    @Test
    void elapsedDaysAreUtcCalendarDays() {
        assertThat(Fsrs.utcDays(Instant.parse("2025-03-01T23:30:00Z"), Instant.parse("2025-03-02T00:10:00Z"))).isEqualTo(1);
        assertThat(Fsrs.utcDays(Instant.parse("2025-03-01T00:10:00Z"), Instant.parse("2025-03-01T23:50:00Z"))).isZero();
        assertThat(Fsrs.utcDays(Instant.parse("1969-12-31T23:00:00Z"), Instant.parse("1970-01-01T01:00:00Z"))).isEqualTo(1);
    }

    @Test
    void intervalsAreClampedToTheMaximum() {
        Fsrs capped = new Fsrs(FsrsSettings.defaults().withFuzz(false).withMaximumInterval(5));
        NextStates n = capped.next(CardState.fresh(T0), T0, 1);
        assertThat(n.easy().scheduledDays()).isEqualTo(5);
        CardState review = new CardState(Phase.REVIEW, 0, new MemoryState(300, 5), T0, T0.minus(Duration.ofDays(5)), 5, 0, 5);
        NextStates r = capped.next(review, T0, 1);
        assertThat(r.hard().scheduledDays()).isLessThanOrEqualTo(5);
        assertThat(r.good().scheduledDays()).as("the maximum wins over good > hard (as in Anki)").isEqualTo(5);
        assertThat(r.easy().scheduledDays()).isEqualTo(5);
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        for (double s : new double[] {0.5, 1, 3.7, 100, 36500}) {
            assertThat(FSRS.retrievability(s, s)).isCloseTo(0.9, within(1e-12));
        }
        assertThat(FSRS.retrievability(0, 5)).isEqualTo(1.0);
        assertThat(FSRS.retrievability(10, 5)).isLessThan(0.9);
        assertThat(new ForgettingCurve(0.5).recall(2, 2)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void higherRetentionMeansShorterIntervals() {
        Fsrs strict = new Fsrs(FsrsSettings.defaults().withFuzz(false).withDesiredRetention(0.95));
        Fsrs loose = new Fsrs(FsrsSettings.defaults().withFuzz(false).withDesiredRetention(0.8));
        assertThat(strict.interval(100)).isLessThan(FSRS.interval(100)).isLessThan(loose.interval(100));
        assertThat(FSRS.interval(100)).isEqualTo(100);
    }

    @Test
    void fuzzStaysInItsRangeAndDependsOnTheSeed() {
        Fsrs fuzzy = new Fsrs(FsrsSettings.defaults());
        CardState review = new CardState(Phase.REVIEW, 0, new MemoryState(40, 5), T0, T0.minus(Duration.ofDays(40)), 6, 0, 40);
        int plain = FSRS.next(review, T0, 1).good().scheduledDays();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            int d = fuzzy.next(review, T0, seed).good().scheduledDays();
            assertThat(d).isBetween((int) Math.round(plain * 0.9) - 1, (int) Math.round(plain * 1.1) + 1);
            assertThat(fuzzy.next(review, T0, seed).good().scheduledDays()).isEqualTo(d);
            seen.add(d);
        }
        assertThat(seen.size()).as("different seeds spread the interval").isGreaterThan(3);
        assertThat(Fsrs.fuzzSeed(0x0000000500000007L, 3)).as("(high ^ low) & 0x7fffffff, plus reps").isEqualTo("5");
    }

    @Test
    void cardSeedIsAStableHashOfTheKey() {
        assertThat(CardSeed.of(new CardKey("deck", "card"))).isEqualTo(CardSeed.of("deck/card"));
        assertThat(CardSeed.of("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(CardSeed.of("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(CardSeed.of("deck/card")).isNotEqualTo(CardSeed.of("deck/card-r"));
    }

    @Test
    void settingsAreValidated() {
        FsrsSettings d = FsrsSettings.defaults();
        assertThat(d.parameters()).hasSize(21);
        assertThat(d.desiredRetention()).isEqualTo(0.9);
        assertThat(d.maximumInterval()).isEqualTo(36500);
        assertThat(d.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(d.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(d.enableFuzz()).isTrue();
        assertThatThrownBy(() -> d.withParameters(new double[20])).hasMessageContaining("expected 21");
        double[] w = d.weights();
        w[4] = 11;
        assertThatThrownBy(() -> d.withParameters(w)).hasMessageContaining("w4");
        assertThatThrownBy(() -> d.withDesiredRetention(1)).hasMessageContaining("retention");
        assertThatThrownBy(() -> d.withMaximumInterval(0)).hasMessageContaining("maximum interval");
        assertThatThrownBy(() -> d.withSteps(List.of(Duration.ofSeconds(30)), List.of())).hasMessageContaining("whole minutes");
    }

    @Test
    void withoutStepsCardsGoStraightToDayIntervals() {
        Fsrs direct = new Fsrs(FsrsSettings.defaults().withFuzz(false).withSteps(List.of(), List.of()));
        NextStates n = direct.next(CardState.fresh(T0), T0, 1);
        assertThat(n.again().phase()).isEqualTo(Phase.REVIEW);
        assertThat(n.again().scheduledDays()).isEqualTo(1);
        assertThat(n.good().scheduledDays()).isEqualTo(2);
        CardState review = new CardState(Phase.REVIEW, 0, new MemoryState(20, 5), T0, T0.minus(Duration.ofDays(20)), 5, 0, 20);
        assertThat(direct.next(review, T0, 1).again().phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void aDayLongStepBecomesADayInterval() {
        Fsrs daily = new Fsrs(FsrsSettings.defaults().withFuzz(false).withSteps(List.of(Duration.ofMinutes(10), Duration.ofDays(1)),
                List.of(Duration.ofMinutes(10))));
        CardState s = daily.apply(CardState.fresh(T0), Rating.GOOD, T0, 1);
        assertThat(s.phase()).isEqualTo(Phase.REVIEW);
        assertThat(s.scheduledDays()).isEqualTo(1);
        assertThat(s.due()).isEqualTo(T0.plus(Duration.ofDays(1)));
    }
}
