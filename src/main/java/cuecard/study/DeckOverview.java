package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.schedule.ForgettingCurve;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the deck picker.
 *
 * @param newCards   cards never studied (suspended ones left out)
 * @param learning   cards in (re)learning steps due by the end of the learning day
 * @param due        review cards due by the end of the learning day
 * @param total      all cards of the deck
 * @param remembered predicted recall now, averaged over the deck's cards in review (not suspended): new and
 *                   learning cards are not counted, as in the statistics' "Recall now"; NaN when none is in review
 * @param lastStudied the last review of any of its cards
 */
public record DeckOverview(String deckId, String title, int newCards, int learning, int due, int total,
                           double remembered, Optional<Instant> lastStudied) {

    /** The same row with the new, learning and due counts of a study queue (what a session on the deck gives). */
    public DeckOverview withCounts(CardSource.Counts c) {
        return new DeckOverview(deckId, title, c.newCards(), c.learning(), c.due(), total, remembered, lastStudied);
    }

    public static DeckOverview of(Deck deck, Progress progress, Instant now, SessionSettings settings) {
        Instant dayEnd = settings.learningDayStart(settings.learningDay(now).plusDays(1));
        int fresh = 0;
        int learning = 0;
        int due = 0;
        int total = 0;
        double recall = 0;
        int inReview = 0;
        for (Card c : deck.cards()) {
            total++;
            if (progress.suspended(c.key())) {
                continue;
            }
            if (!progress.known(c.key())) {
                fresh++;
                continue;
            }
            CardState s = progress.state(c.key(), now);
            if (s.phase() == Phase.REVIEW) {
                recall += ForgettingCurve.DEFAULT.recall(s, now);
                inReview++;
            }
            boolean buried = progress.buriedUntil(c.key()).map(d -> !d.isBefore(settings.learningDay(now))).orElse(false);
            if (buried || s.due().isAfter(dayEnd)) {
                continue;
            }
            if (s.phase() == Phase.LEARNING || s.phase() == Phase.RELEARNING) {
                learning++;
            } else if (s.phase() == Phase.REVIEW) {
                due++;
            }
        }
        return new DeckOverview(deck.id(), deck.title(), fresh, learning, due, total,
                inReview == 0 ? Double.NaN : recall / inReview, progress.lastStudied(deck.id()));
    }
}
