package cuecard.study;

import cuecard.review.CardState;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import java.time.Duration;
import java.time.Instant;

/**
 * The chance of recalling a card now by FSRS-6's forgetting curve with the default decay ({@code w20}); enough for
 * ranking cards and for the deck picker's recall column (averaged over the cards in review). A card never answered
 * has no memory: 0.
 */
final class Recall {

    private static final double DECAY = FsrsSettings.defaults().parameters().get(20);

    private Recall() {
    }

    static double now(CardState s, Instant now) {
        if (s.memory() == null || s.lastReview() == null) {
            return 0;
        }
        double days = Duration.between(s.lastReview(), now).toMillis() / 86_400_000.0;
        return Fsrs.retrievability(days, Math.max(s.memory().stability(), 0.001), DECAY);
    }
}
