package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.study.StudySession.Notice;
import cuecard.study.StudySession.Stage;
import static cuecard.study.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Undo in order, honest exams, choice options shuffled per showing, siblings apart (issue 18). */
class SessionTrustTest {

    private final Deck deck = Fixtures.englishDeck();
    private final LoggedProgress progress = new LoggedProgress();
    private final Fixtures.HandClock clock = new Fixtures.HandClock(T0);

    private Card card(int i) {
        return Fixtures.card(deck, i);
    }

    private StudySession review(List<Card> cards) {
        return new StudySession(new Fixtures.Queue(cards), progress, Fixtures.steps(), clock,
                SessionSettings.review("English sample", ZoneOffset.UTC));
    }

    private StudySession exam(List<Card> cards, int count, Duration limit) {
        return new StudySession(new CardList(cards), progress, Fixtures.steps(), clock,
                SessionSettings.review("x", ZoneOffset.UTC).withExam(count, limit));
    }

    @Test
    void undoUndoesTheLastActionWhateverItWasInOrder() {
        StudySession s = review(List.of(card(0), card(3), card(4)));
        s.reveal();
        s.rate(Rating.GOOD);                                 // answers card 0
        assertThat(s.current().orElseThrow().card()).isEqualTo(card(3));
        s.suspend();                                         // suspends card 3
        assertThat(progress.suspended(card(3).key())).isTrue();
        s.bury();                                            // buries card 4: nothing left
        assertThat(s.finished()).isTrue();

        s.undo();
        assertThat(s.notice()).contains(Notice.UNDONE_BURY);
        assertThat(s.finished()).as("undo from the summary goes back to the card").isFalse();
        assertThat(s.current().orElseThrow().card()).isEqualTo(card(4));
        assertThat(progress.buriedUntil(card(4).key()).orElseThrow()).isBefore(s.settings().learningDay(T0));

        s.undo();
        assertThat(s.notice()).contains(Notice.UNDONE_SUSPEND);
        assertThat(progress.suspended(card(3).key())).as("the suspension is undone, not the answer before it").isFalse();
        assertThat(s.current().orElseThrow().card()).isEqualTo(card(3));
        assertThat(progress.log).hasSize(1);

        s.undo();
        assertThat(s.notice()).contains(Notice.UNDONE);
        assertThat(progress.log).isEmpty();
        assertThat(s.current().orElseThrow().card()).isEqualTo(card(0));
        s.undo();
        assertThat(s.notice()).contains(Notice.NOTHING_TO_UNDO);
    }

    @Test
    void anExamIsATestNoUndoNoOverruleNoChangedRating() {
        StudySession s = exam(List.of(card(2), card(3)), 0, null);
        s.type("eighty");
        assertThat(s.current().orElseThrow().stage()).isEqualTo(Stage.FEEDBACK);
        s.undo();
        assertThat(s.notice()).contains(Notice.NO_UNDO_IN_EXAM);
        assertThat(s.current().orElseThrow().stage()).as("the checked answer stands").isEqualTo(Stage.FEEDBACK);
        s.overrule();
        assertThat(s.current().orElseThrow().feedback().correct()).isFalse();
        s.proceed();
        s.answer(true);
        s.rate(Rating.HARD);
        assertThat(s.current().orElseThrow().feedback().rating()).isEqualTo(Rating.GOOD);
        s.proceed();
        s.undo();
        assertThat(progress.log).hasSize(2);
    }

    @Test
    void anExamQuitEarlyScoresEveryQuestionDrawnAndListsTheMissedOnes() {
        List<Card> cards = new ArrayList<>(deck.cards());
        StudySession s = exam(cards, 0, null);
        int drawn = cards.size();
        for (int answered = 0; answered < 2; answered++) {
            Note note = s.current().orElseThrow().card().note();
            if (note instanceof Note.Choice) {
                s.choose((s.current().orElseThrow().choices().correct() + 1) % 4); // wrong
            } else if (note instanceof Note.TrueFalse) {
                s.answer(false); // wrong: the statement is true
            } else if (note instanceof Note.Typed) {
                s.type("no idea");
            } else {
                s.reveal();
                s.rate(Rating.AGAIN);
            }
            s.proceed();
        }
        Card third = s.current().orElseThrow().card();
        s.quit();
        Summary sum = s.summary().orElseThrow();
        assertThat(sum.answered()).isEqualTo(2);
        assertThat(sum.drawn()).as("quit after 2 of %d", drawn).isEqualTo(drawn);
        assertThat(sum.correct()).isZero();
        assertThat(sum.missed()).hasSize(2).noneSatisfy(m -> assertThat(m.prompt()).isEqualTo(third.prompt()));
        assertThat(sum.missed()).allSatisfy(m -> assertThat(m.answer()).isNotBlank());
    }

    @Test
    void aTimedOutExamWithNoAnswersScoresZeroOfTheQuestionsDrawn() {
        StudySession s = exam(List.of(card(1), card(2), card(3), card(0)), 3, Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        s.tick();
        Summary sum = s.summary().orElseThrow();
        assertThat(sum.correct()).isZero();
        assertThat(sum.drawn()).isEqualTo(3);
    }

    @Test
    void choiceOptionsAreShuffledForEachShowingAndTheSameForTheSameSeed() {
        Card choice = card(1);
        List<List<String>> first = showings(choice);
        assertThat(new HashSet<>(first)).as("not the same order every time").hasSizeGreaterThan(1);
        Set<Integer> answerAt = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            answerAt.add(ChoiceOrder.of(choice.key(), (Note.Choice) choice.note(), i).correct());
        }
        assertThat(answerAt).as("the answer is not always under one key").hasSizeGreaterThan(2);
        progress.log.clear();
        clock.advance(Duration.ZERO);
        assertThat(showings(choice)).as("deterministic for the same clock").isEqualTo(first);
    }

    private List<List<String>> showings(Card choice) {
        Fixtures.HandClock c = new Fixtures.HandClock(T0);
        StudySession s = new StudySession(new Fixtures.Queue(List.of(choice)), new LoggedProgress(), Fixtures.steps(), c,
                SessionSettings.review("x", ZoneOffset.UTC).withMode(Mode.CRAM));
        List<List<String>> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ChoiceOrder o = s.current().orElseThrow().choices();
            orders.add(o.options());
            s.choose((o.correct() + 1) % 4); // wrong: rated Again, so the test queue shows it again
            s.proceed();
        }
        return orders;
    }

    @Test
    void siblingsAreNotAskedOneAfterAnotherInExamsAndCram() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cards.addAll(Card.of("d", new Note.Basic(Fixtures.info("n" + i, i + 1), "front " + i, "back " + i, true)));
        }
        List<Card> apart = CramSelection.apartSiblings(cards);
        assertThat(apart).containsExactlyInAnyOrderElementsOf(cards);
        for (int i = 1; i < apart.size(); i++) {
            assertThat(apart.get(i).siblingGroup()).isNotEqualTo(apart.get(i - 1).siblingGroup());
        }
        for (long seed = 0; seed < 50; seed++) {
            List<Card> drawn = CramSelection.exam(cards, 0, seed);
            for (int i = 1; i < drawn.size(); i++) {
                assertThat(drawn.get(i).siblingGroup()).as("seed %d", seed).isNotEqualTo(drawn.get(i - 1).siblingGroup());
            }
        }
    }
}
