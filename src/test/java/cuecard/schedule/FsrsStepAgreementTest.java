package cuecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The optimizer's unrounded step ({@link FitModel}, which the retention simulator takes too) and the scheduler's
 * step ({@link Fsrs}, rounded as ts-fsrs rounds) give the same memory states on the same inputs, and both read the
 * one {@link ForgettingCurve}.
 */
class FsrsStepAgreementTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-03-01T00:00:00Z");

    /** Random parameters inside the optimizer's bounds, with w0..w3 at least 0.1 (ts-fsrs floors them there). */
    private static double[] parameters(Random random) {
        double[] w = FitBounds.defaults();
        for (int i = 0; i < w.length; i++) {
            double lo = i < 4 ? Math.max(0.1, FitBounds.low(i)) : FitBounds.low(i);
            double hi = FitBounds.high(i);
            w[i] = Math.max(lo, Math.min(hi, w[i] * (0.6 + 0.8 * random.nextDouble())));
        }
        return w;
    }

    private static Fsrs scheduler(double[] w) {
        // one relearning step (ts-fsrs lowers w17 and w18 only for several)
        FsrsSettings defaults = FsrsSettings.defaults();
        return new Fsrs(defaults.withParameters(w).withSteps(defaults.learningSteps(), List.of(Duration.ofMinutes(10))));
    }

    @Test
    void reviewStepsAgreeWithinTheRounding() {
        Random random = new Random(21);
        FitModel model = new FitModel();
        int checked = 0;
        for (int trial = 0; trial < 400; trial++) {
            double[] w = parameters(random);
            Fsrs fsrs = scheduler(w);
            double stability = Math.exp(Math.log(0.1) + random.nextDouble() * Math.log(10_000));
            double difficulty = 1 + 9 * random.nextDouble();
            int days = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(400);
            Instant now = MIDNIGHT.plus(Duration.ofDays(days)).plus(Duration.ofHours(random.nextInt(20)));
            CardState card = new CardState(Phase.REVIEW, 0, new MemoryState(stability, difficulty), now, MIDNIGHT,
                    5, 1, Math.max(1, days));
            NextStates next = fsrs.next(card, now, trial);
            for (Rating rating : Rating.values()) {
                double[] sd = {stability, difficulty};
                model.step(w, sd, rating.value(), days, false);
                MemoryState m = next.of(rating).memory();
                assertThat(m.stability()).as("S after %s, %d days, S=%s D=%s", rating, days, stability, difficulty)
                        .isCloseTo(sd[0], within(1e-7 + 1e-6 * sd[0]));
                assertThat(m.difficulty()).as("D after %s, %d days", rating, days).isCloseTo(sd[1], within(1e-6));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(400 * 4);
    }

    @Test
    void firstStepsAgree() {
        Random random = new Random(5);
        FitModel model = new FitModel();
        for (int trial = 0; trial < 100; trial++) {
            double[] w = parameters(random);
            NextStates next = scheduler(w).next(CardState.fresh(MIDNIGHT), MIDNIGHT, trial);
            for (Rating rating : Rating.values()) {
                double[] sd = new double[2];
                model.step(w, sd, rating.value(), 0, true);
                MemoryState m = next.of(rating).memory();
                assertThat(m.stability()).isCloseTo(sd[0], within(1e-12));
                assertThat(m.difficulty()).isCloseTo(sd[1], within(1e-7));
            }
        }
    }

    @Test
    void theRoundedCurveOfTheStepIsTheForgettingCurve() {
        Random random = new Random(9);
        for (int trial = 0; trial < 1000; trial++) {
            double[] w = parameters(random);
            Fsrs fsrs = scheduler(w);
            double stability = Math.exp(Math.log(0.01) + random.nextDouble() * Math.log(1_000_000));
            int days = random.nextInt(1000);
            double plain = new ForgettingCurve(w[20]).recall(days, stability);
            assertThat(fsrs.retrievability(days, stability)).isEqualTo(plain);
            assertThat(fsrs.roundedRecall(days, stability)).isCloseTo(plain, within(1e-7));
        }
    }

    @Test
    void theCurveOfACard() {
        ForgettingCurve curve = ForgettingCurve.DEFAULT;
        assertThat(curve.w20()).isEqualTo(0.1542);
        CardState reviewed = new CardState(Phase.REVIEW, 0, new MemoryState(4, 5), MIDNIGHT, MIDNIGHT, 1, 0, 4);
        assertThat(curve.recall(reviewed, MIDNIGHT.plus(Duration.ofDays(4)))).isCloseTo(0.9, within(1e-12));
        assertThat(curve.recall(reviewed, MIDNIGHT.plus(Duration.ofHours(12)))).isCloseTo(curve.recall(0.5, 4), within(1e-15));
        assertThat(curve.recall(CardState.fresh(MIDNIGHT), MIDNIGHT.plus(Duration.ofDays(1)))).isZero();
        CardState noStability = new CardState(Phase.REVIEW, 0, new MemoryState(0, 5), MIDNIGHT, MIDNIGHT, 1, 0, 1);
        assertThat(curve.recall(noStability, MIDNIGHT.plus(Duration.ofDays(1)))).isZero();
        assertThat(curve.recall(Double.NaN, 1)).isNaN();
        assertThat(curve.intervalScale(0.9)).isCloseTo(1, within(1e-12));
        assertThat(curve.recall(curve.intervalScale(0.8) * 7, 7)).isCloseTo(0.8, within(1e-12));
    }
}
