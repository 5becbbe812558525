package cuecard.schedule;

import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anki's SM-2 variant, by hand, fuzz off unless said. */
class Sm2Test {

    private static final Sm2 SM2 = new Sm2(Sm2Settings.defaults().withFuzz(false));
    private static final Instant T0 = Instant.parse("2025-03-01T08:30:00Z");

    private static CardState review(double interval, double ease, int elapsedDays) {
        return new CardState(Phase.REVIEW, 0, new MemoryState(interval, ease), T0.plus(Duration.ofDays((long) interval - elapsedDays)),
                T0.minus(Duration.ofDays(elapsedDays)), 5, 0, (int) interval);
    }

    @Test
    void newCardsWalkTheLearningSteps() {
        NextStates n = SM2.next(CardState.fresh(T0), T0, 1);
        assertThat(n.again().due()).isEqualTo(T0.plusSeconds(60));
        assertThat(n.hard().due()).isEqualTo(T0.plusSeconds(6 * 60));
        assertThat(n.good().due()).isEqualTo(T0.plusSeconds(10 * 60));
        assertThat(n.good().step()).isEqualTo(1);
        assertThat(n.easy().phase()).isEqualTo(Phase.REVIEW);
        assertThat(n.easy().scheduledDays()).isEqualTo(4);
        assertThat(n.easy().memory().difficulty()).as("starting ease").isEqualTo(2.5);

        NextStates second = SM2.next(n.good(), T0.plusSeconds(600), 1);
        assertThat(second.hard().due()).as("hard repeats the 10m step").isEqualTo(T0.plusSeconds(1200));
        assertThat(second.good().phase()).isEqualTo(Phase.REVIEW);
        assertThat(second.good().scheduledDays()).as("graduating interval").isEqualTo(1);
        assertThat(second.good().memory().stability()).isEqualTo(1);
        assertThat(second.again().step()).isZero();
    }

    @Test
    void reviewsOnTimeMultiplyByHardFactorEaseAndEasyBonus() {
        NextStates n = SM2.next(review(10, 2.5, 10), T0, 1);
        assertThat(n.hard().scheduledDays()).isEqualTo(12);
        assertThat(n.hard().memory().difficulty()).isCloseTo(2.35, within(1e-9));
        assertThat(n.good().scheduledDays()).isEqualTo(25);
        assertThat(n.good().memory().difficulty()).isEqualTo(2.5);
        assertThat(n.easy().scheduledDays()).isEqualTo(33);
        assertThat(n.easy().memory().difficulty()).isCloseTo(2.65, within(1e-9));
        assertThat(n.good().due()).isEqualTo(T0.plus(Duration.ofDays(25)));
        assertThat(n.good().memory().stability()).as("interval kept in stability").isEqualTo(25);
    }

    @Test
    void lateReviewsCountTheExtraDays() {
        NextStates n = SM2.next(review(10, 2.5, 14), T0, 1);
        assertThat(n.hard().scheduledDays()).isEqualTo(12);
        assertThat(n.good().scheduledDays()).isEqualTo(30);
        assertThat(n.easy().scheduledDays()).isEqualTo(46);
    }

    @Test
    void earlyReviewsUseTheDaysElapsed() {
        NextStates n = SM2.next(review(10, 2.5, 5), T0, 1);
        assertThat(n.hard().scheduledDays()).isEqualTo(6);
        assertThat(n.good().scheduledDays()).isEqualTo(13);
        assertThat(n.easy().scheduledDays()).isEqualTo(14);
    }

    @Test
    void aLapseLowersTheEaseAndRelearns() {
        NextStates n = SM2.next(review(10, 2.5, 10), T0, 1);
        CardState again = n.again();
        assertThat(again.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(again.lapses()).isEqualTo(1);
        assertThat(again.memory().difficulty()).isCloseTo(2.3, within(1e-9));
        assertThat(again.due()).isEqualTo(T0.plusSeconds(600));
        NextStates re = SM2.next(again, T0.plusSeconds(600), 1);
        assertThat(re.good().phase()).isEqualTo(Phase.REVIEW);
        assertThat(re.good().scheduledDays()).as("minimum interval after a lapse").isEqualTo(1);
        assertThat(re.easy().scheduledDays()).isEqualTo(2);
        assertThat(re.hard().due()).as("1.5 × the single relearning step").isEqualTo(T0.plusSeconds(600 + 900));
        assertThat(re.good().memory().difficulty()).isCloseTo(2.3, within(1e-9));
    }

    @Test
    void easeNeverFallsBelowOnePointThree() {
        NextStates n = SM2.next(review(10, 1.35, 10), T0, 1);
        assertThat(n.again().memory().difficulty()).isEqualTo(1.3);
        assertThat(n.hard().memory().difficulty()).isEqualTo(1.3);
        NextStates floor = SM2.next(review(10, 1.3, 10), T0, 1);
        assertThat(floor.good().scheduledDays()).isEqualTo(13);
    }

    @Test
    void intervalsAreOrderedAndClampedToTheMaximum() {
        Sm2 capped = new Sm2(new Sm2Settings(List.of(Duration.ofMinutes(1)), List.of(), 1, 4, 2.5, 1.3, 1.2, 1.0, 0.5, 1,
                100, false));
        NextStates n = capped.next(review(90, 2.5, 90), T0, 1);
        assertThat(n.hard().scheduledDays()).isEqualTo(100);
        assertThat(n.easy().scheduledDays()).isEqualTo(100);
        assertThat(n.again().phase()).as("no relearning steps").isEqualTo(Phase.REVIEW);
        assertThat(n.again().scheduledDays()).as("lapse factor 0.5").isEqualTo(45);
        NextStates small = SM2.next(review(1, 1.3, 1), T0, 1);
        assertThat(small.hard().scheduledDays()).isLessThan(small.good().scheduledDays());
        assertThat(small.good().scheduledDays()).isLessThan(small.easy().scheduledDays());
    }

    @Test
    void fuzzIsDeterministicPerCardAndReview() {
        Sm2 fuzzy = new Sm2();
        CardState card = review(30, 2.5, 30);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            int good = fuzzy.next(card, T0, seed).good().scheduledDays();
            assertThat(fuzzy.next(card, T0, seed).good().scheduledDays()).isEqualTo(good);
            assertThat(good).as("75 ± (1 + 0.675 + 1.3 + 2.75)").isBetween(69, 81);
            seen.add(good);
        }
        assertThat(seen.size()).isGreaterThan(3);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new Sm2Settings(List.of(), List.of(), 1, 4, 1.2, 1.3, 1.2, 1, 0, 1, 36500, true))
                .hasMessageContaining("starting ease");
        assertThatThrownBy(() -> new Sm2Settings(List.of(), List.of(), 0, 4, 2.5, 1.3, 1.2, 1, 0, 1, 36500, true))
                .hasMessageContaining("graduating");
    }
}
