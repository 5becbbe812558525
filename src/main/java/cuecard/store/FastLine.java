package cuecard.store;

import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.review.Review;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * A fast path for review lines exactly as {@link EntryJson#line} writes them (same field order, no spaces, no
 * escapes): bytes are read in place instead of through a general JSON parser. Anything else, including every
 * damaged line, returns null and goes to the general parser, which alone decides what a line means.
 */
final class FastLine {

    private static final byte[] START = bytes("{\"v\":1,\"id\":\"");
    private static final byte[] KIND_REVIEW = bytes("\",\"kind\":\"review\",\"key\":\"");
    private static final byte[] AT = bytes("\",\"at\":\"");
    private static final byte[] OFFSET = bytes("\",\"offset\":\"");
    private static final byte[] RATING = bytes("\",\"rating\":\"");
    private static final byte[] MODE = bytes("\",\"mode\":\"");
    private static final byte[] ANSWER = bytes("\",\"answer\":\"");
    private static final byte[] CORRECT = bytes("\",\"correct\":");
    private static final byte[] MS_AFTER_STRING = bytes("\",\"ms\":");
    private static final byte[] MS_AFTER_BOOL = bytes(",\"ms\":");
    private static final byte[] BEFORE = bytes(",\"before\":");
    private static final byte[] AFTER = bytes(",\"after\":");
    private static final byte[] PHASE = bytes("{\"phase\":\"");
    private static final byte[] STEP = bytes("\",\"step\":");
    private static final byte[] S = bytes(",\"s\":");
    private static final byte[] D = bytes(",\"d\":");
    private static final byte[] DUE = bytes(",\"due\":\"");
    private static final byte[] LAST = bytes("\",\"last\":\"");
    private static final byte[] REPS = bytes("\",\"reps\":");
    private static final byte[] LAPSES = bytes(",\"lapses\":");
    private static final byte[] DAYS = bytes(",\"days\":");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");

    private final Map<String, ZoneOffset> offsets = new HashMap<>();
    /**
     * Stands in for the {@code before} state in a lean read, which checks that state's text but does not build it
     * (replaying needs only {@code after}). Never leaves the replay.
     */
    static final CardState NOT_READ = new CardState(Phase.NEW, 0, null, Instant.EPOCH, null, 0, 0, 0);

    private final boolean lean;
    private boolean build = true;
    private byte[] b;
    private int pos;
    private int end;

    FastLine() {
        this(false);
    }

    /** @param lean check but do not build the {@code before} state (for replaying only) */
    FastLine(boolean lean) {
        this.lean = lean;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private int lineEnd;

    /** The review on this line (without its newline), or null when the line is not in the exact written form. */
    Entry parse(byte[] buf, int off, int len) {
        b = buf;
        pos = off;
        end = off + len;
        Entry e = read();
        return e != null && pos == end - 1 ? e : null;
    }

    /**
     * The review on the line starting at {@code off}, read before its end is known: succeeds only when the line is in
     * the exact written form and a newline follows its closing brace (then {@link #lineEnd()} is that newline's index).
     * Such a line holds no newline inside (every byte read was checked), so no separate search for it is needed.
     */
    Entry parseLine(byte[] buf, int off, int limit) {
        b = buf;
        pos = off;
        end = limit;
        Entry e = read();
        if (e != null && pos + 1 < end && b[pos + 1] == '\n') {
            lineEnd = pos + 1;
            return e;
        }
        return null;
    }

    int lineEnd() {
        return lineEnd;
    }

    // ---- a review read without building anything: what a replay needs, as positions and numbers ----

    private boolean keepInstant;
    private long instantSec;
    private int instantNano;
    private byte[] lastOffset = new byte[0];

    /** The line {@link #leanLine} read last: its buffer, id, key, instant, mode and the bytes of its after state. */
    byte[] leanBuf;
    int idFrom;
    int idTo;
    CardKey leanKey;
    int leanSlot;
    long atSecond;
    int atNano;
    Mode leanMode;
    int afterFrom;
    int afterTo;

    /**
     * Like {@link #parseLine}, for a replay: accepts exactly the lines {@link #parseLine} accepts (every byte is
     * checked the same way) but builds no objects; the result is in the fields above. The after state's bytes are
     * turned into a state later by {@link #stateOf}, only for the line that wins.
     */
    boolean leanLine(byte[] buf, int off, int limit) {
        b = buf;
        pos = off;
        end = limit;
        boolean built = build;
        build = false;
        try {
            if (!lit(START)) {
                return false;
            }
            idFrom = pos;
            if (!asciiString() || !lit(KIND_REVIEW)) {
                return false;
            }
            idTo = pos - KIND_REVIEW.length;
            CardKey key = key();
            if (key == null || !lit(AT)) {
                return false;
            }
            leanKey = key;
            leanSlot = keys.lastSlot();
            keepInstant = true;
            Instant at = instant();
            keepInstant = false;
            if (at == null || !lit(OFFSET)) {
                return false;
            }
            atSecond = instantSec;
            atNano = instantNano;
            if (!leanOffset() || !lit(RATING)) {
                return false;
            }
            if (rating() == null || !lit(MODE)) {
                return false;
            }
            leanMode = mode();
            if (leanMode == null || !lit(ANSWER) || answer() == null) {
                return false;
            }
            if (lit(CORRECT)) {
                if (!(lit(TRUE) || lit(FALSE)) || !lit(MS_AFTER_BOOL)) {
                    return false;
                }
            } else if (!lit(MS_AFTER_STRING)) {
                return false;
            }
            long ms = number();
            if (ms < 0 || ms > Limits.MAX_MILLIS || !lit(BEFORE) || state() == null || !lit(AFTER)) {
                return false;
            }
            afterFrom = pos;
            if (state() == null || pos >= end || b[pos] != '}') {
                return false;
            }
            afterTo = pos;
            if (pos + 1 < end && b[pos + 1] == '\n') {
                lineEnd = pos + 1;
                leanBuf = buf;
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        } finally {
            build = built;
            keepInstant = false;
        }
    }

    /** What {@link #string} accepts, without making the string; leaves {@code pos} on the closing quote. */
    private boolean asciiString() {
        while (pos < end) {
            byte c = b[pos];
            if (c == '"') {
                return true;
            }
            if (c == '\\' || c < 0x20) {
                return false;
            }
            pos++;
        }
        return false;
    }

    /** What {@link #offset} accepts; the last offset's bytes are remembered, so a repeated one costs no string. */
    private boolean leanOffset() {
        int from = pos;
        if (!asciiString()) {
            return false;
        }
        if (java.util.Arrays.equals(lastOffset, 0, lastOffset.length, b, from, pos)) {
            return true;
        }
        pos = from;
        boolean built = build;
        build = true;
        try {
            if (offset() == null) {
                return false;
            }
        } finally {
            build = built;
        }
        lastOffset = java.util.Arrays.copyOfRange(b, from, pos);
        return true;
    }

    /** The state written in {@code buf[off, off + len)} (bytes a {@link #leanLine} accepted as a state). */
    CardState stateOf(byte[] buf, int off, int len) {
        b = buf;
        pos = off;
        end = off + len;
        build = true;
        CardState s = state();
        if (s == null || pos != end) {
            throw new IllegalStateException("a state read once no longer reads");
        }
        return s;
    }

    /** Reads a review from {@code pos}, leaving {@code pos} on its closing brace; null when it is not one. */
    private Entry read() {
        try {
            if (!lit(START)) {
                return null;
            }
            String id = string();
            if (id == null || !lit(KIND_REVIEW)) {
                return null;
            }
            CardKey key = key();
            if (key == null || !lit(AT)) {
                return null;
            }
            Instant at = instant();
            if (at == null || !lit(OFFSET)) {
                return null;
            }
            ZoneOffset offset = offset();
            if (offset == null || !lit(RATING)) {
                return null;
            }
            Rating rating = rating();
            if (rating == null || !lit(MODE)) {
                return null;
            }
            Mode mode = mode();
            if (mode == null || !lit(ANSWER)) {
                return null;
            }
            AnswerKind answer = answer();
            if (answer == null) {
                return null;
            }
            Boolean correct = null;
            if (lit(CORRECT)) {
                correct = lit(TRUE) ? Boolean.TRUE : lit(FALSE) ? Boolean.FALSE : null;
                if (correct == null || !lit(MS_AFTER_BOOL)) {
                    return null;
                }
            } else if (!lit(MS_AFTER_STRING)) {
                return null;
            }
            long ms = number();
            if (ms < 0 || ms > Limits.MAX_MILLIS || !lit(BEFORE)) {
                return null;
            }
            build = !lean;
            CardState before = state();
            build = true;
            if (before == null || !lit(AFTER)) {
                return null;
            }
            CardState after = state();
            if (after == null || pos >= end || b[pos] != '}') {
                return null;
            }
            return new Entry.Reviewed(new Review(id, key, at, offset, rating, mode, answer, correct,
                    Duration.ofMillis(ms), before, after));
        } catch (RuntimeException e) {
            return null; // not the exact form: the general parser decides
        }
    }

    private CardState state() {
        if (!lit(PHASE)) {
            return null;
        }
        Phase phase = phase();
        if (phase == null || !lit(STEP)) {
            return null;
        }
        long step = number();
        MemoryState memory = null;
        if (lit(S)) {
            double s = decimal(0, (int) Limits.MAX_STABILITY);
            if (!lit(D)) {
                return null;
            }
            double d = decimal((int) Limits.MIN_DIFFICULTY, (int) Limits.MAX_DIFFICULTY);
            if (Double.isNaN(s) || Double.isNaN(d)) {
                return null;
            }
            memory = build ? new MemoryState(s, d) : null;
        }
        if (step < 0 || !lit(DUE)) {
            return null;
        }
        Instant due = instant();
        if (due == null) {
            return null;
        }
        Instant last = null;
        if (lit(LAST)) {
            last = instant();
            if (last == null) {
                return null;
            }
        }
        if (!lit(REPS)) {
            return null;
        }
        long reps = number();
        if (reps < 0 || !lit(LAPSES)) {
            return null;
        }
        long lapses = number();
        if (lapses < 0 || !lit(DAYS)) {
            return null;
        }
        long days = number();
        if (days < 0 || pos >= end || b[pos] != '}' || step > Limits.MAX_STEP || reps > Limits.MAX_COUNT
                || lapses > Limits.MAX_COUNT || days > Limits.MAX_DAYS) {
            return null;
        }
        pos++;
        return build ? new CardState(phase, (int) step, memory, due, last, (int) reps, (int) lapses, (int) days) : NOT_READ;
    }

    private boolean lit(byte[] l) {
        if (end - pos < l.length) {
            return false;
        }
        for (int i = 0; i < l.length; i++) {
            if (b[pos + i] != l[i]) {
                return false;
            }
        }
        pos += l.length;
        return true;
    }

    /** An ASCII string without escapes up to (not including) its closing quote, which is left for the next literal. */
    private String string() {
        int from = pos;
        while (pos < end) {
            byte c = b[pos];
            if (c == '"') {
                return new String(b, from, pos - from, StandardCharsets.UTF_8);
            }
            if (c == '\\' || c < 0x20) { // escapes, control characters and non-ASCII go to the general parser
                return null;
            }
            pos++;
        }
        return null;
    }

    private int stringEnd() {
        int p = pos;
        while (p < end && b[p] != '"') {
            if (b[p] == '\\') {
                return -1;
            }
            p++;
        }
        return p < end ? p : -1;
    }

    /** Card keys by their bytes, each with its slot. */
    private final KeyCache keys = new KeyCache();

    /** The slot of a key this reader read in place, or -1 when it never read that key in place. */
    int slotOf(CardKey key) {
        return keys.slotOf(key);
    }

    /**
     * One instance per distinct key for everything this reader (and its {@link EntryJson}) returns, so a replay of
     * its lines may compare keys by identity.
     */
    CardKey canonical(CardKey key) {
        return keys.canonical(key);
    }

    private CardKey key() {
        int from = pos;
        int h = 1;
        while (pos < end && b[pos] != '"') {
            if (b[pos] == '\\' || (b[pos] >= 0 && b[pos] < 0x20)) {
                return null;
            }
            h = 31 * h + b[pos];
            pos++;
        }
        return pos >= end ? null : keys.key(b, from, pos, h);
    }

    private ZoneOffset offset() {
        String s = string();
        if (s == null) {
            return null;
        }
        ZoneOffset z = offsets.get(s);
        if (z == null) {
            z = ZoneOffset.of(s);
            offsets.put(s, z);
        }
        return z;
    }

    private boolean word(String w) {
        int n = w.length();
        if (end - pos < n + 1 || b[pos + n] != '"') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != w.charAt(i)) {
                return false;
            }
        }
        pos += n;
        return true;
    }

    private Rating rating() {
        return word("again") ? Rating.AGAIN : word("hard") ? Rating.HARD : word("good") ? Rating.GOOD
                : word("easy") ? Rating.EASY : null;
    }

    private Mode mode() {
        return word("review") ? Mode.REVIEW : word("cram") ? Mode.CRAM : word("exam") ? Mode.EXAM : null;
    }

    private AnswerKind answer() {
        return word("self") ? AnswerKind.SELF : word("choice") ? AnswerKind.CHOICE : word("typed") ? AnswerKind.TYPED
                : word("true-false") ? AnswerKind.TRUE_FALSE : null;
    }

    private Phase phase() {
        return word("new") ? Phase.NEW : word("learning") ? Phase.LEARNING : word("review") ? Phase.REVIEW
                : word("relearning") ? Phase.RELEARNING : null;
    }

    /**
     * A non-negative whole number of at most 18 digits; -1 when there is none, or when it has a leading zero (not
     * JSON: {@code 007} is left to the general parser, which refuses it).
     */
    private long number() {
        int from = pos;
        long v = 0;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9' && pos - from < 18) {
            v = v * 10 + (b[pos++] - '0');
        }
        return pos == from || (b[from] == '0' && pos - from > 1) ? -1 : v;
    }

    /**
     * A number in {@code [lo, hi]}; NaN when there is none or it is outside (NaN and infinities included). Without
     * {@link #build}, a plain number whose whole part is in {@code [lo, hi - 1]} is in range whatever its fraction, so
     * it is accepted without being parsed; anything else is parsed and compared, as a built read does.
     */
    private double decimal(int lo, int hi) {
        int from = pos;
        while (pos < end && (b[pos] == '-' || b[pos] == '+' || b[pos] == '.' || b[pos] == 'E' || b[pos] == 'e'
                || (b[pos] >= '0' && b[pos] <= '9'))) {
            pos++;
        }
        if (pos == from || !PlainNumbers.json(b, from, pos)) { // 01.5, 1. or +1: not JSON, left to the general parser
            return Double.NaN;
        }
        if (!build) {
            long whole = 0;
            int p = from;
            while (p < pos && b[p] >= '0' && b[p] <= '9' && p - from < 9) {
                whole = whole * 10 + (b[p++] - '0');
            }
            if ((p == pos || b[p] == '.') && whole >= lo && whole < hi && PlainNumbers.plainFraction(b, p, pos)) {
                return 0;
            }
        }
        // Jackson's bundled fast parser: correctly rounded like Double.parseDouble, several times quicker
        double v = com.fasterxml.jackson.core.io.NumberInput.parseDouble(
                new String(b, from, pos - from, StandardCharsets.ISO_8859_1), true);
        return v >= lo && v <= hi ? (build ? v : 0) : Double.NaN;
    }

    private final int[] nano = new int[1];

    /** An instant in the log's form within the value ranges, read in place ({@link Instants}); null for anything else. */
    private Instant instant() {
        int close = stringEnd();
        if (close < 0) {
            return null;
        }
        long second = Instants.parse(b, pos, close, nano);
        if (second == Instants.NONE || second < Limits.MIN_SECOND || second >= Limits.END_SECOND) {
            return null;
        }
        pos = close;
        if (!build) {
            if (keepInstant) {
                instantSec = second;
                instantNano = nano[0];
            }
            return Instant.EPOCH;
        }
        return Instant.ofEpochSecond(second, nano[0]);
    }
}
