package cuecard.schedule;

import java.util.Map;

/**
 * The daily limits of a study queue, as in Anki's deck options: each deck has its own new-card and review limits
 * (from its preset), and an optional cap applies to all decks of one session together (studying every deck at once).
 *
 * @param decks    limits of decks whose preset sets them, by deck id
 * @param fallback limits of every other deck
 * @param total    the cap over all decks of the session; {@link #NONE} for no cap
 */
public record DailyLimits(Map<String, Limit> decks, Limit fallback, Limit total) {

    /** New cards introduced and review cards shown per learning day. */
    public record Limit(int newCards, int reviews) {
        public Limit {
            if (newCards < 0 || reviews < 0) {
                throw new IllegalArgumentException("daily limits must be 0 or more");
            }
        }
    }

    /** No limit. */
    public static final Limit NONE = new Limit(Integer.MAX_VALUE, Integer.MAX_VALUE);

    public DailyLimits {
        decks = Map.copyOf(decks);
    }

    /** The same limits for every deck, no total cap: what {@link QueueSettings}' limits mean on their own. */
    public static DailyLimits of(QueueSettings settings) {
        return new DailyLimits(Map.of(), new Limit(settings.newPerDay(), settings.reviewsPerDay()), NONE);
    }

    /** The limits of one deck. */
    public Limit of(String deckId) {
        return decks.getOrDefault(deckId, fallback);
    }
}
