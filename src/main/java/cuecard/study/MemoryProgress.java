package cuecard.study;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Progress;
import cuecard.review.Review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Progress kept in memory only: for tests and for sessions that must leave no trace. Not thread-safe. */
public final class MemoryProgress implements Progress {

    private final Map<CardKey, CardState> states = new HashMap<>();
    private final Set<CardKey> suspended = new HashSet<>();
    private final Map<CardKey, LocalDate> buried = new HashMap<>();
    private final Map<String, Instant> lastStudied = new HashMap<>();
    private final Deque<Review> recorded = new ArrayDeque<>();
    private int nextId = 1;

    @Override
    public CardState state(CardKey key, Instant now) {
        CardState s = states.get(key);
        return s != null ? s : CardState.fresh(now);
    }

    @Override
    public boolean known(CardKey key) {
        return states.containsKey(key);
    }

    @Override
    public boolean suspended(CardKey key) {
        return suspended.contains(key);
    }

    @Override
    public Optional<LocalDate> buriedUntil(CardKey key) {
        return Optional.ofNullable(buried.get(key));
    }

    @Override
    public Optional<Instant> lastStudied(String deckId) {
        return Optional.ofNullable(lastStudied.get(deckId));
    }

    @Override
    public Review record(Review review) throws StaleCard {
        CardState current = states.get(review.key());
        if (current != null && !current.equals(review.before())) {
            throw new StaleCard(review.key());
        }
        Review saved = review.withId("m" + nextId++);
        if (saved.mode() == Mode.REVIEW) {
            states.put(saved.key(), saved.after());
        }
        lastStudied.merge(saved.key().deckId(), saved.at(), (a, b) -> a.isAfter(b) ? a : b);
        recorded.push(saved);
        return saved;
    }

    @Override
    public Optional<Review> undoLast() {
        Review last = recorded.poll();
        if (last == null) {
            return Optional.empty();
        }
        if (last.mode() == Mode.REVIEW) {
            if (last.before().phase() == cuecard.review.Phase.NEW && last.before().reps() == 0) {
                states.remove(last.key());
            } else {
                states.put(last.key(), last.before());
            }
        }
        return Optional.of(last);
    }

    @Override
    public void suspend(CardKey key, boolean on) {
        if (on) {
            suspended.add(key);
        } else {
            suspended.remove(key);
        }
    }

    /** Resets of this session, newest first, with the state each replaced (null: the card was new). */
    private final java.util.Deque<java.util.Map.Entry<CardKey, CardState>> resets = new java.util.ArrayDeque<>();

    @Override
    public boolean undoReset(CardKey key) {
        var last = resets.peek();
        if (last == null || !last.getKey().equals(key)) {
            return false;
        }
        resets.pop();
        if (last.getValue() == null) {
            states.remove(key);
        } else {
            states.put(key, last.getValue());
        }
        return true;
    }

    @Override
    public void reset(CardKey key) {
        resets.push(new java.util.AbstractMap.SimpleEntry<>(key, states.get(key)));
        if (states.containsKey(key)) {
            states.put(key, CardState.fresh(states.get(key).lastReview() == null ? states.get(key).due()
                    : states.get(key).lastReview()));
        }
    }

    @Override
    public void bury(CardKey key, LocalDate untilDay) {
        buried.put(key, untilDay);
    }
}
