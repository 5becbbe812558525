package cuecard.study;

import cuecard.schedule.CardState;
import java.time.Duration;
import java.time.Instant;

/**
 * The chance of recalling a card now, from its stability, by FSRS-6's forgetting curve with the default decay
 * ({@code w20}); enough for ranking cards and for the deck picker's "remembered now". New cards count as 0.
 */
final class Recall {

    static final double DECAY = 0.1542;
    private static final double FACTOR = Math.pow(0.9, -1 / DECAY) - 1;

    private Recall() {
    }

    static double now(CardState s, Instant now) {
        if (s.memory() == null || s.lastReview() == null) {
            return 0;
        }
        double days = Math.max(0, Duration.between(s.lastReview(), now).toSeconds() / 86400.0);
        double stability = Math.max(s.memory().stability(), 0.001);
        return Math.pow(1 + FACTOR * days / stability, -DECAY);
    }
}
