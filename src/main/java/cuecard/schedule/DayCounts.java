package cuecard.schedule;

import cuecard.review.CardSource.LimitReached;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The study queue's daily-limit bookkeeping for one learning day: per deck, the new and review cards done and
 * waiting against the deck's limits, and the totals against the session's cap. Not thread-safe.
 */
final class DayCounts {

    /** One deck's limits and counts on the day. */
    static final class Deck {
        final String deckId;
        final DailyLimits.Limit limit;
        int newDone;
        int reviewsDone;
        int newLive;
        int reviewLive;

        Deck(String deckId, DailyLimits.Limit limit) {
            this.deckId = deckId;
            this.limit = limit;
        }

        int newRoom() {
            return Math.max(0, limit.newCards() - newDone);
        }

        int reviewRoom() {
            return Math.max(0, limit.reviews() - reviewsDone);
        }
    }

    private final DailyLimits limits;
    private final Map<String, Deck> decks = new HashMap<>();
    private int newDone;
    private int reviewsDone;

    /** The counts of a day on which {@code done} was studied before, for the decks of {@code deckIds}. */
    DayCounts(DailyLimits limits, Iterable<String> deckIds, StudiedToday done) {
        this.limits = limits;
        for (String id : deckIds) {
            deck(id);
        }
        for (Deck d : decks.values()) {
            StudiedToday.Done n = done.of(d.deckId);
            d.newDone = n.newCards();
            d.reviewsDone = n.reviews();
            newDone += n.newCards();
            reviewsDone += n.reviews();
        }
    }

    Deck deck(String deckId) {
        return decks.computeIfAbsent(deckId, d -> new Deck(d, limits.of(d)));
    }

    /** A card of {@code d} answered for the first time today (new) or as a due review. */
    void done(Deck d, boolean fresh) {
        if (fresh) {
            newDone++;
            d.newDone++;
        } else {
            reviewsDone++;
            d.reviewsDone++;
        }
    }

    /** An answer counted by {@link #done} undone; false when there was none to take back. */
    boolean undone(Deck d, boolean fresh) {
        if (fresh ? d.newDone == 0 : d.reviewsDone == 0) {
            return false;
        }
        if (fresh) {
            newDone--;
            d.newDone--;
        } else {
            reviewsDone--;
            d.reviewsDone--;
        }
        return true;
    }

    int totalNewRoom() {
        return Math.max(0, limits.total().newCards() - newDone);
    }

    int totalReviewRoom() {
        return Math.max(0, limits.total().reviews() - reviewsDone);
    }

    /** New cards the limits let the session show. */
    int newCount() {
        long sum = 0;
        for (Deck d : decks.values()) {
            sum += Math.min(d.newLive, d.newRoom());
        }
        return (int) Math.min(sum, totalNewRoom());
    }

    /** Review cards the limits let the session show. */
    int reviewCount() {
        long sum = 0;
        for (Deck d : decks.values()) {
            sum += Math.min(d.reviewLive, d.reviewRoom());
        }
        return (int) Math.min(sum, totalReviewRoom());
    }

    /** The limits that hold back cards still waiting: each deck's, then the cap over all. */
    List<LimitReached> reached() {
        List<LimitReached> out = new ArrayList<>();
        int newWaiting = 0;
        int reviewsWaiting = 0;
        for (Deck d : decks.values()) {
            newWaiting += d.newLive;
            reviewsWaiting += d.reviewLive;
            if (d.newLive > 0 && d.newRoom() == 0) {
                out.add(new LimitReached(true, d.limit.newCards(), d.deckId));
            }
            if (d.reviewLive > 0 && d.reviewRoom() == 0) {
                out.add(new LimitReached(false, d.limit.reviews(), d.deckId));
            }
        }
        out.sort(Comparator.comparing(LimitReached::deckId).thenComparing(l -> !l.newCards()));
        if (newWaiting > 0 && totalNewRoom() == 0) {
            out.add(new LimitReached(true, limits.total().newCards(), null));
        }
        if (reviewsWaiting > 0 && totalReviewRoom() == 0) {
            out.add(new LimitReached(false, limits.total().reviews(), null));
        }
        return out;
    }
}
