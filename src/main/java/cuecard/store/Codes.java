package cuecard.store;

import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Mode;

/**
 * The byte codes the derived files ({@link ReviewDigest}, {@link Snapshot}) write for enum values. Each code is
 * fixed here, value by value, never taken from an ordinal: reordering or extending an enum changes no file's
 * meaning, and a value added to an enum does not compile until it has a code. A code no value has makes the file
 * unreadable (it is then rebuilt from the logs). Changing a code means raising the format version of both files.
 */
final class Codes {

    /** Value by code: decoding a row is one array read. */
    private static final Rating[] RATINGS = table(Rating.values(), Codes::rating, new Rating[0]);
    private static final Mode[] MODES = table(Mode.values(), Codes::mode, new Mode[0]);
    private static final Phase[] PHASES = table(Phase.values(), Codes::phase, new Phase[0]);

    private Codes() {
    }

    static byte rating(Rating r) {
        return switch (r) {
            case AGAIN -> 1;
            case HARD -> 2;
            case GOOD -> 3;
            case EASY -> 4;
        };
    }

    static byte mode(Mode m) {
        return switch (m) {
            case REVIEW -> 1;
            case CRAM -> 2;
            case EXAM -> 3;
        };
    }

    static byte phase(Phase p) {
        return switch (p) {
            case NEW -> 1;
            case LEARNING -> 2;
            case REVIEW -> 3;
            case RELEARNING -> 4;
        };
    }

    /** The rating of {@code code}, or null when no rating has it. */
    static Rating rating(int code) {
        return code > 0 && code < RATINGS.length ? RATINGS[code] : null;
    }

    /** The mode of {@code code}, or null when no mode has it. */
    static Mode mode(int code) {
        return code > 0 && code < MODES.length ? MODES[code] : null;
    }

    /** The phase of {@code code}, or null when no phase has it. */
    static Phase phase(int code) {
        return code > 0 && code < PHASES.length ? PHASES[code] : null;
    }

    private static <E> E[] table(E[] values, java.util.function.ToIntFunction<E> code, E[] empty) {
        int max = 0;
        for (E v : values) {
            max = Math.max(max, code.applyAsInt(v));
        }
        E[] out = java.util.Arrays.copyOf(empty, max + 1);
        for (E v : values) {
            if (out[code.applyAsInt(v)] != null) {
                throw new IllegalStateException("two values with code " + code.applyAsInt(v));
            }
            out[code.applyAsInt(v)] = v;
        }
        return out;
    }
}
