package cuecard.stats;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The learning day of many instants (as {@link StatsInput#epochDay}), quickly: the zone's offset is looked up once
 * for each stretch of time between two of its transitions, so instants read in time order cost one addition each.
 */
final class LearningDays {

    private final ZoneRules rules;
    private final long shift;
    private long from = Long.MAX_VALUE;
    private long to = Long.MIN_VALUE;
    private int offset;

    LearningDays(ZoneId zone, int dayStartHour) {
        this.rules = zone.getRules();
        this.shift = dayStartHour * 3600L;
    }

    /** Days since 1970-01-01 of the learning day that holds {@code second} (seconds since 1970). */
    long epochDay(long second) {
        long s = second - shift;
        if (s < from || s >= to) {
            window(s);
        }
        return Math.floorDiv(s + offset, 86_400L);
    }

    private void window(long s) {
        Instant at = Instant.ofEpochSecond(s);
        offset = rules.getOffset(at).getTotalSeconds();
        if (rules.isFixedOffset()) {
            from = Long.MIN_VALUE;
            to = Long.MAX_VALUE;
            return;
        }
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1)); // the one at or before s
        ZoneOffsetTransition next = rules.nextTransition(at);
        from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        to = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }
}
