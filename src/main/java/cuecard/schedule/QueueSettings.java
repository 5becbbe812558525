package cuecard.schedule;

import java.time.Duration;

/**
 * Daily limits and boundaries of the study queue, the same whichever scheduler a deck uses.
 *
 * @param newPerDay     new cards introduced per learning day
 * @param reviewsPerDay review cards shown per learning day (intra-day learning steps do not count)
 * @param dayStartHour  the local hour (0..23) at which a learning day begins
 * @param leechLapses   lapses after which a card is a leech and gets suspended
 * @param learnAhead    how far ahead a learning card may be shown when nothing else is left
 */
public record QueueSettings(int newPerDay, int reviewsPerDay, int dayStartHour, int leechLapses, Duration learnAhead) {

    public QueueSettings {
        if (newPerDay < 0 || reviewsPerDay < 0) {
            throw new IllegalArgumentException("daily limits must be 0 or more");
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("the learning day must start at an hour 0..23, was " + dayStartHour);
        }
        if (leechLapses < 1) {
            throw new IllegalArgumentException("leech threshold must be at least 1 lapse, was " + leechLapses);
        }
        if (learnAhead == null || learnAhead.isNegative()) {
            throw new IllegalArgumentException("learn-ahead must be zero or more");
        }
    }

    /** The given limits with Anki's 20-minute learn-ahead. */
    public QueueSettings(int newPerDay, int reviewsPerDay, int dayStartHour, int leechLapses) {
        this(newPerDay, reviewsPerDay, dayStartHour, leechLapses, Duration.ofMinutes(20));
    }

    /** 20 new cards and 200 reviews a day, days starting at 04:00, leeches at 8 lapses, 20 minutes learn-ahead. */
    public static QueueSettings defaults() {
        return new QueueSettings(20, 200, 4, 8);
    }
}
