package cuecard.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The log line format (version {@value #VERSION}): one JSON object per line, mapped by hand so the domain types
 * carry no JSON annotations. Field names are listed in {@code docs/store.md}. Not thread-safe (it caches keys).
 */
final class EntryJson {

    static final int VERSION = 1;
    static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    /**
     * Which parser reads a line is decided in one place, here and in {@link LogReader#readRange}: a line in the exact
     * form {@link #line} writes is read in place by {@link FastLine} (the lean variant, for a replay, builds no
     * objects at all); every other line, damaged lines included, goes to Jackson's streaming parser
     * ({@link #parseGeneral}), which alone decides what such a line means and why it is damaged. Jackson alone took
     * about three times the CPU of the cold load of 1,000,000 reviews (BENCHMARKS.md, issue 17), far over its 2 s
     * target, so the fast path stays, for exactly those lines.
     * <p>
     * {@code -Dcuecard.store.jacksonOnly=true} (or a test setting this field before it opens a store) sends every
     * line to Jackson: to measure the two paths against each other ({@code STORE_PARSER=jackson
     * src/test/scripts/bench-store.sh}) and to check that both give the same results ({@code ReadPathsProperties}).
     */
    static boolean jacksonOnly = Boolean.getBoolean("cuecard.store.jacksonOnly");

    private final Map<String, CardKey> keys = new HashMap<>();
    private final Map<String, ZoneOffset> offsets = new HashMap<>();
    private final FastLine fast;
    private final boolean lean;

    EntryJson() {
        this(false);
    }

    /** @param lean for replaying only: reviews read fast carry {@link FastLine#NOT_READ} as their before state */
    EntryJson(boolean lean) {
        this.lean = lean;
        fast = new FastLine(lean);
    }

    // ---- writing ----

    /** The entry as one line of UTF-8, ending in a newline. */
    static byte[] line(Entry e) {
        Limits.requireWritable(e); // never a line the reader would reject (no NaN, no infinity, no year 300000000)
        if (e instanceof Entry.Reviewed rv && !jacksonOnly) {
            byte[] quick = ReviewLine.write(rv.review());
            if (quick != null) {
                return quick;
            }
        }
        return generalLine(e);
    }

    /** The entry as Jackson writes it: the definition of the line format, which {@link ReviewLine} repeats byte for byte. */
    static byte[] generalLine(Entry e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(400);
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeStringField("id", e.id());
            g.writeStringField("kind", e.kind());
            if (e instanceof Entry.Reviewed rv) {
                Review r = rv.review();
                g.writeStringField("key", r.key().toString());
                g.writeStringField("at", Instants.format(r.at()));
                g.writeStringField("offset", r.offset().getId());
                g.writeStringField("rating", r.rating().name().toLowerCase(Locale.ROOT));
                g.writeStringField("mode", r.mode().id());
                g.writeStringField("answer", r.answer().id());
                if (r.correct() != null) {
                    g.writeBooleanField("correct", r.correct());
                }
                g.writeNumberField("ms", r.taken().toMillis());
                g.writeFieldName("before");
                writeState(g, r.before());
                g.writeFieldName("after");
                writeState(g, r.after());
            } else if (e instanceof Entry.Undo u) {
                common(g, u.at(), u.offset());
                g.writeStringField("target", u.target());
            } else if (e instanceof Entry.Suspension s) {
                common(g, s.at(), s.offset());
                g.writeStringField("key", s.key().toString());
            } else if (e instanceof Entry.Reset rs) {
                common(g, rs.at(), rs.offset());
                g.writeStringField("key", rs.key().toString());
            } else if (e instanceof Entry.Burial b) {
                common(g, b.at(), b.offset());
                g.writeStringField("key", b.key().toString());
                g.writeStringField("until", b.until().toString());
            } else if (e instanceof Entry.Remap m) {
                common(g, m.at(), m.offset());
                g.writeStringField("from", m.from().toString());
                g.writeStringField("to", m.to().toString());
            } else if (e instanceof Entry.TornMark t) {
                common(g, t.at(), t.offset());
                g.writeNumberField("line", t.line());
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void common(JsonGenerator g, Instant at, ZoneOffset offset) throws IOException {
        g.writeStringField("at", Instants.format(at));
        g.writeStringField("offset", offset.getId());
    }

    static void writeState(JsonGenerator g, CardState s) throws IOException {
        g.writeStartObject();
        g.writeStringField("phase", s.phase().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("step", s.step());
        if (s.memory() != null) {
            g.writeNumberField("s", s.memory().stability());
            g.writeNumberField("d", s.memory().difficulty());
        }
        g.writeStringField("due", Instants.format(s.due()));
        if (s.lastReview() != null) {
            g.writeStringField("last", Instants.format(s.lastReview()));
        }
        g.writeNumberField("reps", s.reps());
        g.writeNumberField("lapses", s.lapses());
        g.writeNumberField("days", s.scheduledDays());
        g.writeEndObject();
    }

    // ---- reading ----

    /** Thrown for a line that is not a valid entry; the message says what is wrong. */
    static final class BadLine extends Exception {
        private final boolean newer;

        BadLine(String message, boolean newer) {
            super(message, null, false, false);
            this.newer = newer;
        }

        /** The line is from a newer format version than this program knows. */
        boolean newer() {
            return newer;
        }
    }

    /** See {@link FastLine#parseLine}: a review line read in place, or null (then find the line's end and parse). */
    Entry fastLine(byte[] buf, int off, int limit) {
        return jacksonOnly ? null : fast.parseLine(buf, off, limit);
    }

    /** The reader of lines in the exact written form, for {@link FastLine#leanLine}; null unless this reader is lean. */
    FastLine lean() {
        return lean && !jacksonOnly ? fast : null;
    }

    /** The index of the newline ending the line {@link #fastLine} read last. */
    int fastEnd() {
        return fast.lineEnd();
    }

    /** Parses one line (without its newline). */
    Entry parse(byte[] buf, int off, int len) throws BadLine {
        Entry quick = jacksonOnly ? null : fast.parse(buf, off, len);
        return quick != null ? quick : parseGeneral(buf, off, len);
    }

    /** Parses one line with the general JSON parser (any field order, spacing and escapes). */
    Entry parseGeneral(byte[] buf, int off, int len) throws BadLine {
        try (JsonParser p = FACTORY.createParser(buf, off, len)) {
            Entry e = parse(p);
            String wrong = Limits.problem(e);
            if (wrong != null) {
                throw new BadLine("value out of range: " + wrong, false);
            }
            return e;
        } catch (IOException e) {
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                    ? jpe.getOriginalMessage() : e.getMessage();
            throw new BadLine("not valid JSON: " + oneLine(msg), false);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadLine(oneLine(e.getMessage()), false);
        }
    }

    private Entry parse(JsonParser p) throws IOException, BadLine {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new BadLine("not a JSON object", false);
        }
        int v = -1;
        String id = null, kind = null, key = null, at = null, offset = null, rating = null, mode = null,
                answer = null, target = null, until = null, from = null, to = null;
        Boolean correct = null;
        long ms = 0;
        int line = 0;
        CardState before = null, after = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken vt = p.nextToken();
            switch (name) {
                case "v" -> v = p.getIntValue();
                case "id" -> id = p.getText();
                case "kind" -> kind = p.getText();
                case "key" -> key = p.getText();
                case "at" -> at = p.getText();
                case "offset" -> offset = p.getText();
                case "rating" -> rating = p.getText();
                case "mode" -> mode = p.getText();
                case "answer" -> answer = p.getText();
                case "correct" -> correct = vt == JsonToken.VALUE_NULL ? null : p.getBooleanValue();
                case "ms" -> ms = p.getLongValue();
                case "before" -> before = state(p);
                case "after" -> after = state(p);
                case "target" -> target = p.getText();
                case "until" -> until = p.getText();
                case "from" -> from = p.getText();
                case "to" -> to = p.getText();
                case "line" -> line = p.getIntValue();
                default -> p.skipChildren(); // fields added later are ignored
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new BadLine("unexpected " + t, false);
        }
        if (p.nextToken() != null) {
            throw new BadLine("text after the JSON object", false);
        }
        if (v < 0) {
            throw new BadLine("no format version `v`", false);
        }
        if (v > VERSION) {
            throw new BadLine("written in format v" + v + " by a newer cuecard (this one reads v" + VERSION + ")", true);
        }
        require(id, "id");
        require(kind, "kind");
        Instant when = Instants.parse(require(at, "at"));
        ZoneOffset zone = offset(require(offset, "offset"));
        switch (kind) {
            case "review":
                require(before, "before");
                require(after, "after");
                return new Entry.Reviewed(new Review(id, key(require(key, "key")), when, zone,
                        Rating.valueOf(upper(require(rating, "rating"))), Mode.valueOf(upper(require(mode, "mode"))),
                        AnswerKind.valueOf(upper(require(answer, "answer")).replace('-', '_')), correct,
                        Duration.ofMillis(ms), before, after));
            case "undo":
                return new Entry.Undo(id, when, zone, require(target, "target"));
            case "suspend":
            case "unsuspend":
                return new Entry.Suspension(id, when, zone, key(require(key, "key")), kind.equals("suspend"));
            case "reset":
                return new Entry.Reset(id, when, zone, key(require(key, "key")));
            case "bury":
                return new Entry.Burial(id, when, zone, key(require(key, "key")), LocalDate.parse(require(until, "until")));
            case "remap":
                return new Entry.Remap(id, when, zone, key(require(from, "from")), key(require(to, "to")));
            case "torn":
                return new Entry.TornMark(id, when, zone, line);
            default:
                throw new BadLine("unknown kind `" + kind + "`", false);
        }
    }

    static CardState state(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("a card state must be an object");
        }
        String phase = null, due = null, last = null;
        int step = 0, reps = 0, lapses = 0, days = 0;
        double s = Double.NaN, d = Double.NaN;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "phase" -> phase = p.getText();
                case "step" -> step = p.getIntValue();
                case "s" -> s = p.getDoubleValue();
                case "d" -> d = p.getDoubleValue();
                case "due" -> due = p.getText();
                case "last" -> last = p.getText();
                case "reps" -> reps = p.getIntValue();
                case "lapses" -> lapses = p.getIntValue();
                case "days" -> days = p.getIntValue();
                default -> p.skipChildren();
            }
        }
        MemoryState memory = Double.isNaN(s) || Double.isNaN(d) ? null : new MemoryState(s, d);
        return new CardState(Phase.valueOf(upper(require(phase, "phase"))), step, memory,
                Instants.parse(require(due, "due")), last == null ? null : Instants.parse(last), reps, lapses, days);
    }

    private CardKey key(String text) {
        CardKey k = keys.get(text);
        if (k == null) {
            k = fast.canonical(CardKey.parse(text)
                    .orElseThrow(() -> new IllegalArgumentException("not a card key: `" + text + "`")));
            keys.put(text, k);
        }
        return k;
    }

    private ZoneOffset offset(String text) {
        ZoneOffset z = offsets.get(text);
        if (z == null) {
            try {
                z = ZoneOffset.of(text);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("not a UTC offset: `" + text + "`");
            }
            offsets.put(text, z);
        }
        return z;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing field `" + field + "`");
        }
        return value;
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ").trim();
    }
}
