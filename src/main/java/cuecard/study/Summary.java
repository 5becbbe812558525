package cuecard.study;

import cuecard.review.CardSource;
import cuecard.review.Mode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a finished session shows.
 *
 * @param mode     the session's mode
 * @param answered cards answered (undone answers excluded)
 * @param correct  of those, answered right (checked cards) or not rated Again (self-rated cards)
 * @param time     from the first card to the end
 * @param left     cards the source still had when the session ended
 * @param nextDue  when the next card is due (or let through by a daily limit); null when none is
 * @param drawn    exams: the questions drawn, answered or not (the score's denominator); else {@code answered}
 * @param missed   exams: the questions answered wrong, with the right answers, in the order asked
 * @param limits   the daily limits that held cards back when the session ended
 * @param dayDone  a review session that ran out of cards for today (not one the learner left early)
 */
public record Summary(Mode mode, int answered, int correct, Duration time, int left, Instant nextDue, int drawn,
                      List<Missed> missed, List<CardSource.LimitReached> limits, boolean dayDone) {

    /** A question an exam counted wrong. */
    public record Missed(String prompt, String answer) {
    }

    public Summary {
        missed = List.copyOf(missed);
        limits = List.copyOf(limits);
    }

    /** Share answered right, in whole percent (0 when nothing was answered). */
    public int accuracyPercent() {
        return answered == 0 ? 0 : (int) Math.round(100.0 * correct / answered);
    }
}
