package cuecard.stats;

/** Passed out of total; the rate is NaN when there is nothing to count. */
public record Ratio(int passed, int total) {

    public static final Ratio NONE = new Ratio(0, 0);

    public double rate() {
        return total == 0 ? Double.NaN : (double) passed / total;
    }

    Ratio add(boolean pass) {
        return new Ratio(passed + (pass ? 1 : 0), total + 1);
    }
}
