package cuecard.schedule;

import cuecard.study.Mode;
import cuecard.study.Review;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What was already studied on a learning day before the queue was built, so the daily limits hold across
 * sessions: new cards introduced and review cards answered (intra-day learning steps are not counted).
 *
 * @param day      the learning day the counts belong to
 * @param newCards new cards answered for the first time that day
 * @param reviews  review cards answered that day
 */
public record StudiedToday(LocalDate day, int newCards, int reviews) {

    /** Nothing studied yet (on any day). */
    public static StudiedToday none() {
        return new StudiedToday(LocalDate.MIN, 0, 0);
    }

    /** Counts the review-mode answers of {@code log} that fall on learning day {@code day}. */
    public static StudiedToday from(Iterable<Review> log, LocalDate day, ZoneId zone, int dayStartHour) {
        int fresh = 0;
        int reviews = 0;
        for (Review r : log) {
            if (r.mode() != Mode.REVIEW || !LearningDay.of(r.at(), zone, dayStartHour).equals(day)) {
                continue;
            }
            if (r.before().phase() == Phase.NEW) {
                fresh++;
            } else if (r.before().phase() == Phase.REVIEW) {
                reviews++;
            }
        }
        return new StudiedToday(day, fresh, reviews);
    }

    /** The counts that apply on {@code today}: these when the day matches, zero otherwise. */
    StudiedToday on(LocalDate today) {
        return today.equals(day) ? this : new StudiedToday(today, 0, 0);
    }
}
