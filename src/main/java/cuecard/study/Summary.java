package cuecard.study;

import java.time.Duration;
import java.time.Instant;

/**
 * What a finished session shows.
 *
 * @param mode     the session's mode
 * @param answered cards answered (undone answers excluded)
 * @param correct  of those, answered right (checked cards) or not rated Again (self-rated cards)
 * @param time     from the first card to the end
 * @param left     cards the source still had when the session ended
 * @param nextDue  the earliest due time among the cards rescheduled in this session; null when none were
 */
public record Summary(Mode mode, int answered, int correct, Duration time, int left, Instant nextDue) {

    /** Share answered right, in whole percent (0 when nothing was answered). */
    public int accuracyPercent() {
        return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
    }
}
