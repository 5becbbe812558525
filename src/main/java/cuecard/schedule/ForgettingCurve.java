package cuecard.schedule;

import cuecard.review.CardState;

import java.time.Instant;

/**
 * FSRS-6's forgetting curve, the one place it is written: the probability of recalling a card {@code t} days after
 * its last review at stability {@code S} is R(t,S) = (1 + f·t/S)^(−w20), with f = 0.9^(−1/w20) − 1 so that
 * R(S,S) = 0.9. The scheduler ({@link Fsrs}), the optimizer ({@link FitModel}, {@link InitialStability}), the
 * retention simulator, the review queue's order and the picker's recall column all read it here. ({@code Fsrs}'s
 * step also evaluates it the way ts-fsrs rounds it, to 8 decimals; {@code FsrsStepAgreementTest} holds the two
 * within that rounding.)
 *
 * <p>Immutable and thread-safe.
 */
public final class ForgettingCurve {

    private static final long DAY_MILLIS = 86_400_000L;

    /** The curve with FSRS-6's default decay (w20 = 0.1542): ranking cards needs no fitted decay. */
    public static final ForgettingCurve DEFAULT = new ForgettingCurve(FitBounds.defaults()[20]);

    private final double w20;
    private final double factor;

    public ForgettingCurve(double w20) {
        this.w20 = w20;
        this.factor = Math.pow(0.9, -1 / w20) - 1;
    }

    public double w20() {
        return w20;
    }

    /** f = 0.9^(−1/w20) − 1. */
    public double factor() {
        return factor;
    }

    /** R after {@code days} days (fractional days allowed, negative ones count as none) at {@code stability}. */
    public double recall(double days, double stability) {
        return Math.pow(1 + factor * Math.max(0, days) / stability, -w20);
    }

    /**
     * The card's recall probability at {@code now}, with the time since its last review in fractional days; 0 for a
     * card never reviewed or without a positive stability (counted as forgotten).
     */
    public double recall(CardState card, Instant now) {
        if (card.memory() == null || card.lastReview() == null || !(card.memory().stability() > 0)) {
            return 0;
        }
        double days = (now.toEpochMilli() - card.lastReview().toEpochMilli()) / (double) DAY_MILLIS;
        return recall(days, card.memory().stability());
    }

    /** The interval, in stabilities, after which R falls to {@code retention}: (retention^(−1/w20) − 1) / f. */
    public double intervalScale(double retention) {
        return (Math.pow(retention, -1 / w20) - 1) / factor;
    }
}
