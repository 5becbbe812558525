package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Small review values for store tests: a stand-in schedule (each Good doubles the interval). */
public final class Reviews {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private Reviews() {
    }

    static CardKey key(String s) {
        return CardKey.parse(s).orElseThrow();
    }

    /** A review of {@code key} at {@code at}, moving the card on from {@code before}. */
    public static Review next(CardKey key, CardState before, Rating rating, Instant at) {
        int days = Math.min(36500, Math.max(1, before.scheduledDays() * 2)); // within the store's ranges
        double s = before.memory() == null ? 1.5 : Math.min(36500, before.memory().stability() * 1.7);
        CardState after = new CardState(Phase.REVIEW, 0, new MemoryState(s, 5.25), at.plus(Duration.ofDays(days)), at,
                before.reps() + 1, before.lapses() + (rating == Rating.AGAIN ? 1 : 0), days);
        return new Review(null, key, at, ZoneOffset.ofHours(8), rating, Mode.REVIEW, AnswerKind.SELF, null,
                Duration.ofMillis(4200), before, after);
    }

    static Review first(CardKey key, Instant at) {
        return next(key, CardState.fresh(at), Rating.GOOD, at);
    }
}
