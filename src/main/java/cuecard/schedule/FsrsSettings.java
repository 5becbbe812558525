package cuecard.schedule;

import java.time.Duration;
import java.util.List;

/**
 * What an FSRS-6 scheduler needs besides the card: the 21 model parameters, the retention to aim for, the longest
 * interval, the intra-day (re)learning steps and whether intervals are fuzzed. Invalid settings are refused when
 * built, with a one-line reason.
 *
 * @param parameters       the 21 FSRS-6 parameters w0..w20, each within its range ({@link FitBounds})
 * @param desiredRetention the recall probability at which a card comes due, strictly between 0 and 1
 * @param maximumInterval  the longest interval in days, 1..36500
 * @param learningSteps    steps of a new card, whole minutes, each at least one minute
 * @param relearningSteps  steps of a forgotten review card, whole minutes, each at least one minute
 * @param enableFuzz       whether day intervals of three days or more are spread a little (deterministically)
 */
public record FsrsSettings(List<Double> parameters, double desiredRetention, int maximumInterval,
                           List<Duration> learningSteps, List<Duration> relearningSteps, boolean enableFuzz) {

    public static final int PARAMETER_COUNT = FitBounds.COUNT;

    public FsrsSettings {
        parameters = List.copyOf(parameters);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        double[] w = new double[parameters.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = parameters.get(i);
        }
        String problem = FitBounds.problem(w);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1 (exclusive), was " + desiredRetention);
        }
        if (maximumInterval < 1 || maximumInterval > 36500) {
            throw new IllegalArgumentException("maximum interval must be 1..36500 days, was " + maximumInterval);
        }
        checkSteps("learning", learningSteps);
        checkSteps("relearning", relearningSteps);
    }

    private static void checkSteps(String what, List<Duration> steps) {
        for (Duration d : steps) {
            if (d.isNegative() || d.toMinutes() < 1 || d.toSeconds() % 60 != 0 || d.getNano() != 0) {
                throw new IllegalArgumentException(what + " steps must be whole minutes of at least 1m, was " + d);
            }
        }
    }

    /** FSRS-6 defaults: retention 0.9, at most 36500 days, learning steps 1m 10m, relearning step 10m, fuzz on. */
    public static FsrsSettings defaults() {
        double[] w = FitBounds.defaults();
        Double[] boxed = new Double[w.length];
        for (int i = 0; i < w.length; i++) {
            boxed[i] = w[i];
        }
        return new FsrsSettings(List.of(boxed), 0.9, 36500, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), true);
    }

    /** The parameters as a fresh array. */
    public double[] weights() {
        double[] w = new double[parameters.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = parameters.get(i);
        }
        return w;
    }

    public FsrsSettings withParameters(double[] w) {
        Double[] boxed = new Double[w.length];
        for (int i = 0; i < w.length; i++) {
            boxed[i] = w[i];
        }
        return new FsrsSettings(List.of(boxed), desiredRetention, maximumInterval, learningSteps, relearningSteps, enableFuzz);
    }

    public FsrsSettings withDesiredRetention(double retention) {
        return new FsrsSettings(parameters, retention, maximumInterval, learningSteps, relearningSteps, enableFuzz);
    }

    public FsrsSettings withMaximumInterval(int days) {
        return new FsrsSettings(parameters, desiredRetention, days, learningSteps, relearningSteps, enableFuzz);
    }

    public FsrsSettings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new FsrsSettings(parameters, desiredRetention, maximumInterval, learning, relearning, enableFuzz);
    }

    public FsrsSettings withFuzz(boolean on) {
        return new FsrsSettings(parameters, desiredRetention, maximumInterval, learningSteps, relearningSteps, on);
    }
}
