package cuecard.stats;

import cuecard.review.CardState;
import cuecard.schedule.LearningDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * Everything statistics are computed from.
 *
 * @param recall       predicted probability of recall of a card state at an instant (the scheduler's model)
 * @param dayStartHour the hour the learning day starts (4 = 04:00 local)
 */
public record StatsInput(ReviewTable reviews, List<CardSnapshot> cards, Instant now, ZoneId zone,
                         int dayStartHour, ToDoubleBiFunction<CardState, Instant> recall) {

    /** Interval (days) from which a review card counts as mature. */
    public static final int MATURE_DAYS = 21;

    public StatsInput {
        cards = List.copyOf(cards);
    }

    /** The same from reviews as events (tests and small inputs). */
    public StatsInput(List<ReviewEvent> reviews, List<CardSnapshot> cards, Instant now, ZoneId zone,
                      int dayStartHour, ToDoubleBiFunction<CardState, Instant> recall) {
        this(ReviewTable.of(reviews), cards, now, zone, dayStartHour, recall);
    }

    /** The learning day an instant belongs to. */
    public LocalDate day(Instant at) {
        return LocalDate.ofEpochDay(epochDay(at));
    }

    /** {@link #day} as a count of days since 1970-01-01, without building date objects. */
    public long epochDay(Instant at) {
        return learningDays().epochDay(at.getEpochSecond());
    }

    /** The learning days of this input's zone, for working out many of them (see {@link LearningDay.InZone}). */
    LearningDay.InZone learningDays() {
        return new LearningDay.InZone(zone, dayStartHour);
    }

    public LocalDate today() {
        return day(now);
    }
}
