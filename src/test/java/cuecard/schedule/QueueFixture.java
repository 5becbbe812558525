package cuecard.schedule;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.study.MemoryProgress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Cards and a progress store for queue tests: notes with explicit ids, states written straight into the store. */
final class QueueFixture {

    static final String DECK = "q";
    final MemoryProgress progress = new MemoryProgress();
    final List<Card> cards = new ArrayList<>();
    final Fsrs fsrs = new Fsrs(FsrsSettings.defaults().withFuzz(false));

    private static NoteInfo info(String id) {
        return new NoteInfo(id, List.of(), null, null, new Location("q.yaml", 1, 1));
    }

    Card basic(String id) {
        Card c = Card.of(DECK, new Note.Basic(info(id), "front " + id, "back " + id, false)).get(0);
        cards.add(c);
        return c;
    }

    /** Both directions of a reversed note: two sibling cards. */
    List<Card> reversed(String id) {
        List<Card> both = Card.of(DECK, new Note.Basic(info(id), "正面 " + id, "背面 " + id, true));
        cards.addAll(both);
        return both;
    }

    List<Card> cloze(String id, String text) {
        List<Card> all = Card.of(DECK, new Note.Cloze(info(id), text));
        cards.addAll(all);
        return all;
    }

    /** Puts a review card into the store: last reviewed {@code daysAgo} before {@code now} with stability S. */
    Card review(Card card, Instant now, double daysAgo, double stability, Instant due, int lapses) {
        Instant last = now.minus(Duration.ofMinutes(Math.round(daysAgo * 1440)));
        return put(card, new CardState(Phase.REVIEW, 0, new MemoryState(stability, 5), due, last, 4, lapses,
                (int) Math.max(1, Math.round(stability))));
    }

    Card learning(Card card, Instant due) {
        // last reviewed 20 minutes before it is due: before any instant a test answers it at (as a store requires)
        return put(card, new CardState(Phase.LEARNING, 1, new MemoryState(2.3, 5), due, due.minusSeconds(1200), 1, 0, 0));
    }

    Card put(Card card, CardState state) {
        try {
            progress.record(new Review(null, card.key(), state.lastReview() == null ? Instant.EPOCH : state.lastReview(),
                    ZoneOffset.UTC, Rating.GOOD, Mode.REVIEW, AnswerKind.SELF, null, Duration.ofSeconds(3),
                    CardState.fresh(Instant.EPOCH), state));
        } catch (Progress.StaleCard e) {
            throw new IllegalStateException(e);
        }
        return card;
    }

    /** Shows, rates, records and reports one card, as a study session does. */
    CardState answer(StudyQueue queue, Card card, Rating rating, Instant now) {
        CardKey key = card.key();
        CardState before = progress.state(key, now);
        CardState after = fsrs.apply(before, rating, now, CardSeed.of(key));
        try {
            progress.record(new Review(null, key, now, ZoneOffset.UTC, rating, Mode.REVIEW, AnswerKind.SELF, null,
                    Duration.ofSeconds(3), before, after));
        } catch (Progress.StaleCard e) {
            throw new IllegalStateException(e);
        }
        queue.answered(card, after, now);
        return after;
    }

    /**
     * Takes cards from the queue until it is empty, answering {@code rating} when a card is first shown and Easy
     * when it comes back; returns them in order.
     */
    List<Card> drain(StudyQueue queue, Rating rating, Instant now) {
        List<Card> seen = new ArrayList<>();
        for (int guard = 0; guard < 10_000; guard++) {
            var next = queue.next(now);
            if (next.isEmpty()) {
                return seen;
            }
            answer(queue, next.get(), seen.contains(next.get()) ? Rating.EASY : rating, now);
            seen.add(next.get());
        }
        throw new IllegalStateException("the queue never ran dry");
    }
}
