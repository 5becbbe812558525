package cuecard.schedule;

/**
 * The FSRS-6 parameters the optimizer starts from and the ranges it keeps them in (after every step), plus the
 * spread of each parameter across users that scales the pull toward the starting values.
 */
public final class FitBounds {

    public static final int COUNT = 21;

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    private static final double[] LOW = {
        0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
        0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1};

    private static final double[] HIGH = {
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
        5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};

    /** Spread of each parameter across users (srs-benchmark figures used by fsrs-rs). */
    private static final double[] SPREAD = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27};

    private FitBounds() {
    }

    public static double[] defaults() {
        return DEFAULTS.clone();
    }

    static double spread(int i) {
        return SPREAD[i];
    }

    public static double low(int i) {
        return LOW[i];
    }

    public static double high(int i) {
        return HIGH[i];
    }

    /** Clamps every parameter into its range, in place. NaN becomes the default. */
    public static void clip(double[] w) {
        for (int i = 0; i < COUNT; i++) {
            double v = w[i];
            if (Double.isNaN(v)) {
                v = DEFAULTS[i];
            }
            w[i] = Math.max(LOW[i], Math.min(HIGH[i], v));
        }
    }

    /** A one-line reason why {@code w} is not a usable FSRS-6 parameter vector, or null when it is. */
    public static String problem(double[] w) {
        if (w.length != COUNT) {
            return "expected " + COUNT + " parameters, got " + w.length;
        }
        for (int i = 0; i < COUNT; i++) {
            if (!Double.isFinite(w[i])) {
                return "parameter w" + i + " is not a finite number";
            }
            if (w[i] < LOW[i] || w[i] > HIGH[i]) {
                return "parameter w" + i + " = " + w[i] + " is outside [" + LOW[i] + ", " + HIGH[i] + "]";
            }
        }
        return null;
    }
}
