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

    static final int VERSION = 2;

    /** How much of one log a snapshot covers. */
    record Covered(String file, long end, int lines, long crc) {
    }

    record Loaded(Replay replay, List<Covered> covered, List<StoreProblem> problems) {
    }

    private Snapshot() {
    }

    static byte[] write(Replay r, List<Covered> covered, List<StoreProblem> problems) throws IOException {
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
            g.writeNumberField("reviewEntries", r.reviewEntries);
            strings(g, "undone", r.undone);
            strings(g, "tornMarks", r.tornMarks);
            g.writeObjectFieldStart("counters");
            for (var e : r.counters.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("lastStudied");
            for (var e : r.lastStudied.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue().toString());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("remaps");
            for (Entry.Remap m : r.remaps) {
                g.writeStartObject();
                g.writeStringField("id", m.id());
                g.writeStringField("at", m.at().toString());
                g.writeStringField("offset", m.offset().getId());
                g.writeStringField("from", m.from().toString());
                g.writeStringField("to", m.to().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            // one array per card, instants as epoch milliseconds where exact (the snapshot is read often):
            // [key, entry id, at, phase, step, stability|null, difficulty|null, due, last|null, reps, lapses, days]
            g.writeArrayFieldStart("cards");
            for (var e : r.heads.entrySet()) {
                Replay.Head h = e.getValue();
                cuecard.schedule.CardState st = h.state();
                g.writeStartArray();
                g.writeString(e.getKey().toString());
                g.writeString(h.id());
                instant(g, h.at());
                g.writeNumber(st.phase().ordinal());
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
            marks(g, "suspensions", r.suspensions);
            marks(g, "burials", r.burials);
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
        bytes.write('\n');
        return bytes.toByteArray();
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

    /** Reads a snapshot; null when it is missing, of another version or unreadable (it is then rebuilt). */
    static Loaded read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (JsonParser p = EntryJson.FACTORY.createParser(file.toFile())) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Loaded read(JsonParser p) throws IOException {
        Replay r = new Replay();
        List<Covered> covered = new ArrayList<>();
        List<StoreProblem> problems = new ArrayList<>();
        boolean versionOk = false;
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
                case "reviewEntries" -> r.reviewEntries = p.getLongValue();
                case "undone" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        r.undone.add(p.getText());
                    }
                }
                case "tornMarks" -> {
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        r.tornMarks.add(p.getText());
                    }
                }
                case "counters" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        p.nextToken();
                        r.counters.put(k, p.getLongValue());
                    }
                }
                case "lastStudied" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        p.nextToken();
                        r.lastStudied.put(k, Instants.parse(p.getText()));
                    }
                }
                case "remaps" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> f = flat(p);
                        r.remaps.add(new Entry.Remap(f.get("id"), Instants.parse(f.get("at")),
                                java.time.ZoneOffset.of(f.get("offset")), key(f.get("from")), key(f.get("to"))));
                    }
                    for (Entry.Remap m : r.remaps) {
                        r.aliases.put(m.from(), m.to());
                    }
                }
                case "cards" -> {
                    cuecard.schedule.Phase[] phases = cuecard.schedule.Phase.values();
                    Map<String, CardKey> keys = new java.util.HashMap<>();
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        String keyText = next(p).getText();
                        CardKey key = keys.computeIfAbsent(keyText, Snapshot::key);
                        String id = next(p).getText();
                        Instant at = instant(next(p));
                        cuecard.schedule.Phase phase = phases[next(p).getIntValue()];
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
                        cuecard.schedule.MemoryState memory = Double.isNaN(stability) ? null
                                : new cuecard.schedule.MemoryState(stability, difficulty);
                        r.heads.put(key, new Replay.Head(at, id,
                                new cuecard.schedule.CardState(phase, step, memory, due, last, reps, lapses, days)));
                    }
                }
                case "suspensions", "burials" -> {
                    Map<CardKey, Replay.Mark> target = name.equals("suspensions") ? r.suspensions : r.burials;
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
        return versionOk ? new Loaded(r, covered, problems) : null;
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
