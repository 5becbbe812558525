package cuecard.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import cuecard.deck.CardKey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The snapshot: a replay's result plus, for each log, how much of it was replayed (size, line count and a CRC-32C of
 * those bytes). It is derived data: when it is missing, unreadable or does not match the logs it is rebuilt.
 */
final class Snapshot {

    /**
     * 4: every line starts with the CRC-32C of the rest of it (8 hex digits and a space); 5: a card's phase as its
     * code in {@link Codes}, not its ordinal. A snapshot of another version is rebuilt, never read.
     */
    static final int VERSION = 5;

    /** Bytes before a line's JSON: its checksum in hex and a space. */
    private static final int PREFIX = 9;

    /** Appends {@code line} (without newline) to {@code out}, after its checksum, and a newline. */
    private static void checked(ByteArrayOutputStream out, ByteArrayOutputStream line) {
        byte[] b = line.toByteArray();
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(b);
        out.writeBytes(String.format("%08x ", crc.getValue()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(b);
        out.write('\n');
        line.reset();
    }

    /** Whether {@code b[from, to)} is a line whose checksum prefix matches the rest of it. */
    private static boolean intact(byte[] b, int from, int to) {
        if (to - from < PREFIX || b[from + 8] != ' ') {
            return false;
        }
        long want = 0;
        for (int i = from; i < from + 8; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                return false;
            }
            want = want << 4 | d;
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(b, from + PREFIX, to - from - PREFIX);
        return crc.getValue() == want;
    }

    /** How much of one log a snapshot covers. */
    record Covered(String file, long end, int lines, long crc) {
    }

    /** @param matched the logs still begin with the bytes the snapshot covers */
    record Loaded(Replay replay, List<Covered> covered, List<StoreProblem> problems, boolean matched) {
    }

    private Snapshot() {
    }

    static byte[] write(Replay replay, List<Covered> covered, List<StoreProblem> problems) throws IOException {
        Replay.Saved r = replay.saved();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = EntryJson.FACTORY.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeArrayFieldStart("logs");
            for (Covered c : covered) {
                g.writeStartObject();
                g.writeStringField("file", c.file());
                g.writeNumberField("end", c.end());
                g.writeNumberField("lines", c.lines());
                g.writeStringField("crc32c", Long.toHexString(c.crc()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("reviewEntries", r.reviewEntries());
            strings(g, "undone", r.undone());
            strings(g, "resets", r.resets());
            strings(g, "tornMarks", r.tornMarks());
            g.writeObjectFieldStart("counters");
            for (var e : r.counters().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("lastStudied");
            for (var e : r.lastStudied().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue().toString());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("remaps");
            for (Entry.Remap m : r.remaps()) {
                g.writeStartObject();
                g.writeStringField("id", m.id());
                g.writeStringField("at", m.at().toString());
                g.writeStringField("offset", m.offset().getId());
                g.writeStringField("from", m.from().toString());
                g.writeStringField("to", m.to().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            marks(g, "suspensions", r.suspensions());
            marks(g, "burials", r.burials());
            g.writeNumberField("cardParts", parts(r.heads().size()));
            g.writeArrayFieldStart("problems");
            for (StoreProblem p : problems) {
                g.writeStartObject();
                g.writeStringField("file", p.file());
                g.writeNumberField("line", p.line());
                g.writeStringField("message", p.message());
                g.writeBooleanField("serious", p.serious());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        checked(out, bytes);
        // the cards, in parts of about equal size, each a JSON array on a line of its own (read in parallel):
        // one array per card, instants as epoch milliseconds where exact (the snapshot is read often):
        // [key, entry id, at, phase code (Codes), step, stability|null, difficulty|null, due, last|null, reps, lapses, days]
        int parts = parts(r.heads().size());
        var it = r.heads().entrySet().iterator();
        for (int part = 0; part < parts; part++) {
            int n = r.heads().size() / parts + (part < r.heads().size() % parts ? 1 : 0);
            try (JsonGenerator g = EntryJson.FACTORY.createGenerator(bytes)) {
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    var e = it.next();
                    Replay.Head h = e.getValue();
                    cuecard.review.CardState st = h.state();
                    g.writeStartArray();
                    g.writeString(e.getKey().toString());
                    g.writeString(h.id());
                    instant(g, h.at());
                    g.writeNumber(Codes.phase(st.phase()));
                    g.writeNumber(st.step());
                    if (st.memory() == null) {
                        g.writeNull();
                        g.writeNull();
                    } else {
                        g.writeNumber(st.memory().stability());
                        g.writeNumber(st.memory().difficulty());
                    }
                    instant(g, st.due());
                    instant(g, st.lastReview());
                    g.writeNumber(st.reps());
                    g.writeNumber(st.lapses());
                    g.writeNumber(st.scheduledDays());
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            checked(out, bytes);
        }
        return out.toByteArray();
    }

    /** Parts the cards are written in: one for a small collection, four (read on up to four cores) for a large one. */
    private static int parts(int cards) {
        return cards < 20_000 ? 1 : 4;
    }

    private static void strings(JsonGenerator g, String name, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void marks(JsonGenerator g, String name, Map<CardKey, Replay.Mark> marks) throws IOException {
        g.writeArrayFieldStart(name);
        for (var e : marks.entrySet()) {
            Replay.Mark m = e.getValue();
            g.writeStartObject();
            g.writeStringField("key", e.getKey().toString());
            g.writeStringField("id", m.id());
            g.writeStringField("at", m.at().toString());
            g.writeBooleanField("on", m.on());
            if (m.until() != null) {
                g.writeStringField("until", m.until().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Reads a snapshot; null when it is missing, of another version or unreadable (it is then rebuilt). While its
     * cards are read (their parts in parallel), {@code matches} checks on another thread that the logs still begin
     * with the bytes the snapshot covers; {@link Loaded#matched} says what it found.
     */
    static Loaded read(Path file, java.util.function.Predicate<List<Covered>> matches) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        java.util.concurrent.ExecutorService pool = null;
        try {
            byte[] b = Files.readAllBytes(file);
            int nl = lineEnd(b, 0);
            if (nl < 0) {
                return null;
            }
            if (!intact(b, 0, nl)) {
                return null;
            }
            Header h;
            try (JsonParser p = EntryJson.FACTORY.createParser(b, PREFIX, nl - PREFIX)) {
                h = header(p);
            }
            if (h == null) {
                return null;
            }
            int[] from = new int[h.parts];
            int[] to = new int[h.parts];
            int at = nl + 1;
            for (int i = 0; i < h.parts; i++) {
                from[i] = at;
                to[i] = lineEnd(b, at);
                if (to[i] < 0) {
                    return null;
                }
                at = to[i] + 1;
            }
            if (at != b.length) {
                return null;
            }
            int threads = Math.min(h.parts, Runtime.getRuntime().availableProcessors());
            pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads), task -> {
                Thread t = new Thread(task, "snapshot");
                t.setDaemon(true);
                return t;
            });
            var matched = pool.submit(() -> matches.test(h.covered));
            List<java.util.concurrent.Future<List<Card>>> later = new ArrayList<>();
            for (int i = 1; i < h.parts; i++) {
                int f = from[i];
                int t = to[i];
                later.add(pool.submit(() -> cards(b, f, t)));
            }
            List<Card> first = h.parts == 0 ? List.of() : cards(b, from[0], to[0]);
            add(h.replay, first);
            for (var part : later) {
                add(h.replay, part.get());
            }
            return new Loaded(Replay.restored(h.replay), h.covered, h.problems, matched.get());
        } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private record Header(Replay.Saved replay, List<Covered> covered, List<StoreProblem> problems, int parts) {
    }

    /** One card of the snapshot: its key and head. */
    private record Card(CardKey key, Replay.Head head) {
    }

    private static void add(Replay.Saved r, List<Card> cards) throws IOException {
        for (Card c : cards) {
            if (r.heads().put(c.key(), c.head()) != null) {
                throw new IOException("a card twice in the snapshot");
            }
        }
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static Header header(JsonParser p) throws IOException {
        long[] reviewEntries = {0};
        Replay.Saved r = new Replay.Saved(0, new java.util.HashSet<>(), new java.util.HashSet<>(),
                new java.util.HashSet<>(), new java.util.HashMap<>(), new java.util.HashMap<>(), new ArrayList<>(),
                new java.util.HashMap<>(), new java.util.HashMap<>(), new java.util.HashMap<>());
        List<Covered> covered = new ArrayList<>();
        List<StoreProblem> problems = new ArrayList<>();
        boolean versionOk = false;
        int parts = -1;
        expect(p.nextToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "v" -> versionOk = p.getIntValue() == VERSION;
                case "logs" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> f = flat(p);
                        covered.add(new Covered(f.get("file"), Long.parseLong(f.get("end")),
                                Integer.parseInt(f.get("lines")), Long.parseUnsignedLong(f.get("crc32c"), 16)));
                    }
                }
                case "reviewEntries" -> reviewEntries[0] = p.getLongValue();
                case "cardParts" -> parts = p.getIntValue();
                case "undone" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        r.undone().add(p.getText());
                    }
                }
                case "resets" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        r.resets().add(p.getText());
                    }
                }
                case "tornMarks" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        r.tornMarks().add(p.getText());
                    }
                }
                case "counters" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        p.nextToken();
                        r.counters().put(k, p.getLongValue());
                    }
                }
                case "lastStudied" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        p.nextToken();
                        r.lastStudied().put(k, Instants.parse(p.getText()));
                    }
                }
                case "remaps" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> f = flat(p);
                        r.remaps().add(new Entry.Remap(f.get("id"), Instants.parse(f.get("at")),
                                java.time.ZoneOffset.of(f.get("offset")), key(f.get("from")), key(f.get("to"))));
                    }
                }
                case "suspensions", "burials" -> {
                    Map<CardKey, Replay.Mark> target = name.equals("suspensions") ? r.suspensions() : r.burials();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> f = flat(p);
                        target.put(key(f.get("key")), new Replay.Mark(Instants.parse(f.get("at")), f.get("id"),
                                Boolean.parseBoolean(f.get("on")), f.get("until") == null ? null : LocalDate.parse(f.get("until"))));
                    }
                }
                case "problems" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> f = flat(p);
                        problems.add(new StoreProblem(f.get("file"), Integer.parseInt(f.get("line")), f.get("message"),
                                Boolean.parseBoolean(f.get("serious"))));
                    }
                }
                default -> p.skipChildren();
            }
        }
        r = new Replay.Saved(reviewEntries[0], r.undone(), r.resets(), r.tornMarks(), r.counters(), r.lastStudied(),
                r.remaps(), r.suspensions(), r.burials(), r.heads());
        return versionOk && parts >= 0 && p.nextToken() == null ? new Header(r, covered, problems, parts) : null;
    }

    /** The cards of one part: a JSON array of card arrays in {@code b[from, to)}. */
    private static List<Card> cards(byte[] b, int lineFrom, int to) throws IOException {
        if (!intact(b, lineFrom, to)) {
            throw new IOException("a part of the snapshot fails its checksum");
        }
        int from = lineFrom + PREFIX;
        List<Card> out = new ArrayList<>();
        try (JsonParser p = EntryJson.FACTORY.createParser(b, from, to - from)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                CardKey key = key(next(p).getText());
                String id = next(p).getText();
                Instant at = instant(next(p));
                cuecard.review.Phase phase = Codes.phase(next(p).getIntValue());
                if (phase == null) {
                    throw new IOException("no phase has code " + p.getIntValue());
                }
                int step = next(p).getIntValue();
                JsonToken st = p.nextToken();
                double stability = st == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
                JsonToken dt = p.nextToken();
                double difficulty = dt == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
                Instant due = instant(next(p));
                Instant last = instant(next(p));
                int reps = next(p).getIntValue();
                int lapses = next(p).getIntValue();
                int days = next(p).getIntValue();
                expect(p.nextToken(), JsonToken.END_ARRAY);
                cuecard.review.MemoryState memory = Double.isNaN(stability) ? null
                        : new cuecard.review.MemoryState(stability, difficulty);
                out.add(new Card(key, new Replay.Head(at, id,
                        new cuecard.review.CardState(phase, step, memory, due, last, reps, lapses, days))));
            }
            expect(p.currentToken(), JsonToken.END_ARRAY);
            if (p.nextToken() != null) {
                throw new IOException("more after the cards");
            }
        }
        return out;
    }

    /** An instant as epoch milliseconds when it has no finer part, else as ISO-8601 text; null as null. */
    private static void instant(JsonGenerator g, Instant t) throws IOException {
        if (t == null) {
            g.writeNull();
        } else if (t.getNano() % 1_000_000 == 0) {
            g.writeNumber(t.toEpochMilli());
        } else {
            g.writeString(t.toString());
        }
    }

    private static Instant instant(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return t == JsonToken.VALUE_NUMBER_INT ? Instant.ofEpochMilli(p.getLongValue()) : Instants.parse(p.getText());
    }

    private static JsonParser next(JsonParser p) throws IOException {
        if (p.nextToken() == null) {
            throw new IOException("snapshot ends early");
        }
        return p;
    }

    private static Map<String, String> flat(JsonParser p) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            p.nextToken();
            out.put(k, p.getValueAsString());
        }
        return out;
    }

    private static CardKey key(String s) {
        return CardKey.parse(s).orElseThrow(() -> new IllegalArgumentException("bad key " + s));
    }

    private static void expect(JsonToken got, JsonToken want) throws IOException {
        if (got != want) {
            throw new IOException("expected " + want);
        }
    }

}
