package cuecard.stats;

import cuecard.deck.CardKey;
import cuecard.review.Phase;
import cuecard.review.Rating;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The reviews statistics are computed from, as columns of numbers (one row a review) instead of one object each:
 * a million reviews are a few arrays, not a million objects for the collector to copy while they pile up.
 * Filled once, then read; rows are in no set order.
 */
public final class ReviewTable {

    private static final Rating[] RATINGS = Rating.values();
    private static final Phase[] PHASES = Phase.values();

    private int size;
    private CardKey[] key = new CardKey[64];
    private int[] card = new int[64];
    private long[] second = new long[64];
    private byte[] rating = new byte[64];
    private byte[] phase = new byte[64];
    private int[] interval = new int[64];
    private boolean[] scheduled = new boolean[64];
    private long[] millis = new long[64];

    /** A table of the given events. */
    public static ReviewTable of(List<ReviewEvent> events) {
        ReviewTable t = new ReviewTable();
        for (ReviewEvent e : events) {
            t.add(e.key(), e.card(), e.at().getEpochSecond(), e.rating(), e.phaseBefore(), e.intervalBefore(),
                    e.scheduled(), e.millis());
        }
        return t;
    }

    /**
     * Adds a review.
     *
     * @param card the card's position in {@link StatsInput#cards()} when known (its key is then that card's key
     *             instance), else -1
     * @param at   the review's instant in whole seconds since 1970
     */
    public void add(CardKey key, int card, long at, Rating rating, Phase phaseBefore, int intervalBefore,
                    boolean scheduled, long millis) {
        if (size == second.length) {
            int n = size * 2;
            this.key = Arrays.copyOf(this.key, n);
            this.card = Arrays.copyOf(this.card, n);
            second = Arrays.copyOf(second, n);
            this.rating = Arrays.copyOf(this.rating, n);
            phase = Arrays.copyOf(phase, n);
            interval = Arrays.copyOf(interval, n);
            this.scheduled = Arrays.copyOf(this.scheduled, n);
            this.millis = Arrays.copyOf(this.millis, n);
        }
        this.key[size] = key;
        this.card[size] = card;
        second[size] = at;
        this.rating[size] = (byte) rating.ordinal();
        phase[size] = (byte) phaseBefore.ordinal();
        interval[size] = intervalBefore;
        this.scheduled[size] = scheduled;
        this.millis[size] = millis;
        size++;
    }

    public int size() {
        return size;
    }

    public CardKey key(int row) {
        return key[row];
    }

    /** The card's position in the input's cards, or -1 when the source did not say. */
    public int card(int row) {
        return card[row];
    }

    /** Seconds since 1970. */
    public long second(int row) {
        return second[row];
    }

    public Rating rating(int row) {
        return RATINGS[rating[row]];
    }

    /** Anything but Again counts as remembered. */
    public boolean passed(int row) {
        return rating[row] != Rating.AGAIN.ordinal();
    }

    public Phase phaseBefore(int row) {
        return PHASES[phase[row]];
    }

    public int intervalBefore(int row) {
        return interval[row];
    }

    public boolean scheduled(int row) {
        return scheduled[row];
    }

    public long millis(int row) {
        return millis[row];
    }
}
