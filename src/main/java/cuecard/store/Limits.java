package cuecard.store;

import cuecard.review.CardState;
import cuecard.review.Review;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ranges a log line's values must be in (docs/store.md, "Value ranges"). A line with a value outside them is a
 * damaged line: kept, reported by the doctor, never used; the writer refuses to write one. The checks are plain
 * comparisons (no parsing, no regular expressions): they run on every line read.
 */
final class Limits {

    /** Instants from 1970-01-01T00:00:00Z (inclusive) ... */
    static final int FIRST_YEAR = 1970;
    /** ... to 2200-01-01T00:00:00Z (exclusive). */
    static final int LAST_YEAR = 2199;
    static final long MIN_SECOND = 0;
    static final long END_SECOND = Instants.epochDay(LAST_YEAR + 1, 1, 1) * 86400;
    /** Stability in days: FSRS keeps it within [0.001, 36500]; SM-2's learning interval is 0. */
    static final double MAX_STABILITY = 36500;
    /** Difficulty: FSRS's 1..10 (SM-2 keeps its ease factor, at least 1.3, there). */
    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;
    /** Scheduled days: the longest maximum interval a preset may have. */
    static final long MAX_DAYS = 36500;
    /** Learning step, reviews and lapses of one card. */
    static final long MAX_STEP = 1000;
    static final long MAX_COUNT = 10_000_000;
    /** Time to answer, in milliseconds (24 days); longer times are recorded as this. */
    static final long MAX_MILLIS = Integer.MAX_VALUE;
    /** The longest line read, without its newline: 1 MiB (a review line is about 450 bytes). */
    static final int MAX_LINE = 1 << 20;

    private Limits() {
    }

    static boolean instantOk(Instant t) {
        long s = t.getEpochSecond();
        return s >= MIN_SECOND && s < END_SECOND;
    }

    static boolean yearOk(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    static boolean dayOk(LocalDate d) {
        return yearOk(d.getYear());
    }

    static boolean stabilityOk(double s) {
        return s >= 0 && s <= MAX_STABILITY; // false for NaN
    }

    static boolean difficultyOk(double d) {
        return d >= MIN_DIFFICULTY && d <= MAX_DIFFICULTY;
    }

    /** What is out of range in {@code s}, or null when nothing is. */
    static String problem(CardState s) {
        if (s.memory() != null) {
            if (!stabilityOk(s.memory().stability())) {
                return "stability " + s.memory().stability() + " is outside [0, " + MAX_STABILITY + "]";
            }
            if (!difficultyOk(s.memory().difficulty())) {
                return "difficulty " + s.memory().difficulty() + " is outside [1, 10]";
            }
        }
        if (!instantOk(s.due())) {
            return "due " + s.due() + " is outside " + FIRST_YEAR + ".." + (LAST_YEAR + 1);
        }
        if (s.lastReview() != null && !instantOk(s.lastReview())) {
            return "last review " + s.lastReview() + " is outside " + FIRST_YEAR + ".." + (LAST_YEAR + 1);
        }
        if (s.step() < 0 || s.step() > MAX_STEP || s.reps() < 0 || s.reps() > MAX_COUNT || s.lapses() < 0
                || s.lapses() > MAX_COUNT || s.scheduledDays() < 0 || s.scheduledDays() > MAX_DAYS) {
            return "a counter is out of range (step " + s.step() + ", reps " + s.reps() + ", lapses " + s.lapses()
                    + ", days " + s.scheduledDays() + ")";
        }
        return null;
    }

    /** {@code s} with its review and lapse counts held at {@link #MAX_COUNT} (they saturate instead of overflowing). */
    static CardState saturated(CardState s) {
        if (s.reps() <= MAX_COUNT && s.lapses() <= MAX_COUNT) {
            return s;
        }
        return new CardState(s.phase(), s.step(), s.memory(), s.due(), s.lastReview(),
                (int) Math.min(s.reps(), MAX_COUNT), (int) Math.min(s.lapses(), MAX_COUNT), s.scheduledDays());
    }

    /** What is out of range in entry {@code e}, or null when nothing is. */
    static String problem(Entry e) {
        if (!instantOk(e.at())) {
            return "instant " + e.at() + " is outside " + FIRST_YEAR + ".." + (LAST_YEAR + 1);
        }
        if (e instanceof Entry.Reviewed rv) {
            Review r = rv.review();
            long ms = r.taken().isNegative() ? -1 : r.taken().getSeconds() > MAX_MILLIS / 1000 ? MAX_MILLIS + 1
                    : r.taken().toMillis();
            if (ms < 0 || ms > MAX_MILLIS) {
                return "time taken " + r.taken() + " is out of range";
            }
            String p = problem(r.before());
            if (p == null) {
                p = problem(r.after());
            }
            return p == null ? null : p;
        }
        if (e instanceof Entry.Burial b && !dayOk(b.until())) {
            return "day " + b.until() + " is outside " + FIRST_YEAR + ".." + (LAST_YEAR + 1);
        }
        if (e instanceof Entry.TornMark t && t.line() < 0) {
            return "line " + t.line() + " is negative";
        }
        return null;
    }

    /** Throws when {@code e} must not be written: a line the reader would reject. */
    static void requireWritable(Entry e) {
        String p = problem(e);
        if (p != null) {
            throw new IllegalArgumentException("refusing to write entry " + e.id() + ": " + p);
        }
    }
}
