package cuecard.study;

import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Progress;
import cuecard.review.Review;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A MemoryProgress that also keeps the log as a list, so tests can read what was recorded. */
public final class LoggedProgress implements Progress {

    public final MemoryProgress memory = new MemoryProgress();
    public final List<Review> log = new ArrayList<>();

    @Override
    public CardState state(CardKey key, Instant now) {
        return memory.state(key, now);
    }

    @Override
    public boolean known(CardKey key) {
        return memory.known(key);
    }

    @Override
    public boolean suspended(CardKey key) {
        return memory.suspended(key);
    }

    @Override
    public Optional<LocalDate> buriedUntil(CardKey key) {
        return memory.buriedUntil(key);
    }

    @Override
    public Optional<Instant> lastStudied(String deckId) {
        return memory.lastStudied(deckId);
    }

    @Override
    public Review record(Review review) throws StaleCard {
        Review saved = memory.record(review);
        log.add(saved);
        return saved;
    }

    @Override
    public Optional<Review> undoLast() {
        Optional<Review> r = memory.undoLast();
        r.ifPresent(x -> log.remove(log.size() - 1));
        return r;
    }

    @Override
    public void suspend(CardKey key, boolean on) {
        memory.suspend(key, on);
    }

    @Override
    public void bury(CardKey key, LocalDate untilDay) {
        memory.bury(key, untilDay);
    }

    @Override
    public boolean undoReset(CardKey key) {
        return memory.undoReset(key);
    }

    @Override
    public void reset(CardKey key) {
        memory.reset(key);
    }
}
