package cuecard.schedule;

import cuecard.review.AnswerKind;
import cuecard.review.Rating;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradingTest {

    @Test
    void checkedAnswersProposeAgainOrGood() {
        for (AnswerKind kind : new AnswerKind[] {AnswerKind.CHOICE, AnswerKind.TYPED, AnswerKind.TRUE_FALSE}) {
            assertThat(Grading.proposed(kind, true)).contains(Rating.GOOD);
            assertThat(Grading.proposed(kind, false)).contains(Rating.AGAIN);
        }
        assertThat(Grading.proposed(AnswerKind.SELF, null)).isEmpty();
        assertThat(Grading.proposed(AnswerKind.SELF, true)).isEmpty();
        assertThat(Grading.proposed(AnswerKind.TYPED, null)).isEmpty();
    }
}
