package cuecard.review;

import cuecard.deck.CardKey;

/**
 * Receives reviews in brief (the fields of a {@link ReviewBrief}) one call each, with no object per review: how
 * statistics and the optimizer read a million reviews without making a million objects first.
 */
@FunctionalInterface
public interface ReviewSink {

    /**
     * One review.
     *
     * @param key            the card (after any remap); the reviews of one card usually share one instance
     * @param second         when it was rated, seconds since 1970
     * @param nano           the nanoseconds within that second
     * @param offsetSeconds  the learner's UTC offset then
     * @param intervalBefore the card's interval in days when it was shown
     * @param millis         time taken to answer
     */
    void review(CardKey key, long second, int nano, int offsetSeconds, Rating rating, Mode mode, Phase phaseBefore,
                int intervalBefore, long millis);

    /** A sink that hands each review to {@code briefs} as a {@link ReviewBrief}. */
    static ReviewSink of(java.util.function.Consumer<ReviewBrief> briefs) {
        return (key, second, nano, offset, rating, mode, phase, interval, millis) -> briefs.accept(new ReviewBrief(
                key, java.time.Instant.ofEpochSecond(second, nano), java.time.ZoneOffset.ofTotalSeconds(offset),
                rating, mode, phase, interval, millis));
    }

    /** Hands a full review to this sink. */
    default void review(CardKey key, Review r) {
        review(key, r.at().getEpochSecond(), r.at().getNano(), r.offset().getTotalSeconds(), r.rating(), r.mode(),
                r.before().phase(), r.before().scheduledDays(), r.taken().toMillis());
    }
}
