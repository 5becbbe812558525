package cuecard.store;

import cuecard.review.CardState;
import cuecard.review.Review;
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
        Bytes b = new Bytes();
        b.ascii("{\"v\":").number(EntryJson.VERSION);
        if (!b.field("id", r.id()) || !b.field("kind", "review") || !b.field("key", r.key().toString())) {
            return null;
        }
        b.field("at", Instants.format(r.at()));
        b.field("offset", r.offset().getId());
        b.field("rating", r.rating().name().toLowerCase(Locale.ROOT));
        b.field("mode", r.mode().id());
        b.field("answer", r.answer().id());
        if (r.correct() != null) {
            b.ascii(",\"correct\":").ascii(r.correct() ? "true" : "false");
        }
        b.ascii(",\"ms\":").number(r.taken().toMillis());
        b.ascii(",\"before\":");
        state(b, r.before());
        b.ascii(",\"after\":");
        state(b, r.after());
        b.ascii("}\n");
        return java.util.Arrays.copyOf(b.bytes, b.size);
    }

    private static void state(Bytes b, CardState s) {
        b.ascii("{\"phase\":\"").ascii(s.phase().name().toLowerCase(Locale.ROOT)).ascii("\"");
        b.ascii(",\"step\":").number(s.step());
        if (s.memory() != null) {
            b.ascii(",\"s\":").ascii(Double.toString(s.memory().stability()));
            b.ascii(",\"d\":").ascii(Double.toString(s.memory().difficulty()));
        }
        b.ascii(",\"due\":\"").ascii(Instants.format(s.due())).ascii("\"");
        if (s.lastReview() != null) {
            b.ascii(",\"last\":\"").ascii(Instants.format(s.lastReview())).ascii("\"");
        }
        b.ascii(",\"reps\":").number(s.reps());
        b.ascii(",\"lapses\":").number(s.lapses());
        b.ascii(",\"days\":").number(s.scheduledDays());
        b.ascii("}");
    }

    /** A growing byte buffer for one line. */
    private static final class Bytes {
        byte[] bytes = new byte[512];
        int size;

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        /** Appends text known to be ASCII. */
        Bytes ascii(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                bytes[size++] = (byte) s.charAt(i);
            }
            return this;
        }

        Bytes number(long v) {
            return ascii(Long.toString(v));
        }

        /**
         * Appends {@code ,"name":"value"} (the value in UTF-8); false, appending nothing, when the value needs an
         * escape or is not well-formed UTF-16.
         */
        boolean field(String name, String value) {
            boolean ascii = true;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                    return false;
                }
                ascii &= c < 0x80;
            }
            ascii(",\"").ascii(name).ascii("\":\"");
            if (ascii) {
                ascii(value);
            } else {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                room(utf8.length);
                System.arraycopy(utf8, 0, bytes, size, utf8.length);
                size += utf8.length;
            }
            ascii("\"");
            return true;
        }
    }
}
