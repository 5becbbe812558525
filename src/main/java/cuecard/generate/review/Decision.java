package cuecard.generate.review;

import java.util.Locale;
import java.util.Optional;

/** What the learner decided about a proposal. */
public enum Decision {
    KEPT, DROPPED;

    /** Its word in {@code DECK.review.yaml}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Decision> ofWord(String word) {
        for (Decision d : values()) {
            if (d.word().equals(word)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
