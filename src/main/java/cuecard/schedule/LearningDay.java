package cuecard.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Learning days: a day begins at a given local hour (04:00 by default) in the learner's time zone, so a session
 * past midnight still counts for the evening before. Wall-clock based: on a daylight-saving change the day is
 * 23 or 25 hours long, and a start hour that does not exist that night moves to the first instant after the gap.
 */
public final class LearningDay {

    private LearningDay() {
    }

    /** The learning day {@code at} belongs to. */
    public static LocalDate of(Instant at, ZoneId zone, int startHour) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate date = local.toLocalDate();
        return local.getHour() < startHour ? date.minusDays(1) : date;
    }

    /** The instant the learning day {@code day} begins. */
    public static Instant start(LocalDate day, ZoneId zone, int startHour) {
        return day.atTime(LocalTime.of(startHour, 0)).atZone(zone).toInstant();
    }

    /** The instant the learning day after the one {@code at} belongs to begins. */
    public static Instant nextStart(Instant at, ZoneId zone, int startHour) {
        return start(of(at, zone, startHour).plusDays(1), zone, startHour);
    }
}
