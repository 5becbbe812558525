package cuecard.store;

import cuecard.schedule.CardState;
import cuecard.study.Review;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a review line by hand, byte for byte as {@link EntryJson#generalLine} (Jackson) writes it, about three
 * times as fast: a large import writes a million of them. Text it is not sure to write as Jackson does (a quote, a
 * backslash, a control character or a surrogate in a string) makes it decline (null), and Jackson writes that line.
 * {@code ReviewLineProperties} checks the two against each other.
 */
final class ReviewLine {

    private ReviewLine() {
    }

    /** The line of {@code r} with its newline, or null when Jackson must write it. */
    static byte[] write(Review r) {
        StringBuilder b = new StringBuilder(480);
        b.append("{\"v\":").append(EntryJson.VERSION);
        if (!string(b, "id", r.id()) || !string(b, "kind", "review") || !string(b, "key", r.key().toString())) {
            return null;
        }
        string(b, "at", Instants.format(r.at()));
        string(b, "offset", r.offset().getId());
        string(b, "rating", r.rating().name().toLowerCase(Locale.ROOT));
        string(b, "mode", r.mode().id());
        string(b, "answer", r.answer().id());
        if (r.correct() != null) {
            b.append(",\"correct\":").append(r.correct().booleanValue());
        }
        b.append(",\"ms\":").append(r.taken().toMillis());
        b.append(",\"before\":");
        state(b, r.before());
        b.append(",\"after\":");
        state(b, r.after());
        b.append("}\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void state(StringBuilder b, CardState s) {
        b.append("{\"phase\":\"").append(s.phase().name().toLowerCase(Locale.ROOT)).append('"');
        b.append(",\"step\":").append(s.step());
        if (s.memory() != null) {
            b.append(",\"s\":").append(Double.toString(s.memory().stability()));
            b.append(",\"d\":").append(Double.toString(s.memory().difficulty()));
        }
        b.append(",\"due\":\"").append(Instants.format(s.due())).append('"');
        if (s.lastReview() != null) {
            b.append(",\"last\":\"").append(Instants.format(s.lastReview())).append('"');
        }
        b.append(",\"reps\":").append(s.reps());
        b.append(",\"lapses\":").append(s.lapses());
        b.append(",\"days\":").append(s.scheduledDays());
        b.append('}');
    }

    /** Appends {@code ,"name":"value"}; false when the value needs an escape or is not well-formed UTF-16. */
    private static boolean string(StringBuilder b, String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        b.append(",\"").append(name).append("\":\"").append(value).append('"');
        return true;
    }
}
