package cuecard.schedule;

import cuecard.review.AnswerKind;
import cuecard.review.Rating;

import java.util.Optional;

/**
 * Objective grading: for choice, typed and true/false cards the check decides the rating the feedback screen
 * proposes — wrong is Again, right is Good. The learner may still change it to Hard or Easy before it is saved.
 * Self-rated cards (basic, cloze) get no proposal.
 */
public final class Grading {

    private Grading() {
    }

    /** The proposed rating, or empty when the learner rates the card themselves. */
    public static Optional<Rating> proposed(AnswerKind kind, Boolean correct) {
        if (kind == AnswerKind.SELF || correct == null) {
            return Optional.empty();
        }
        return Optional.of(correct ? Rating.GOOD : Rating.AGAIN);
    }
}
