package cuecard.review;

/** How a session treats answers: review reschedules, cram and exam are logged but change no schedule. */
public enum Mode {
    REVIEW, CRAM, EXAM;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
