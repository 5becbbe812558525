package cuecard.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Learning days, the one definition every part of cuecard uses (queue, picker, statistics, optimizer): a day begins
 * at a given local hour (04:00 by default) in the learner's time zone, so a session past midnight still counts for
 * the evening before. Wall-clock based: the offset is the one in force at the instant itself, so on a
 * daylight-saving change the day is 23 or 25 hours long, and a start hour that does not exist that night moves to
 * the first instant after the gap.
 */
public final class LearningDay {

    private static final long DAY = 86_400L;

    private LearningDay() {
    }

    /**
     * The learning day of an instant as days since 1970-01-01, given the offset from UTC in force at that instant:
     * the local date, the day before until {@code startHour}. Every other method here comes down to this one.
     */
    public static long epochDay(long epochSecond, int offsetSeconds, int startHour) {
        return Math.floorDiv(epochSecond + offsetSeconds - startHour * 3600L, DAY);
    }

    /** The learning day {@code at} belongs to. */
    public static LocalDate of(Instant at, ZoneId zone, int startHour) {
        return LocalDate.ofEpochDay(epochDay(at.getEpochSecond(), zone.getRules().getOffset(at).getTotalSeconds(),
                startHour));
    }

    /** The instant the learning day {@code day} begins (its start hour by the wall clock, or just after a gap). */
    public static Instant start(LocalDate day, ZoneId zone, int startHour) {
        return day.atTime(LocalTime.of(startHour, 0)).atZone(zone).toInstant();
    }

    /**
     * The learning days of many instants in one zone, quickly: the zone's offset is looked up once for each stretch
     * of time between two of its transitions, so instants read in time order cost one addition each. Gives what
     * {@link LearningDay#of} gives. Not thread-safe: one per pass.
     */
    public static final class InZone {

        private final ZoneRules rules;
        private final int startHour;
        private long from = Long.MAX_VALUE;
        private long to = Long.MIN_VALUE;
        private int offset;

        public InZone(ZoneId zone, int startHour) {
            this.rules = zone.getRules();
            this.startHour = startHour;
        }

        /** Days since 1970-01-01 of the learning day that holds {@code epochSecond}. */
        public long epochDay(long epochSecond) {
            if (epochSecond < from || epochSecond >= to) {
                window(epochSecond);
            }
            return LearningDay.epochDay(epochSecond, offset, startHour);
        }

        private void window(long second) {
            Instant at = Instant.ofEpochSecond(second);
            offset = rules.getOffset(at).getTotalSeconds();
            if (rules.isFixedOffset()) {
                from = Long.MIN_VALUE;
                to = Long.MAX_VALUE;
                return;
            }
            ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1)); // the one at or before it
            ZoneOffsetTransition next = rules.nextTransition(at);
            from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
            to = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
    }
}
