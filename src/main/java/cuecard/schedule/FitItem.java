package cuecard.schedule;

import java.util.Arrays;

/**
 * One training item for the optimizer: the first {@code length()} reviews of a card. All but the last are the
 * history that sets the memory state; the last one is the review whose outcome (recalled or not) is predicted.
 * Days are whole days since the previous review (0 for the first review and for same-day reviews).
 */
public final class FitItem {

    private final byte[] ratings;
    private final int[] days;

    public FitItem(int[] ratings, int[] days) {
        if (ratings.length != days.length || ratings.length < 2) {
            throw new IllegalArgumentException("an item needs at least two reviews with a day count each");
        }
        this.ratings = new byte[ratings.length];
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i] < 1 || ratings[i] > 4) {
                throw new IllegalArgumentException("rating " + ratings[i] + " is not 1-4");
            }
            if (days[i] < 0) {
                throw new IllegalArgumentException("negative day count " + days[i]);
            }
            this.ratings[i] = (byte) ratings[i];
        }
        this.days = days.clone();
    }

    byte[] ratingArray() {
        return ratings;
    }

    int[] dayArray() {
        return days;
    }

    public int length() {
        return ratings.length;
    }

    public int rating(int i) {
        return ratings[i];
    }

    public int days(int i) {
        return days[i];
    }

    /** The rating of the predicted review. */
    public int targetRating() {
        return ratings[ratings.length - 1];
    }

    /** Days between the last history review and the predicted one. */
    public int targetDays() {
        return days[days.length - 1];
    }

    public boolean recalled() {
        return targetRating() > 1;
    }

    /** Reviews at least a day after the one before. */
    public int longTermReviews() {
        int n = 0;
        for (int d : days) {
            if (d > 0) {
                n++;
            }
        }
        return n;
    }

    /** The first review at least a day after the one before; the item must have one. */
    public int firstLongTermIndex() {
        for (int i = 0; i < days.length; i++) {
            if (days[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no long-term review");
    }

    /** Lapses (Again at least a day later) in the history before the predicted review. */
    public int historyLapses() {
        int n = 0;
        for (int i = 0; i < ratings.length - 1; i++) {
            if (ratings[i] == 1 && days[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Every prefix of two or more reviews of one card's history whose last review is at least a day after the
     * one before (same-day outcomes carry no information about long-term memory).
     */
    public static java.util.List<FitItem> prefixes(int[] ratings, int[] days) {
        java.util.List<FitItem> items = new java.util.ArrayList<>();
        for (int k = 2; k <= ratings.length; k++) {
            if (days[k - 1] > 0) {
                items.add(new FitItem(Arrays.copyOf(ratings, k), Arrays.copyOf(days, k)));
            }
        }
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitItem other && Arrays.equals(ratings, other.ratings) && Arrays.equals(days, other.days);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ratings) + Arrays.hashCode(days);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("FitItem[");
        for (int i = 0; i < ratings.length; i++) {
            b.append(i == 0 ? "" : ", ").append(ratings[i]).append('@').append(days[i]);
        }
        return b.append(']').toString();
    }
}
