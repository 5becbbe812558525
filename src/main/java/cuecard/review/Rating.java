package cuecard.review;

/** The learner's answer to a card, numbered as FSRS and Anki number them (1 Again … 4 Easy). */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    /** 1 for Again up to 4 for Easy. */
    public int value() {
        return ordinal() + 1;
    }

    public static Rating of(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("rating must be 1-4, was " + value);
        }
        return values()[value - 1];
    }

    /** Parses "again", "hard", "good", "easy" or "1".."4" (case-insensitive); empty when unknown. */
    public static java.util.Optional<Rating> parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        for (Rating r : values()) {
            if (r.name().toLowerCase(java.util.Locale.ROOT).equals(t) || String.valueOf(r.value()).equals(t)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
