package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.review.AnswerKind;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.study.StudySession.Notice;
import cuecard.study.StudySession.Stage;
import static cuecard.study.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudySessionTest {

    private final Deck deck = Fixtures.englishDeck();
    private final LoggedProgress progress = new LoggedProgress();
    private final Fixtures.HandClock clock = new Fixtures.HandClock(T0);

    private StudySession session(List<Card> cards, SessionSettings settings) {
        return new StudySession(new Fixtures.Queue(cards), progress, Fixtures.steps(), clock, settings);
    }

    private StudySession review(Card... cards) {
        return session(List.of(cards), SessionSettings.review("English sample", ZoneOffset.UTC));
    }

    private Card basic() {
        return Fixtures.card(deck, 0);
    }

    private Card choice() {
        return Fixtures.card(deck, 1);
    }

    private Card typed() {
        return Fixtures.card(deck, 2);
    }

    private Card trueFalse() {
        return Fixtures.card(deck, 3);
    }

    @Test
    void aBasicCardIsRevealedThenRatedAndRecorded() {
        StudySession s = review(basic(), trueFalse());
        assertThat(s.current().orElseThrow().stage()).isEqualTo(Stage.ASKING);
        assertThat(s.current().orElseThrow().next().good().due()).isEqualTo(T0.plus(Duration.ofDays(3)));
        s.rate(Rating.GOOD); // rating before revealing does nothing
        assertThat(progress.log).isEmpty();
        s.reveal();
        assertThat(s.current().orElseThrow().stage()).isEqualTo(Stage.REVEALED);
        clock.advance(Duration.ofSeconds(7));
        s.rate(Rating.GOOD);
        assertThat(progress.log).hasSize(1);
        Review r = progress.log.get(0);
        assertThat(r.key()).isEqualTo(basic().key());
        assertThat(r.rating()).isEqualTo(Rating.GOOD);
        assertThat(r.mode()).isEqualTo(Mode.REVIEW);
        assertThat(r.answer()).isEqualTo(AnswerKind.SELF);
        assertThat(r.correct()).isNull();
        assertThat(r.taken()).isEqualTo(Duration.ofSeconds(7));
        assertThat(r.after().due()).isEqualTo(T0.plusSeconds(7).plus(Duration.ofDays(3)));
        assertThat(progress.state(basic().key(), clock.instant()).phase()).isEqualTo(Phase.REVIEW);
        assertThat(s.current().orElseThrow().card()).isEqualTo(trueFalse());
        assertThat(s.done()).isEqualTo(1);
    }

    @Test
    void aChoiceIsCheckedAtOnceAndTheRatingCanBeChangedBeforeMovingOn() {
        StudySession s = review(choice());
        ChoiceOrder order = s.current().orElseThrow().choices();
        assertThat(order.options()).containsExactlyInAnyOrder("21", "17", "19", "25");
        s.choose(order.correct());
        StudySession.Feedback f = s.current().orElseThrow().feedback();
        assertThat(f.correct()).isTrue();
        assertThat(f.rating()).isEqualTo(Rating.GOOD);
        assertThat(progress.log).as("nothing recorded before moving on").isEmpty();
        s.rate(Rating.EASY);
        s.proceed();
        assertThat(progress.log).singleElement().satisfies(r -> {
            assertThat(r.rating()).isEqualTo(Rating.EASY);
            assertThat(r.answer()).isEqualTo(AnswerKind.CHOICE);
            assertThat(r.correct()).isTrue();
        });
        assertThat(s.finished()).isTrue();
    }

    @Test
    void aWrongChoiceStaysAgain() {
        StudySession s = review(choice());
        ChoiceOrder order = s.current().orElseThrow().choices();
        s.choose((order.correct() + 1) % order.options().size());
        s.rate(Rating.EASY);
        assertThat(s.current().orElseThrow().feedback().rating()).isEqualTo(Rating.AGAIN);
        s.proceed();
        assertThat(progress.log.get(0).correct()).isFalse();
        assertThat(progress.log.get(0).rating()).isEqualTo(Rating.AGAIN);
        assertThat(s.current().orElseThrow().card()).as("an Again card comes back").isEqualTo(choice());
    }

    @Test
    void theChoiceOrderIsTheSameForTheSameDay() {
        ChoiceOrder a = review(choice()).current().orElseThrow().choices();
        ChoiceOrder b = review(choice()).current().orElseThrow().choices();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aTypedNearMissCanBeOverruled() {
        StudySession s = review(typed());
        s.type("80%");
        StudySession.Feedback f = s.current().orElseThrow().feedback();
        assertThat(f.correct()).isFalse();
        assertThat(f.match().outcome()).isEqualTo(AnswerMatch.Outcome.WRONG);
        s.overrule();
        s.proceed();
        Review r = progress.log.get(0);
        assertThat(r.correct()).isTrue();
        assertThat(r.rating()).isEqualTo(Rating.GOOD);
        assertThat(r.answer()).isEqualTo(AnswerKind.TYPED);
    }

    @Test
    void aTypedAnswerUsesTheAcceptedAlternatives() {
        StudySession s = review(typed());
        s.type("Ninety percent!");
        assertThat(s.current().orElseThrow().feedback().correct()).isTrue();
    }

    @Test
    void trueFalseIsCheckedAtOnce() {
        StudySession s = review(trueFalse());
        s.answer(false);
        assertThat(s.current().orElseThrow().feedback().correct()).isFalse();
        s.proceed();
        assertThat(progress.log.get(0).answer()).isEqualTo(AnswerKind.TRUE_FALSE);
    }

    @Test
    void undoRestoresTheCardAndItsState() {
        StudySession s = review(basic(), trueFalse());
        s.reveal();
        s.rate(Rating.EASY);
        assertThat(progress.known(basic().key())).isTrue();
        s.undo();
        assertThat(s.notice()).contains(Notice.UNDONE);
        assertThat(progress.known(basic().key())).isFalse();
        assertThat(progress.log).isEmpty();
        assertThat(s.current().orElseThrow().card()).isEqualTo(basic());
        assertThat(s.done()).isZero();
        s.undo();
        assertThat(s.notice()).contains(Notice.NOTHING_TO_UNDO);
    }

    @Test
    void undoAfterRevealingTheNextCardUndoesTheLastAnswer() {
        StudySession s = review(basic(), trueFalse());
        s.reveal();
        s.rate(Rating.GOOD);
        s.answer(true);
        s.proceed();
        assertThat(s.finished()).isTrue();
        StudySession t = review(basic(), Fixtures.card(deck, 4));
        t.reveal();
        t.rate(Rating.GOOD);
        t.reveal();
        t.undo();
        assertThat(t.current().orElseThrow().card()).isEqualTo(basic());
        assertThat(progress.log).hasSize(2);
    }

    @Test
    void undoOnTheFeedbackForgetsTheCheck() {
        StudySession s = review(trueFalse());
        s.answer(true);
        s.undo();
        assertThat(s.current().orElseThrow().stage()).isEqualTo(Stage.ASKING);
        assertThat(progress.log).isEmpty();
    }

    @Test
    void buryAndSuspendReachTheProgressAndDropTheCard() {
        StudySession s = review(basic(), trueFalse(), choice());
        s.bury();
        assertThat(progress.buriedUntil(basic().key())).contains(LocalDate.of(2026, 11, 23));
        assertThat(s.notice()).contains(Notice.BURIED);
        s.suspend();
        assertThat(progress.suspended(trueFalse().key())).isTrue();
        assertThat(s.current().orElseThrow().card()).isEqualTo(choice());
    }

    @Test
    void quittingOnTheFeedbackRecordsTheAnswer() {
        StudySession s = review(trueFalse(), basic());
        s.answer(true);
        s.quit();
        assertThat(progress.log).hasSize(1);
        assertThat(s.finished()).isTrue();
        Summary sum = s.summary().orElseThrow();
        assertThat(sum.answered()).isEqualTo(1);
        assertThat(sum.correct()).isEqualTo(1);
        assertThat(sum.left()).isEqualTo(1);
    }

    @Test
    void aCardAnsweredElsewhereIsSkippedWithANotice() throws Exception {
        StudySession s = review(basic(), trueFalse());
        // another screen answers the same card meanwhile
        cuecard.review.CardState fresh = progress.state(basic().key(), T0);
        progress.record(new Review(null, basic().key(), T0, ZoneOffset.UTC, Rating.GOOD, Mode.REVIEW, AnswerKind.SELF,
                null, Duration.ZERO, fresh, Fixtures.steps().apply(fresh, Rating.GOOD, T0, 1)));
        s.reveal();
        s.rate(Rating.AGAIN);
        assertThat(s.notice()).contains(Notice.STALE);
        assertThat(progress.log).hasSize(1);
        assertThat(s.current().orElseThrow().card()).isEqualTo(trueFalse());
    }

    @Test
    void aCardTheQueueSuspendsAsALeechIsAnnounced() {
        Fixtures.Queue leechy = new Fixtures.Queue(List.of(basic(), trueFalse())) {
            @Override
            public void answered(Card card, cuecard.review.CardState after, java.time.Instant now) {
                super.answered(card, after, now);
                progress.suspend(card.key(), true);
            }
        };
        StudySession s = new StudySession(leechy, progress, Fixtures.steps(), clock, SessionSettings.review("x", ZoneOffset.UTC));
        s.reveal();
        s.rate(Rating.AGAIN);
        assertThat(s.notice()).contains(Notice.LEECH);
        s.answer(true);
        assertThat(s.notice()).isEmpty();
    }

    @Test
    void cramIsLoggedButLeavesTheScheduleAlone() {
        StudySession s = session(List.of(basic()), SessionSettings.review("x", ZoneOffset.UTC).withMode(Mode.CRAM));
        assertThat(s.current().orElseThrow().next()).as("no intervals in cram").isNull();
        s.reveal();
        s.rate(Rating.EASY);
        assertThat(progress.log.get(0).mode()).isEqualTo(Mode.CRAM);
        assertThat(progress.log.get(0).after()).isEqualTo(progress.log.get(0).before());
        assertThat(progress.known(basic().key())).isFalse();
    }

    /** Issue 18, item 19: a cram asks a card rated Again again, after the others waiting; an exam does not. */
    @Test
    void cramAsksAgainTheCardsRatedAgain() {
        List<Card> cards = List.of(basic(), typed(), trueFalse());
        StudySession s = new StudySession(new CardList(cards, true), progress, Fixtures.steps(), clock,
                SessionSettings.review("x", ZoneOffset.UTC).withMode(Mode.CRAM));
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < 10 && !s.finished(); i++) {
            Card c = s.current().orElseThrow().card();
            shown.add(c.key().cardId());
            if (c.equals(trueFalse())) {
                s.answer(true);
                s.proceed();
            } else if (c.equals(typed())) {
                s.type("90%");
                s.proceed();
            } else {
                s.reveal();
                s.rate(shown.stream().filter(k -> k.equals(c.key().cardId())).count() == 1 ? Rating.AGAIN : Rating.GOOD);
            }
        }
        assertThat(shown).containsExactly("ebbinghaus", "retention", "again", "ebbinghaus");
        assertThat(s.finished()).isTrue();
        assertThat(progress.log).hasSize(4).allSatisfy(r -> assertThat(r.mode()).isEqualTo(Mode.CRAM));

        StudySession exam = new StudySession(new CardList(List.of(basic(), typed())), progress, Fixtures.steps(), clock,
                SessionSettings.review("x", ZoneOffset.UTC).withExam(0, null));
        exam.reveal();
        exam.rate(Rating.AGAIN);
        assertThat(exam.current().orElseThrow().card()).isEqualTo(typed());
        exam.type("90%");
        exam.proceed();
        assertThat(exam.finished()).as("an exam asks each question once").isTrue();
    }

    @Test
    void anExamStopsAfterNQuestionsAndScores() {
        List<Card> cards = List.of(trueFalse(), choice(), typed());
        StudySession s = new StudySession(new CardList(cards), progress, Fixtures.steps(), clock,
                SessionSettings.review("x", ZoneOffset.UTC).withExam(2, null));
        assertThat(s.left()).isEqualTo(2);
        s.answer(true);
        s.proceed();
        ChoiceOrder o = s.current().orElseThrow().choices();
        s.choose((o.correct() + 1) % 4);
        s.proceed();
        assertThat(s.finished()).isTrue();
        Summary sum = s.summary().orElseThrow();
        assertThat(sum.mode()).isEqualTo(Mode.EXAM);
        assertThat(sum.answered()).isEqualTo(2);
        assertThat(sum.correct()).isEqualTo(1);
        assertThat(sum.accuracyPercent()).isEqualTo(50);
        assertThat(progress.log).allSatisfy(r -> assertThat(r.mode()).isEqualTo(Mode.EXAM));
        assertThat(progress.known(trueFalse().key())).isFalse();
    }

    @Test
    void aTimedExamEndsWhenTimeIsUp() {
        StudySession s = new StudySession(new CardList(List.of(trueFalse(), choice())), progress, Fixtures.steps(), clock,
                SessionSettings.review("x", ZoneOffset.UTC).withExam(0, Duration.ofMinutes(5)));
        s.answer(true);
        clock.advance(Duration.ofMinutes(4));
        s.tick();
        assertThat(s.finished()).isFalse();
        assertThat(s.timeLeft()).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        s.tick();
        assertThat(s.finished()).isTrue();
        assertThat(s.notice()).contains(Notice.TIME_UP);
        assertThat(progress.log).as("the checked answer on screen was kept").hasSize(1);
    }

    @Test
    void theSummaryTellsWhatIsDueNext() {
        StudySession s = review(basic(), trueFalse());
        s.reveal();
        s.rate(Rating.HARD);
        clock.advance(Duration.ofMinutes(1));
        s.answer(true);
        s.proceed();
        Summary sum = s.summary().orElseThrow();
        assertThat(sum.answered()).isEqualTo(2);
        assertThat(sum.time()).isEqualTo(Duration.ofMinutes(1));
        assertThat(sum.nextDue()).isEqualTo(T0.plus(Duration.ofDays(1)));
    }

    @Test
    void anEditedCardIsShownAgainOrSkippedWhenGone() {
        StudySession s = review(basic(), trueFalse());
        s.reloaded(key -> Optional.of(basic()));
        assertThat(s.notice()).contains(Notice.EDITED);
        assertThat(s.current().orElseThrow().card()).isEqualTo(basic());
        s.reloaded(key -> Optional.empty());
        assertThat(s.notice()).contains(Notice.GONE);
        assertThat(s.current().orElseThrow().card()).isEqualTo(trueFalse());
    }

    @Test
    void deckOverviewCountsAndRecall() {
        StudySession s = review(basic(), trueFalse());
        s.reveal();
        s.rate(Rating.GOOD);
        SessionSettings settings = SessionSettings.review("x", ZoneOffset.UTC);
        DeckOverview row = DeckOverview.of(deck, progress, clock.instant(), settings);
        assertThat(row.total()).isEqualTo(deck.cards().size());
        assertThat(row.newCards()).isEqualTo(deck.cards().size() - 1);
        assertThat(row.due()).isZero();
        // issue 18, item 13: the average over the cards in review; the unseen cards are not counted as forgotten
        assertThat(row.remembered()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(DeckOverview.of(Fixtures.chineseDeck(), progress, clock.instant(), settings).remembered())
                .as("nothing in review: no figure").isNaN();
        assertThat(row.lastStudied()).contains(T0);
        DeckOverview later = DeckOverview.of(deck, progress, T0.plus(Duration.ofDays(3)), settings);
        assertThat(later.due()).isEqualTo(1);
        assertThat(later.remembered()).isLessThan(row.remembered());
    }

    @Test
    void cramSelectionByTagAndExamDraw() {
        List<Card> all = deck.cards();
        assertThat(new CramSelection("fsrs", 0, 0).select(all, progress, T0)).containsExactly(choice(), typed());
        assertThat(CramSelection.exam(all, 3, 42)).hasSize(3).isEqualTo(CramSelection.exam(all, 3, 42));
        assertThat(new CramSelection(null, 8, 0).select(all, progress, T0)).isEmpty();
    }

    @Test
    void leechesAreCrammedThoughReachingTheThresholdSuspendedThem() throws Exception {
        List<Card> all = deck.cards();
        Card leech = all.get(0);
        Card other = all.get(1);
        cuecard.review.CardState lapsed = new cuecard.review.CardState(Phase.RELEARNING, 0, new cuecard.review.MemoryState(1, 8),
                T0.plus(Duration.ofMinutes(10)), T0, 12, 8, 0);
        progress.record(new Review(null, leech.key(), T0, ZoneOffset.UTC, Rating.AGAIN, Mode.REVIEW, AnswerKind.SELF, null,
                Duration.ofSeconds(3), cuecard.review.CardState.fresh(T0), lapsed));
        progress.suspend(leech.key(), true);
        progress.suspend(other.key(), true);
        assertThat(new CramSelection(null, 8, 0).select(all, progress, T0)).containsExactly(leech);
        assertThat(new CramSelection(null, 0, 0).select(all, progress, T0)).doesNotContain(leech, other);
    }
}
