package cuecard.schedule;

import java.time.Duration;
import java.util.List;

/**
 * Settings of Anki's SM-2 variant.
 *
 * @param learningSteps      steps of a new card (whole minutes)
 * @param relearningSteps    steps of a forgotten review card (whole minutes)
 * @param graduatingInterval days after the last learning step (Good)
 * @param easyInterval       days when a new card is answered Easy
 * @param startingEase       ease factor of a new card (2.5 = 250 %)
 * @param easyBonus          extra factor of an Easy review
 * @param hardFactor         factor of a Hard review
 * @param intervalModifier   factor applied to every review interval
 * @param lapseFactor        share of the old interval kept after a lapse (0 = start again from the minimum)
 * @param minimumInterval    shortest interval after a lapse, in days
 * @param maximumInterval    longest interval, in days
 * @param enableFuzz         whether review intervals are spread a little, seeded per card and review
 */
public record Sm2Settings(List<Duration> learningSteps, List<Duration> relearningSteps, int graduatingInterval,
                          int easyInterval, double startingEase, double easyBonus, double hardFactor,
                          double intervalModifier, double lapseFactor, int minimumInterval, int maximumInterval,
                          boolean enableFuzz) {

    /** Ease never falls below 130 %. */
    public static final double MINIMUM_EASE = 1.3;

    public Sm2Settings {
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        for (Duration d : learningSteps) {
            checkStep(d);
        }
        for (Duration d : relearningSteps) {
            checkStep(d);
        }
        if (maximumInterval < 1 || maximumInterval > 36500 || minimumInterval < 1 || minimumInterval > maximumInterval) {
            throw new IllegalArgumentException("intervals must satisfy 1 <= minimum <= maximum <= 36500");
        }
        if (graduatingInterval < 1 || easyInterval < graduatingInterval) {
            throw new IllegalArgumentException("graduating interval must be at least 1 day and the easy interval at least that");
        }
        if (!(startingEase >= MINIMUM_EASE && startingEase <= 5)) {
            throw new IllegalArgumentException("starting ease must be between 1.3 and 5, was " + startingEase);
        }
        if (!(easyBonus >= 1 && easyBonus <= 5) || !(hardFactor >= 1 && hardFactor <= 2)
                || !(intervalModifier > 0 && intervalModifier <= 5) || !(lapseFactor >= 0 && lapseFactor <= 1)) {
            throw new IllegalArgumentException("easy bonus 1..5, hard factor 1..2, interval modifier (0,5], lapse factor 0..1");
        }
    }

    private static void checkStep(Duration d) {
        if (d.isNegative() || d.toMinutes() < 1 || d.toSeconds() % 60 != 0 || d.getNano() != 0) {
            throw new IllegalArgumentException("steps must be whole minutes of at least 1m, was " + d);
        }
    }

    /** Anki's defaults: steps 1m 10m, relearning 10m, graduating 1 day, easy 4 days, ease 2.5, easy bonus 1.3, hard 1.2. */
    public static Sm2Settings defaults() {
        return new Sm2Settings(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
                1, 4, 2.5, 1.3, 1.2, 1.0, 0.0, 1, 36500, true);
    }

    public Sm2Settings withFuzz(boolean on) {
        return new Sm2Settings(learningSteps, relearningSteps, graduatingInterval, easyInterval, startingEase, easyBonus,
                hardFactor, intervalModifier, lapseFactor, minimumInterval, maximumInterval, on);
    }
}
