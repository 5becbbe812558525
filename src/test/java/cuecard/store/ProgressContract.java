package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Mode;
import cuecard.review.Progress;
import cuecard.review.Review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Progress} does, run against each implementation (the store on disk and the one in memory that
 * study tests use), so a session tested over one behaves the same over the other.
 */
abstract class ProgressContract {

    static final Instant T0 = Reviews.T0;
    private final CardKey france = Reviews.key("capitals/france");
    private final CardKey spain = Reviews.key("capitals/spain");

    /** A progress with no history, whose clock reads {@link #T0} plus a year. */
    abstract Progress progress() throws Exception;

    private static Review cram(Review r) {
        return new Review(r.id(), r.key(), r.at(), r.offset(), r.rating(), Mode.CRAM, r.answer(), r.correct(),
                r.taken(), r.before(), r.before());
    }

    @Test
    void aRecordedReviewIsTheCardsStateAndItsDecksLastStudy() throws Exception {
        Progress p = progress();
        assertThat(p.known(france)).isFalse();
        assertThat(p.state(france, T0)).isEqualTo(CardState.fresh(T0));
        assertThat(p.lastStudied("capitals")).isEmpty();
        Review saved = p.record(Reviews.first(france, T0));
        assertThat(saved.id()).isNotNull();
        assertThat(p.known(france)).isTrue();
        assertThat(p.state(france, T0)).isEqualTo(saved.after());
        assertThat(p.lastStudied("capitals")).contains(T0);
        assertThat(p.known(spain)).isFalse();
    }

    @Test
    void aReviewFromAStaleStateIsRefused() throws Exception {
        Progress p = progress();
        Review first = p.record(Reviews.first(france, T0));
        Review again = Reviews.next(france, first.before(), Rating.GOOD, T0.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> p.record(again)).isInstanceOf(Progress.StaleCard.class); // shown before the first
        assertThat(p.state(france, T0)).isEqualTo(first.after());
    }

    @Test
    void aFirstReviewMustStartFromTheNewState() throws Exception {
        Progress p = progress();
        Review seen = Reviews.first(france, T0);
        Review fromElsewhere = Reviews.next(france, seen.after(), Rating.GOOD, T0.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> p.record(fromElsewhere)).isInstanceOf(Progress.StaleCard.class);
        assertThat(p.known(france)).isFalse();
    }

    @Test
    void aReviewDatedBeforeTheCardsLatestReviewIsRefused() throws Exception {
        Progress p = progress();
        Review first = p.record(Reviews.first(france, T0.plus(Duration.ofDays(3))));
        Review earlier = Reviews.next(france, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> p.record(earlier)).isInstanceOf(Progress.StaleCard.class);
        assertThat(p.state(france, T0)).isEqualTo(first.after());
    }

    @Test
    void aCramAnswerIsRecordedButChangesNoState() throws Exception {
        Progress p = progress();
        Review first = p.record(Reviews.first(france, T0));
        Review crammed = cram(Reviews.next(france, first.after(), Rating.AGAIN, T0.plus(Duration.ofHours(1))));
        p.record(crammed);
        assertThat(p.state(france, T0)).isEqualTo(first.after());
        assertThat(p.lastStudied("capitals")).contains(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void undoRestoresTheStateNewestFirstAndKeepsWhenTheDeckWasStudied() throws Exception {
        Progress p = progress();
        assertThat(p.undoLast()).isEmpty();
        Review first = p.record(Reviews.first(france, T0));
        Review second = p.record(Reviews.next(france, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(2))));
        assertThat(p.lastStudied("capitals")).contains(T0.plus(Duration.ofDays(2)));
        assertThat(p.undoLast()).map(Review::id).contains(second.id());
        assertThat(p.state(france, T0)).isEqualTo(first.after());
        // undoing a rating does not undo having studied the deck: a cold load of the logs counts it too
        assertThat(p.lastStudied("capitals")).contains(T0.plus(Duration.ofDays(2)));
        assertThat(p.undoLast()).map(Review::id).contains(first.id());
        assertThat(p.known(france)).isFalse();
        assertThat(p.state(france, T0)).isEqualTo(CardState.fresh(T0));
        assertThat(p.lastStudied("capitals")).contains(T0.plus(Duration.ofDays(2)));
        assertThat(p.undoLast()).isEmpty();
        // the card can be answered again from the new state
        assertThat(p.record(Reviews.first(france, T0.plus(Duration.ofDays(3)))).after().reps()).isEqualTo(1);
    }

    @Test
    void suspendAndBuryAreKeptPerCard() throws Exception {
        Progress p = progress();
        p.suspend(france, true);
        assertThat(p.suspended(france)).isTrue();
        assertThat(p.suspended(spain)).isFalse();
        p.suspend(france, false);
        assertThat(p.suspended(france)).isFalse();
        LocalDate day = LocalDate.of(2026, 1, 6);
        p.bury(spain, day);
        assertThat(p.buriedUntil(spain)).contains(day);
        assertThat(p.buriedUntil(france)).isEmpty();
    }

    @Test
    void aResetStartsTheCardOverAndItsUndoPutsTheStateBack() throws Exception {
        Progress p = progress();
        Review first = p.record(Reviews.first(france, T0));
        p.reset(france);
        CardState reset = p.state(france, T0);
        assertThat(reset.phase()).isEqualTo(Phase.NEW);
        assertThat(reset.reps()).isZero();
        assertThat(reset.memory()).isNull();
        assertThat(p.undoReset(spain)).isFalse();
        assertThat(p.undoReset(france)).isTrue();
        assertThat(p.state(france, T0)).isEqualTo(first.after());
        assertThat(p.undoReset(france)).isFalse();
    }
}
