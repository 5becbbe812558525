package cuecard.study;

import cuecard.review.Mode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a session runs.
 *
 * @param mode         review (scheduled and saved), cram (practice, logged as cram) or exam (scored, logged as exam)
 * @param title        what the header calls the cards being studied (a deck title, "all decks")
 * @param zone         the learner's time zone, for learning days (burying, choice order) and log offsets
 * @param dayStartHour the hour a new learning day starts
 * @param questions    for exams: how many questions at most (0 = all the source gives)
 * @param timeLimit    for exams: the time allowed, or null for none
 */
public record SessionSettings(Mode mode, String title, ZoneId zone, int dayStartHour, int questions, Duration timeLimit) {

    public static SessionSettings review(String title, ZoneId zone) {
        return new SessionSettings(Mode.REVIEW, title, zone, cuecard.schedule.QueueSettings.defaults().dayStartHour(),
                0, null);
    }

    public SessionSettings withTitle(String t) {
        return new SessionSettings(mode, t, zone, dayStartHour, questions, timeLimit);
    }

    public SessionSettings withMode(Mode m) {
        return new SessionSettings(m, title, zone, dayStartHour, questions, timeLimit);
    }

    public SessionSettings withExam(int count, Duration limit) {
        return new SessionSettings(Mode.EXAM, title, zone, dayStartHour, count, limit);
    }

    /**
     * The learning day an instant falls on: the calendar day in the zone, the day before until the day-start hour
     * (by the wall clock, so the same day the scheduler's queue uses, also on daylight-saving nights).
     */
    public LocalDate learningDay(Instant at) {
        return cuecard.schedule.LearningDay.of(at, zone, dayStartHour);
    }

    /** The instant a learning day begins (its start hour by the wall clock, also on daylight-saving nights). */
    public Instant learningDayStart(LocalDate day) {
        return cuecard.schedule.LearningDay.start(day, zone, dayStartHour);
    }
}
