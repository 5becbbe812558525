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
    /** The instant of each card's latest review-mode answer in effect. */
    private final Map<CardKey, Instant> reviewedAt = new HashMap<>();
    private final Deque<Done> recorded = new ArrayDeque<>();
    private int nextId = 1;

    /** A review recorded, with what it replaced, so it can be undone exactly. */
    private record Done(Review review, CardState previous, Instant previousAt) {
    }

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

    /**
     * {@inheritDoc} As the store on disk does: a first review must start from the new state, and a review-mode answer
     * dated before the card's latest review is refused too (it would not be the card's latest).
     */
    @Override
    public Review record(Review review) throws StaleCard {
        CardState current = states.get(review.key());
        boolean fresh = review.before().phase() == cuecard.review.Phase.NEW && review.before().reps() == 0;
        if (current == null ? !fresh : !current.equals(review.before())) {
            throw new StaleCard(review.key());
        }
        Instant latest = reviewedAt.get(review.key());
        if (current != null && review.mode() == Mode.REVIEW && latest != null && review.at().isBefore(latest)) {
            throw new StaleCard(review.key());
        }
        Review saved = review.withId("m" + nextId++);
        recorded.push(new Done(saved, current, latest));
        if (saved.mode() == Mode.REVIEW) {
            states.put(saved.key(), saved.after());
            reviewedAt.put(saved.key(), saved.at());
        }
        lastStudied.merge(saved.key().deckId(), saved.at(), (a, b) -> a.isAfter(b) ? a : b);
        return saved;
    }

    @Override
    public Optional<Review> undoLast() {
        Done last = recorded.poll();
        if (last == null) {
            return Optional.empty();
        }
        Review r = last.review();
        if (r.mode() == Mode.REVIEW) {
            put(states, r.key(), last.previous());
            put(reviewedAt, r.key(), last.previousAt());
        }
        return Optional.of(r);
    }

    private static <K, V> void put(Map<K, V> map, K key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
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
