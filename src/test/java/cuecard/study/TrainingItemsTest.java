package cuecard.study;

import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.schedule.FitItem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingItemsTest {

    private static final CardKey A = new CardKey("d", "a");
    private static final CardKey B = new CardKey("e", "b");

    /** A review of a card that was not new when shown. */
    private static Review review(CardKey key, String at, ZoneOffset offset, Rating rating, Mode mode) {
        return review(key, at, offset, rating, mode, Phase.REVIEW);
    }

    private static Review review(CardKey key, String at, ZoneOffset offset, Rating rating, Mode mode, Phase before) {
        Instant t = Instant.parse(at);
        CardState s = new CardState(before, 0, null, t, null, 0, 0, 0);
        return new Review(null, key, t, offset, rating, mode, AnswerKind.SELF, null, Duration.ofSeconds(3), s, s);
    }

    @Test
    void daysAreLearningDaysInTheLearnersOffset() {
        ZoneOffset plus8 = ZoneOffset.ofHours(8);
        List<Review> log = List.of(
                // 2026-01-01 09:00 local; then 2026-01-02 03:30 local (before 04:00: still the 1st); then the 3rd
                review(A, "2026-01-01T01:00:00Z", plus8, Rating.GOOD, Mode.REVIEW, Phase.NEW),
                review(A, "2026-01-01T19:30:00Z", plus8, Rating.AGAIN, Mode.REVIEW, Phase.LEARNING),
                review(A, "2026-01-03T00:00:00Z", plus8, Rating.GOOD, Mode.REVIEW));
        List<FitItem> items = TrainingItems.of(log, 4, k -> true);
        // prefixes whose last review is at least a day later: only the full history (0, 0, 2)
        assertThat(items).containsExactly(new FitItem(new int[] {3, 1, 3}, new int[] {0, 0, 2}));
    }

    @Test
    void practiceAndOtherDecksAndSingleReviewsAreLeftOut() {
        ZoneOffset utc = ZoneOffset.UTC;
        List<Review> log = List.of(
                review(A, "2026-01-05T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW),
                review(A, "2026-01-06T10:00:00Z", utc, Rating.AGAIN, Mode.CRAM),
                review(A, "2026-01-08T10:00:00Z", utc, Rating.HARD, Mode.REVIEW),
                review(A, "2026-01-01T10:00:00Z", utc, Rating.EASY, Mode.REVIEW, Phase.NEW), // out of order
                review(B, "2026-01-01T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW, Phase.NEW),
                review(B, "2026-01-09T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW));
        List<FitItem> items = TrainingItems.of(log, 4, k -> k.deckId().equals("d"));
        assertThat(items).containsExactly(
                new FitItem(new int[] {4, 3}, new int[] {0, 4}),
                new FitItem(new int[] {4, 3, 2}, new int[] {0, 4, 3}));
    }

    @Test
    void aCardResetToNewStartsItsHistoryAfresh() {
        // as Anki keeps only the revlog from the last first learning step on, after a Forget
        ZoneOffset utc = ZoneOffset.UTC;
        List<Review> log = List.of(
                review(A, "2026-01-01T10:00:00Z", utc, Rating.AGAIN, Mode.REVIEW, Phase.NEW),
                review(A, "2026-01-03T10:00:00Z", utc, Rating.AGAIN, Mode.REVIEW),
                review(A, "2026-01-10T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW, Phase.NEW), // after a reset
                review(A, "2026-01-10T10:10:00Z", utc, Rating.GOOD, Mode.REVIEW, Phase.LEARNING),
                review(A, "2026-01-14T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW));
        assertThat(TrainingItems.of(log, 4, k -> true))
                .containsExactly(new FitItem(new int[] {3, 3, 3}, new int[] {0, 0, 4}));
    }

    @Test
    void aCardWhoseLogHasNoFirstReviewGivesNoItems() {
        // its state before the first logged review is unknown, so Anki and fsrs-rs leave such a card out
        ZoneOffset utc = ZoneOffset.UTC;
        List<Review> log = List.of(
                review(A, "2026-01-01T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW),
                review(A, "2026-01-05T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW),
                review(B, "2026-01-01T10:00:00Z", utc, Rating.GOOD, Mode.REVIEW, Phase.NEW),
                review(B, "2026-01-05T10:00:00Z", utc, Rating.AGAIN, Mode.REVIEW));
        assertThat(TrainingItems.of(log, 4, k -> true))
                .containsExactly(new FitItem(new int[] {3, 1}, new int[] {0, 4}));
    }
}
