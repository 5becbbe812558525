package cuecard.schedule;

import cuecard.deck.Card;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import cuecard.review.Rating;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyQueueTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 09:00 in Berlin on a Tuesday. */
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private final QueueFixture f = new QueueFixture();

    private StudyQueue queue(QueueSettings settings) {
        return new StudyQueue(f.cards, f.progress, settings, BERLIN);
    }

    @Test
    void dueLearningFirstThenReviewsLowestRetrievabilityFirstThenLearningAhead() {
        Card steady = f.review(f.basic("steady"), NOW, 10, 10, NOW.minus(Duration.ofHours(1)), 0);
        Card shaky = f.review(f.basic("shaky"), NOW, 10, 2, NOW.minus(Duration.ofDays(8)), 0);
        Card middling = f.review(f.basic("middling"), NOW, 10, 5, NOW.minus(Duration.ofDays(5)), 0);
        Card learningNow = f.learning(f.basic("learning-now"), NOW.minus(Duration.ofMinutes(5)));
        Card learningSoon = f.learning(f.basic("learning-soon"), NOW.plus(Duration.ofMinutes(15)));
        f.review(f.basic("tomorrow"), NOW, 1, 3, NOW.plus(Duration.ofDays(2)), 0);
        StudyQueue q = queue(new QueueSettings(0, 200, 4, 8));

        assertThat(q.next(NOW)).contains(learningNow);
        assertThat(q.next(NOW)).as("next() does not consume").contains(learningNow);
        assertThat(q.counts(NOW)).isEqualTo(new CardSource.Counts(0, 2, 3));
        List<Card> order = f.drain(q, Rating.EASY, NOW);
        assertThat(order).containsExactly(learningNow, shaky, middling, steady, learningSoon);
        assertThat(q.counts(NOW).total()).isZero();
    }

    @Test
    void learningCardsBeyondTheLearnAheadWaitUntilDue() {
        Card later = f.learning(f.basic("later"), NOW.plus(Duration.ofMinutes(30)));
        StudyQueue q = queue(QueueSettings.defaults());
        assertThat(q.next(NOW)).isEmpty();
        assertThat(q.counts(NOW).learning()).isEqualTo(1);
        assertThat(q.next(NOW.plus(Duration.ofMinutes(10)))).contains(later);
    }

    @Test
    void newCardsStopAtTheDailyLimitCountingWhatWasStudiedBefore() {
        for (int i = 0; i < 8; i++) {
            f.basic("n" + i);
        }
        assertThat(f.drain(queue(new QueueSettings(5, 200, 4, 8)), Rating.EASY, NOW)).hasSize(5);

        QueueFixture g = new QueueFixture();
        for (int i = 0; i < 8; i++) {
            g.basic("n" + i);
        }
        LocalDate today = LocalDate.of(2026, 3, 10);
        StudyQueue q = new StudyQueue(g.cards, g.progress, new QueueSettings(5, 200, 4, 8), BERLIN,
                StudiedToday.of(today, QueueFixture.DECK, 3, 0));
        assertThat(q.counts(NOW).newCards()).isEqualTo(2);
        List<Card> shown = g.drain(q, Rating.EASY, NOW);
        assertThat(shown).extracting(c -> c.key().cardId()).containsExactly("n0", "n1");

        StudyQueue yesterdayCounts = new StudyQueue(g.cards, g.progress, new QueueSettings(5, 200, 4, 8), BERLIN,
                StudiedToday.of(today.minusDays(1), QueueFixture.DECK, 3, 0));
        assertThat(yesterdayCounts.counts(NOW).newCards()).as("yesterday's counts do not apply").isEqualTo(5);
    }

    @Test
    void newCardsComeInDeckOrderAndLearningStepsComeBack() {
        Card a = f.basic("a");
        Card b = f.basic("b");
        StudyQueue q = queue(QueueSettings.defaults());
        assertThat(q.next(NOW)).contains(a);
        f.answer(q, a, Rating.GOOD, NOW);
        assertThat(q.next(NOW)).contains(b);
        f.answer(q, b, Rating.GOOD, NOW);
        assertThat(q.next(NOW)).as("a's 10-minute step is within the learn-ahead").contains(a);
        assertThat(q.counts(NOW)).isEqualTo(new CardSource.Counts(0, 2, 0));
    }

    @Test
    void reviewsStopAtTheDailyLimit() {
        for (int i = 0; i < 10; i++) {
            f.review(f.basic("r" + i), NOW, 10, 5 + i, NOW.minus(Duration.ofDays(1)), 0);
        }
        StudyQueue q = new StudyQueue(f.cards, f.progress, new QueueSettings(20, 4, 4, 8), BERLIN,
                StudiedToday.of(LocalDate.of(2026, 3, 10), QueueFixture.DECK, 0, 1));
        assertThat(q.counts(NOW).due()).isEqualTo(3);
        assertThat(f.drain(q, Rating.GOOD, NOW)).hasSize(3);
    }

    @Test
    void newCardsAreSpreadAmongTheReviews() {
        for (int i = 0; i < 10; i++) {
            f.review(f.basic("r" + i), NOW, 10, 5, NOW.minus(Duration.ofDays(1)), 0);
        }
        f.basic("new1");
        f.basic("new2");
        List<Card> order = f.drain(queue(QueueSettings.defaults()), Rating.EASY, NOW);
        List<Integer> newAt = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).key().cardId().startsWith("new")) {
                newAt.add(i);
            }
        }
        assertThat(order).hasSize(12);
        assertThat(newAt).hasSize(2);
        assertThat(newAt.get(0)).as("not at the start").isBetween(2, 6);
        assertThat(newAt.get(1) - newAt.get(0)).as("spread apart").isGreaterThanOrEqualTo(3);
        StudyQueue fresh = queue(QueueSettings.defaults());
        assertThat(f.drain(fresh, Rating.EASY, NOW)).isEmpty();
    }

    @Test
    void answeringOneSiblingBuriesTheOthersUntilTheNextLearningDay() {
        List<Card> pair = f.reversed("pair");
        List<Card> deletions = f.cloze("text", "{{c1::北京}} is the capital of {{c2::China}}");
        f.review(deletions.get(1), NOW, 10, 5, NOW.minus(Duration.ofDays(1)), 0);
        StudyQueue q = queue(QueueSettings.defaults());
        List<Card> shown = f.drain(q, Rating.EASY, NOW);
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertThat(shown).hasSize(2);
        assertThat(shown).extracting(Card::siblingGroup).doesNotHaveDuplicates();
        for (Card c : f.cards) {
            if (!shown.contains(c)) {
                assertThat(f.progress.buriedUntil(c.key())).as(c.key().toString()).contains(today);
            }
        }
        Instant tomorrowMorning = Instant.parse("2026-03-11T03:00:00Z"); // 04:00 in Berlin
        StudyQueue nextDay = queue(QueueSettings.defaults());
        List<Card> later = f.drain(nextDay, Rating.EASY, tomorrowMorning);
        assertThat(later).hasSize(2).doesNotContainAnyElementsOf(shown);
        assertThat(pair).containsAnyElementsOf(later);
    }

    @Test
    void suspendedAndBuriedCardsAreLeftOut() {
        Card suspended = f.basic("suspended");
        Card buried = f.basic("buried");
        Card buriedYesterday = f.basic("buried-yesterday");
        Card plain = f.basic("plain");
        f.progress.suspend(suspended.key(), true);
        f.progress.bury(buried.key(), LocalDate.of(2026, 3, 10));
        f.progress.bury(buriedYesterday.key(), LocalDate.of(2026, 3, 9));
        StudyQueue q = queue(QueueSettings.defaults());
        assertThat(q.all(NOW)).containsExactly(buriedYesterday, plain);
    }

    @Test
    void aCardReachingTheLeechThresholdIsSuspendedAndReported() {
        Card leech = f.review(f.basic("leech"), NOW, 10, 3, NOW.minus(Duration.ofDays(1)), 7);
        Card forgiven = f.review(f.basic("forgiven"), NOW, 10, 3, NOW.minus(Duration.ofDays(1)), 8);
        Card again = f.review(f.basic("again"), NOW, 10, 3, NOW.minus(Duration.ofDays(1)), 11);
        StudyQueue q = queue(QueueSettings.defaults());
        List<Card> shown = f.drain(q, Rating.AGAIN, NOW);
        assertThat(q.leeches()).containsExactly(leech.key(), again.key());
        assertThat(f.progress.suspended(leech.key())).isTrue();
        assertThat(f.progress.suspended(again.key())).as("12 lapses: threshold plus half of it").isTrue();
        assertThat(f.progress.suspended(forgiven.key())).as("an unsuspended leech gets 4 more lapses").isFalse();
        assertThat(shown.stream().filter(leech::equals).count()).as("not shown again after it was suspended").isEqualTo(1);
        assertThat(shown.stream().filter(forgiven::equals).count()).as("its relearning step comes back").isEqualTo(2);

        QueueFixture g = new QueueFixture();
        Card kept = g.review(g.basic("kept"), NOW, 10, 3, NOW.minus(Duration.ofDays(1)), 7);
        StudyQueue gq = new StudyQueue(g.cards, g.progress, QueueSettings.defaults(), BERLIN);
        g.drain(gq, Rating.GOOD, NOW);
        assertThat(g.progress.suspended(kept.key())).as("no lapse, no suspension").isFalse();
        assertThat(gq.leeches()).isEmpty();
    }

    @Test
    void aLeechStillBuriesItsSiblings() {
        List<Card> pair = f.reversed("pair");
        f.review(pair.get(0), NOW, 10, 3, NOW.minus(Duration.ofDays(1)), 7);
        f.review(pair.get(1), NOW, 10, 3, NOW.minus(Duration.ofDays(2)), 0);
        StudyQueue q = queue(QueueSettings.defaults());
        assertThat(q.next(NOW)).as("equal retrievability: deck order").contains(pair.get(0));
        f.answer(q, pair.get(0), Rating.AGAIN, NOW);
        assertThat(q.leeches()).containsExactly(pair.get(0).key());
        assertThat(f.progress.buriedUntil(pair.get(1).key())).contains(LocalDate.of(2026, 3, 10));
        assertThat(q.next(NOW)).isEmpty();
    }

    @Test
    void theLearningDayStartsAtFourInTheLearnersZone() {
        assertThat(LearningDay.of(Instant.parse("2026-03-10T02:59:00Z"), BERLIN, 4)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(LearningDay.of(Instant.parse("2026-03-10T03:00:00Z"), BERLIN, 4)).isEqualTo(LocalDate.of(2026, 3, 10));
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(LearningDay.of(Instant.parse("2026-03-09T18:59:00Z"), tokyo, 4)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(LearningDay.of(Instant.parse("2026-03-09T19:00:00Z"), tokyo, 4)).isEqualTo(LocalDate.of(2026, 3, 10));
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(LearningDay.of(Instant.parse("2026-03-10T07:59:00Z"), newYork, 4)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(LearningDay.of(Instant.parse("2026-03-10T08:00:00Z"), newYork, 4)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void reviewsDueBeforeTomorrowsFourOClockAreDueTodayInEachZone() {
        for (String zoneName : List.of("Europe/Berlin", "Asia/Tokyo", "America/New_York", "UTC")) {
            ZoneId zone = ZoneId.of(zoneName);
            QueueFixture g = new QueueFixture();
            Instant evening = LocalDate.of(2026, 3, 10).atTime(22, 0).atZone(zone).toInstant();
            Instant before4 = LocalDate.of(2026, 3, 11).atTime(3, 30).atZone(zone).toInstant();
            Instant after4 = LocalDate.of(2026, 3, 11).atTime(4, 30).atZone(zone).toInstant();
            Card early = g.review(g.basic("early"), evening, 10, 10, before4, 0);
            Card late = g.review(g.basic("late"), evening, 10, 10, after4, 0);
            StudyQueue q = new StudyQueue(g.cards, g.progress, QueueSettings.defaults(), zone);
            assertThat(q.all(evening)).as(zoneName).containsExactly(early);
            Instant fourAm = LocalDate.of(2026, 3, 11).atTime(4, 0).atZone(zone).toInstant();
            assertThat(q.all(fourAm.minusSeconds(1))).as(zoneName).containsExactly(early);
            assertThat(q.today(fourAm)).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(q.all(fourAm)).as(zoneName + ", rebuilt at the day boundary").containsExactlyInAnyOrder(early, late);
        }
    }

    @Test
    void aSessionAcrossFourOClockStartsANewDayWithFreshLimits() {
        for (int i = 0; i < 6; i++) {
            f.basic("n" + i);
        }
        Instant late = Instant.parse("2026-03-11T02:50:00Z"); // 03:50 in Berlin, still March 10
        StudyQueue q = new StudyQueue(f.cards, f.progress, new QueueSettings(2, 200, 4, 8), BERLIN,
                StudiedToday.of(LocalDate.of(2026, 3, 10), QueueFixture.DECK, 1, 0));
        assertThat(f.drain(q, Rating.EASY, late)).hasSize(1);
        Instant after = Instant.parse("2026-03-11T03:05:00Z");
        assertThat(q.counts(after).newCards()).isEqualTo(2);
        assertThat(f.drain(q, Rating.EASY, after)).hasSize(2);
    }

    @Test
    void daylightSavingChangesMakeDaysOf23And25Hours() {
        // spring forward in Berlin on 2026-03-29 (02:00 -> 03:00), fall back on 2026-10-25 (03:00 -> 02:00)
        assertThat(Duration.between(LearningDay.start(LocalDate.of(2026, 3, 28), BERLIN, 4),
                LearningDay.start(LocalDate.of(2026, 3, 29), BERLIN, 4))).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(LearningDay.start(LocalDate.of(2026, 10, 24), BERLIN, 4),
                LearningDay.start(LocalDate.of(2026, 10, 25), BERLIN, 4))).isEqualTo(Duration.ofHours(25));
        // a start hour inside the spring gap moves to the end of the gap
        assertThat(LearningDay.start(LocalDate.of(2026, 3, 29), BERLIN, 2)).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(LearningDay.of(Instant.parse("2026-03-29T00:59:59Z"), BERLIN, 2)).isEqualTo(LocalDate.of(2026, 3, 28));
        // 03:30 local after falling back is still the day before; the queue keeps the card due at 03:45 local
        Instant afterFallBack = Instant.parse("2026-10-25T02:30:00Z");
        assertThat(LearningDay.of(afterFallBack, BERLIN, 4)).isEqualTo(LocalDate.of(2026, 10, 24));
        Card in = f.review(f.basic("in"), afterFallBack, 10, 10, Instant.parse("2026-10-25T02:45:00Z"), 0);
        f.review(f.basic("out"), afterFallBack, 10, 10, Instant.parse("2026-10-25T03:00:00Z"), 0);
        assertThat(queue(QueueSettings.defaults()).all(afterFallBack)).containsExactly(in);
    }

    @Test
    void undoPutsTheCardBackAndGivesBackTheLimit() {
        Card a = f.basic("a");
        f.basic("b");
        StudyQueue q = queue(new QueueSettings(1, 200, 4, 8));
        CardState before = f.progress.state(a.key(), NOW);
        assertThat(q.next(NOW)).contains(a);
        f.answer(q, a, Rating.EASY, NOW);
        assertThat(q.next(NOW)).isEmpty();
        f.progress.undoLast();
        q.restore(a, before, NOW);
        assertThat(q.next(NOW)).contains(a);
        assertThat(q.counts(NOW).newCards()).isEqualTo(1);
    }

    @Test
    void undoingAnAnswerBringsBackTheSiblingsItBuried() {
        List<Card> deletions = f.cloze("text", "{{c1::北京}} is the capital of {{c2::China}}");
        StudyQueue q = queue(QueueSettings.defaults());
        Card first = q.next(NOW).orElseThrow();
        Card other = deletions.get(0).equals(first) ? deletions.get(1) : deletions.get(0);
        CardState before = f.progress.state(first.key(), NOW);
        f.answer(q, first, Rating.EASY, NOW);
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertThat(f.progress.buriedUntil(other.key())).contains(today);
        assertThat(q.next(NOW)).isEmpty();

        f.progress.undoLast();
        q.restore(first, before, NOW);
        assertThat(f.progress.buriedUntil(other.key())).hasValueSatisfying(d -> assertThat(d).isBefore(today));
        assertThat(q.all(NOW)).contains(first, other);
        assertThat(q.counts(NOW).newCards()).isEqualTo(2);
        // a fresh queue (the next session) does not hide it either
        assertThat(queue(QueueSettings.defaults()).all(NOW)).contains(other);
    }

    @Test
    void removedCardsLeaveTheSession() {
        Card a = f.basic("a");
        Card b = f.basic("b");
        StudyQueue q = queue(QueueSettings.defaults());
        q.remove(a);
        assertThat(q.next(NOW)).contains(b);
        assertThat(q.counts(NOW).newCards()).isEqualTo(1);
    }

    @Test
    void allListsEveryCardIgnoringLimits() {
        for (int i = 0; i < 30; i++) {
            f.basic("n" + i);
        }
        for (int i = 0; i < 5; i++) {
            f.review(f.basic("r" + i), NOW, 10, 5, NOW.minus(Duration.ofDays(1)), 0);
        }
        StudyQueue q = queue(new QueueSettings(20, 2, 4, 8));
        assertThat(q.all(NOW)).hasSize(35).doesNotHaveDuplicates();
        assertThat(q.counts(NOW)).isEqualTo(new CardSource.Counts(20, 0, 2));
    }

    @Test
    void newYorksClockChangesMoveNeitherTheQueuesDayNorItsLimits() {
        // issue 21, item 1: forward on 2026-03-08 02:00 EST, back on 2026-11-01 02:00 EDT
        ZoneId newYork = ZoneId.of("America/New_York");
        for (LocalDate night : List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1))) {
            QueueFixture g = new QueueFixture();
            Instant evening = night.minusDays(1).atTime(21, 0).atZone(newYork).toInstant();
            Instant halfPastThree = night.atTime(3, 30).atZone(newYork).toInstant();
            Instant four = night.atTime(4, 0).atZone(newYork).toInstant();
            Card early = g.review(g.basic("early"), evening, 10, 10, halfPastThree, 0);
            Card late = g.review(g.basic("late"), evening, 10, 10, night.atTime(4, 30).atZone(newYork).toInstant(), 0);
            StudyQueue q = new StudyQueue(g.cards, g.progress, QueueSettings.defaults(), newYork);
            assertThat(q.today(halfPastThree)).as("%s 03:30", night).isEqualTo(night.minusDays(1));
            assertThat(q.all(evening)).as("%s evening", night).containsExactly(early);
            assertThat(q.today(four)).isEqualTo(night);
            assertThat(q.all(four)).as("%s 04:00", night).containsExactlyInAnyOrder(early, late);
            assertThat(LearningDay.start(night, newYork, 4)).isEqualTo(four);
        }
    }

    @Test
    void studiedTodayCountsNewAndReviewAnswersOfTheLearningDay() {
        Card a = f.basic("a");
        Card r = f.review(f.basic("r"), NOW, 10, 5, NOW.minus(Duration.ofDays(1)), 0);
        StudyQueue q = queue(QueueSettings.defaults());
        q.next(NOW);
        f.answer(q, a, Rating.GOOD, NOW);
        f.answer(q, a, Rating.GOOD, NOW.plusSeconds(600));
        f.answer(q, r, Rating.GOOD, NOW);
        List<cuecard.review.Review> log = new ArrayList<>();
        while (true) {
            var undone = f.progress.undoLast();
            if (undone.isEmpty()) {
                break;
            }
            log.add(undone.get());
        }
        StudiedToday s = StudiedToday.from(log, LocalDate.of(2026, 3, 10), BERLIN, 4);
        assertThat(s.newCards()).isEqualTo(1);
        assertThat(s.reviews()).isEqualTo(1);
        assertThat(StudiedToday.from(log, LocalDate.of(2026, 3, 11), BERLIN, 4).newCards()).isZero();
    }
}
