package cuecard.schedule;

import cuecard.deck.Card;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import cuecard.review.Rating;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Daily limits per deck, as in Anki's deck options, the cap over all decks, and no card twice in a row. */
class DailyLimitsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final QueueSettings TWENTY = new QueueSettings(20, 200, 4, 8);

    private final QueueFixture f = new QueueFixture();

    /** {@code n} new cards in deck {@code deckId}, added to the fixture's cards. */
    private List<Card> fresh(String deckId, int n) {
        List<Card> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Card c = Card.of(deckId, new Note.Basic(new NoteInfo(deckId + i, List.of(), null, null,
                    new Location(deckId + ".yaml", i + 1, 1)), "front " + deckId + i, "back", false)).get(0);
            f.cards.add(c);
            out.add(c);
        }
        return out;
    }

    private StudyQueue queue(List<Card> cards, StudiedToday today, DailyLimits limits) {
        return new StudyQueue(cards, f.progress, TWENTY, ZoneOffset.UTC, today, limits);
    }

    @Test
    void aDeckThatUsedItsNewCardsLeavesTheOtherDecksTheirs() {
        List<Card> history = fresh("history", 26);
        List<Card> words = fresh("words", 26);
        StudiedToday after20 = StudiedToday.of(TODAY, "history", 20, 0);
        DailyLimits limits = DailyLimits.of(TWENTY);

        StudyQueue second = queue(words, after20, limits);
        assertThat(second.counts(NOW).newCards()).as("the other deck still has its own 20").isEqualTo(20);
        assertThat(second.nextDue(NOW)).as("cards wait now").contains(NOW);
        assertThat(f.drain(second, Rating.EASY, NOW)).hasSize(20);
        assertThat(second.limitsReached(NOW)).containsExactly(new CardSource.LimitReached(true, 20, "words"));

        StudyQueue first = queue(history, after20, limits);
        assertThat(first.counts(NOW).newCards()).isZero();
        assertThat(first.next(NOW)).isEmpty();
        assertThat(first.limitsReached(NOW)).containsExactly(new CardSource.LimitReached(true, 20, "history"));
        assertThat(first.nextDue(NOW)).as("held back until the next learning day at 04:00")
                .contains(Instant.parse("2026-03-11T04:00:00Z"));
    }

    @Test
    void bothDecksTogetherGiveEachItsLimitUnlessATotalCapsThem() {
        fresh("history", 26);
        fresh("words", 26);
        StudyQueue all = queue(f.cards, StudiedToday.none(), DailyLimits.of(TWENTY));
        assertThat(all.counts(NOW).newCards()).isEqualTo(40);
        List<Card> shown = f.drain(all, Rating.EASY, NOW);
        assertThat(shown).filteredOn(c -> c.key().deckId().equals("history")).hasSize(20);
        assertThat(shown).filteredOn(c -> c.key().deckId().equals("words")).hasSize(20);

        QueueFixture g = new QueueFixture();
        DailyLimits capped = new DailyLimits(Map.of(), new DailyLimits.Limit(20, 200), new DailyLimits.Limit(30, 1000));
        List<Card> cards = new ArrayList<>(f.cards);
        StudyQueue q = new StudyQueue(cards, g.progress, TWENTY, ZoneOffset.UTC,
                StudiedToday.of(TODAY, "history", 20, 0), capped);
        assertThat(q.counts(NOW).newCards()).as("30 in all, 20 already done").isEqualTo(10);
        assertThat(g.drain(q, Rating.EASY, NOW)).hasSize(10).allSatisfy(c -> assertThat(c.key().deckId()).isEqualTo("words"));
        assertThat(q.limitsReached(NOW)).contains(new CardSource.LimitReached(true, 30, null));
    }

    @Test
    void aPresetSetsItsDecksLimits() {
        List<Card> words = fresh("words", 12);
        DailyLimits limits = new DailyLimits(Map.of("words", new DailyLimits.Limit(5, 100)),
                new DailyLimits.Limit(20, 200), DailyLimits.NONE);
        StudyQueue q = queue(words, StudiedToday.none(), limits);
        assertThat(q.counts(NOW).newCards()).isEqualTo(5);
        assertThat(f.drain(q, Rating.EASY, NOW)).hasSize(5);
    }

    @Test
    void studiedTodayIsCountedPerDeck() {
        List<cuecard.review.Review> log = new ArrayList<>();
        for (Card c : fresh("history", 3)) {
            CardState before = CardState.fresh(NOW);
            log.add(new cuecard.review.Review(null, c.key(), NOW, ZoneOffset.UTC, Rating.GOOD, cuecard.review.Mode.REVIEW,
                    cuecard.review.AnswerKind.SELF, null, Duration.ofSeconds(2), before,
                    f.fsrs.apply(before, Rating.GOOD, NOW, 1)));
        }
        StudiedToday s = StudiedToday.from(log, TODAY, ZoneOffset.UTC, 4);
        assertThat(s.of("history").newCards()).isEqualTo(3);
        assertThat(s.of("words").newCards()).isZero();
    }

    @Test
    void aFailedCardDoesNotComeStraightBackWhileAnotherWaits() {
        Card a = f.basic("a");
        Card b = f.basic("b");
        StudyQueue q = new StudyQueue(f.cards, f.progress, QueueSettings.defaults(), ZoneOffset.UTC);
        f.answer(q, a, Rating.AGAIN, NOW);               // a: 1-minute step
        f.answer(q, b, Rating.GOOD, NOW);                // b: 10-minute step
        Instant later = NOW.plus(Duration.ofMinutes(2));
        assertThat(q.next(later)).contains(a);
        f.answer(q, a, Rating.AGAIN, later);             // a is due first again, but was just shown
        assertThat(q.next(later)).as("b waits within the learn-ahead").contains(b);
        f.answer(q, b, Rating.AGAIN, later);
        assertThat(q.next(later)).contains(a);

        QueueFixture alone = new QueueFixture();
        Card only = alone.basic("only");
        StudyQueue single = new StudyQueue(alone.cards, alone.progress, QueueSettings.defaults(), ZoneOffset.UTC);
        alone.answer(single, only, Rating.AGAIN, NOW);
        assertThat(single.next(NOW.plus(Duration.ofMinutes(2)))).as("nothing else waits").contains(only);
    }
}
