package cuecard.schedule;

import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the FSRS-6 scheduler that hold for any card, any history and any valid parameters. */
class FsrsProperties {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    /** A review at some gap after the previous one: the gap in minutes and the rating 1..4. */
    record Answer(long minutes, int rating) {
    }

    @Provide
    Arbitrary<List<Answer>> histories() {
        Arbitrary<Long> gaps = Arbitraries.oneOf(Arbitraries.longs().between(0, 30),
                Arbitraries.longs().between(60, 24 * 60), Arbitraries.longs().between(1440, 1440L * 400),
                Arbitraries.longs().between(1440L * 400, 1440L * 9000));
        return Combinators.combine(gaps, Arbitraries.integers().between(1, 4)).as(Answer::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<double[]> parameters() {
        List<Arbitrary<Double>> each = new ArrayList<>();
        for (int i = 0; i < FitBounds.COUNT; i++) {
            each.add(Arbitraries.doubles().between(FitBounds.low(i), FitBounds.high(i)).ofScale(6));
        }
        return Combinators.combine(each).as(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Property(tries = 300)
    void reviewIntervalsAreOrdered(@ForAll @DoubleRange(min = 0.01, max = 30000) @net.jqwik.api.constraints.Scale(4) double stability,
                                   @ForAll @DoubleRange(min = 1, max = 10) double difficulty,
                                   @ForAll @IntRange(min = 0, max = 3650) int elapsedDays,
                                   @ForAll boolean fuzz, @ForAll long seed,
                                   @ForAll("parameters") double[] w) {
        Fsrs fsrs = new Fsrs(FsrsSettings.defaults().withParameters(w).withFuzz(fuzz));
        Instant now = T0.plus(Duration.ofDays(elapsedDays));
        CardState card = new CardState(Phase.REVIEW, 0, new MemoryState(stability, difficulty), now, T0, 5, 1, 3);
        NextStates n = fsrs.next(card, now, seed);
        assertThat(n.again().due()).isBefore(n.hard().due());
        assertThat(n.hard().scheduledDays()).isGreaterThanOrEqualTo(1);
        if (n.easy().scheduledDays() < 36500) {
            assertThat(n.hard().scheduledDays()).isLessThan(n.good().scheduledDays());
            assertThat(n.good().scheduledDays()).isLessThan(n.easy().scheduledDays());
        } else {
            assertThat(n.hard().scheduledDays()).isLessThanOrEqualTo(n.good().scheduledDays());
            assertThat(n.good().scheduledDays()).isLessThanOrEqualTo(n.easy().scheduledDays());
        }
        assertThat(n.again().phase()).isEqualTo(Phase.RELEARNING);
        assertThat(n.again().lapses()).isEqualTo(2);
    }

    @Property(tries = 300)
    void retrievabilityAtStabilityIsNinetyPercent(@ForAll @DoubleRange(min = 0.001, max = 36500, maxIncluded = true) @net.jqwik.api.constraints.Scale(6) double s,
                                                  @ForAll @DoubleRange(min = 0.1, max = 0.8) double w20) {
        assertThat(new ForgettingCurve(w20).recall(s, s)).isCloseTo(0.9, within(1e-9));
        assertThat(new ForgettingCurve(w20).recall(s / 2, s)).isGreaterThan(0.9);
        assertThat(new ForgettingCurve(w20).recall(s * 2, s)).isLessThan(0.9);
    }

    @Property(tries = 300)
    void stabilityAndDifficultyStayInRange(@ForAll("histories") List<Answer> history, @ForAll("parameters") double[] w,
                                           @ForAll boolean fuzz, @ForAll @IntRange(min = 1, max = 36500) int maximum) {
        Fsrs fsrs = new Fsrs(FsrsSettings.defaults().withParameters(w).withFuzz(fuzz).withMaximumInterval(maximum));
        CardState s = CardState.fresh(T0);
        Instant at = T0;
        for (Answer a : history) {
            at = at.plus(Duration.ofMinutes(a.minutes()));
            s = fsrs.apply(s, Rating.of(a.rating()), at, 99);
            assertThat(s.memory().stability()).isBetween(0.001, 36500.0);
            assertThat(s.memory().difficulty()).isBetween(1.0, 10.0);
            assertThat(s.scheduledDays()).isBetween(0, maximum);
            assertThat(s.due()).isAfter(at);
            assertThat(s.lastReview()).isEqualTo(at);
        }
        assertThat(s.reps()).isEqualTo(history.size());
    }

    @Property(tries = 200)
    void theSameHistoryAlwaysGivesTheSameSchedule(@ForAll("histories") List<Answer> history, @ForAll long seed) {
        List<CardState> first = replay(new Fsrs(FsrsSettings.defaults()), history, seed);
        List<CardState> second = replay(new Fsrs(FsrsSettings.defaults()), history, seed);
        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 300)
    void fuzzStaysWithinItsRange(@ForAll @DoubleRange(min = 2.5, max = 30000) @net.jqwik.api.constraints.Scale(4) double stability,
                                 @ForAll @IntRange(min = 1, max = 3650) int elapsedDays, @ForAll long seed) {
        Fsrs plain = new Fsrs(FsrsSettings.defaults().withFuzz(false));
        Fsrs fuzzy = new Fsrs(FsrsSettings.defaults());
        Instant now = T0.plus(Duration.ofDays(elapsedDays));
        CardState card = new CardState(Phase.REVIEW, 0, new MemoryState(stability, 5), now, T0, 5, 0, 3);
        int base = plain.next(card, now, seed).good().scheduledDays();
        int fuzzed = fuzzy.next(card, now, seed).good().scheduledDays();
        // delta is at most 1 + 0.15·4.5 + 0.1·13 + 0.05·(I − 20) ≈ 5% of long intervals; +1 for the hard < good nudge
        double delta = 1 + 0.15 * Math.max(Math.min(base, 7) - 2.5, 0) + 0.1 * Math.max(Math.min(base, 20) - 7, 0)
                + 0.05 * Math.max(base - 20, 0);
        assertThat((double) fuzzed).isBetween(Math.min(base - delta - 1, elapsedDays + 1.0), base + delta + 1);
    }

    private static List<CardState> replay(Fsrs fsrs, List<Answer> history, long seed) {
        List<CardState> out = new ArrayList<>();
        CardState s = CardState.fresh(T0);
        Instant at = T0;
        for (Answer a : history) {
            at = at.plus(Duration.ofMinutes(a.minutes()));
            s = fsrs.apply(s, Rating.of(a.rating()), at, seed);
            out.add(s);
        }
        return out;
    }
}
