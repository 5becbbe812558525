package cuecard.schedule;

/**
 * What the optimizer produced.
 *
 * @param parameters the 21 FSRS-6 parameters
 * @param stage      how far the fit went (too little data stops it early)
 * @param items      training items given
 * @param trained    items left after outlier removal
 */
public record FitResult(double[] parameters, Stage stage, int items, int trained) {

    public enum Stage {
        /** fewer than 8 usable items: the defaults are kept */
        DEFAULTS,
        /** fewer than 64 usable items, or only first reviews: only w0-w3 were fitted */
        INITIAL_STABILITY,
        /** all 21 parameters were fitted */
        FULL
    }

    public FitResult {
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}
