package cuecard.study;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.AnswerKind;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 1: the picker's due count ends the day at 04:00 local by the wall clock, on daylight-saving days
 * too (it used to add four hours to midnight, ending the day at 05:00 or 03:00 on those nights).
 */
class DeckOverviewDaylightSavingTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static int dueWith(Instant due, Instant now) throws Exception {
        Deck deck = Fixtures.englishDeck();
        Card card = deck.cards().get(0);
        MemoryProgress progress = new MemoryProgress();
        Instant last = due.minus(Duration.ofDays(10));
        CardState before = CardState.fresh(last);
        CardState after = new CardState(Phase.REVIEW, 0, new MemoryState(10, 5), due, last, 1, 0, 10);
        progress.record(new Review(null, card.key(), last, NEW_YORK.getRules().getOffset(last), Rating.GOOD,
                Mode.REVIEW, AnswerKind.SELF, null, Duration.ofSeconds(2), before, after));
        return DeckOverview.of(deck, progress, now, SessionSettings.review("x", NEW_YORK)).due();
    }

    @Test
    void theDayBeforeSpringingForwardEndsAtFourNotFive() throws Exception {
        Instant saturdayNoon = Instant.parse("2026-03-07T17:00:00Z");
        assertThat(dueWith(Instant.parse("2026-03-08T07:30:00Z"), saturdayNoon)).as("03:30 EDT").isEqualTo(1);
        assertThat(dueWith(Instant.parse("2026-03-08T08:30:00Z"), saturdayNoon)).as("04:30 EDT").isZero();
    }

    @Test
    void theDayBeforeFallingBackEndsAtFourNotThree() throws Exception {
        Instant saturdayNoon = Instant.parse("2026-10-31T16:00:00Z");
        assertThat(dueWith(Instant.parse("2026-11-01T08:30:00Z"), saturdayNoon)).as("03:30 EST").isEqualTo(1);
        assertThat(dueWith(Instant.parse("2026-11-01T09:30:00Z"), saturdayNoon)).as("04:30 EST").isZero();
    }
}
