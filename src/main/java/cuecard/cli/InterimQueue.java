package cuecard.cli;

import cuecard.deck.Card;
import cuecard.schedule.CardState;
import cuecard.schedule.Phase;
import cuecard.study.CardSource;
import cuecard.study.Progress;
import cuecard.study.SessionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * INTERIM review queue, used by {@code cuecard study} only until the scheduler's {@code StudyQueue} is on main:
 * (re)learning cards when due (or within 20 minutes when nothing else is left), then review cards due by the end of
 * the learning day, then up to {@code newPerDay} new cards, in file order. No daily review limit, no sibling burying.
 */
final class InterimQueue implements CardSource {

    private static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final Progress progress;
    private final List<Card> learning = new ArrayList<>();
    private final List<Card> due = new ArrayList<>();
    private final List<Card> fresh = new ArrayList<>();
    private final java.util.Map<Card, Instant> dueAt = new java.util.HashMap<>();

    InterimQueue(List<Card> cards, Progress progress, SessionSettings settings, int newPerDay, Instant now) {
        this.progress = progress;
        Instant dayEnd = settings.learningDay(now).plusDays(1).atStartOfDay(settings.zone())
                .plusHours(settings.dayStartHour()).toInstant();
        for (Card c : cards) {
            if (progress.suspended(c.key())
                    || progress.buriedUntil(c.key()).map(d -> !d.isBefore(settings.learningDay(now))).orElse(false)) {
                continue;
            }
            if (!progress.known(c.key())) {
                if (fresh.size() < newPerDay) {
                    fresh.add(c);
                }
                continue;
            }
            CardState s = progress.state(c.key(), now);
            if (s.due().isAfter(dayEnd)) {
                continue;
            }
            dueAt.put(c, s.due());
            (s.phase() == Phase.REVIEW ? due : learning).add(c);
        }
    }

    @Override
    public Optional<Card> next(Instant now) {
        learning.sort(Comparator.comparing(dueAt::get));
        if (!learning.isEmpty() && !dueAt.get(learning.get(0)).isAfter(now)) {
            return Optional.of(learning.get(0));
        }
        if (!due.isEmpty()) {
            return Optional.of(due.get(0));
        }
        if (!fresh.isEmpty()) {
            return Optional.of(fresh.get(0));
        }
        if (!learning.isEmpty() && !dueAt.get(learning.get(0)).isAfter(now.plus(LEARN_AHEAD))) {
            return Optional.of(learning.get(0));
        }
        return Optional.empty();
    }

    @Override
    public void answered(Card card, CardState after, Instant now) {
        remove(card);
        if ((after.phase() == Phase.LEARNING || after.phase() == Phase.RELEARNING)
                && after.due().isBefore(now.plus(Duration.ofHours(12)))) {
            dueAt.put(card, after.due());
            learning.add(card);
        }
    }

    @Override
    public void remove(Card card) {
        learning.remove(card);
        due.remove(card);
        fresh.remove(card);
    }

    @Override
    public void restore(Card card, CardState state, Instant now) {
        remove(card);
        if (!progress.known(card.key()) || state.phase() == Phase.NEW) {
            fresh.add(0, card);
        } else if (state.phase() == Phase.REVIEW) {
            due.add(0, card);
        } else {
            dueAt.put(card, state.due());
            learning.add(card);
        }
    }

    @Override
    public Counts counts(Instant now) {
        return new Counts(fresh.size(), learning.size(), due.size());
    }
}
