package cuecard.anki;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds Anki packages for the tests, from Anki's published schemas: the legacy one (schema 11, note types and decks
 * as JSON in {@code col}) and the current one ({@code collection.anki21b}: zstd-compressed SQLite of schema 18 with
 * {@code notetypes}, {@code fields}, {@code templates} and {@code decks} tables and protocol-buffer configs; beside
 * it a legacy {@code collection.anki2} holding no notes, as Anki writes it for older clients).
 */
public final class TestPackages {

    private record Type(long id, String name, boolean cloze, List<String> fields, List<String> qfmts) {
    }

    private record Row(Object... values) {
    }

    private final List<Type> types = new ArrayList<>();
    private final List<long[]> deckIds = new ArrayList<>();
    private final List<String> deckNames = new ArrayList<>();
    private final List<Row> notes = new ArrayList<>();
    private final List<Row> cards = new ArrayList<>();
    private final List<Row> revlog = new ArrayList<>();
    private long created = 1_700_000_000L;

    public static final long BASIC = 1001;
    public static final long REVERSED = 1002;
    public static final long OPTIONAL = 1003;
    public static final long TYPED = 1004;
    public static final long CLOZE = 1005;

    /** A builder with Anki's stock note types and the deck Default (id 1). */
    public static TestPackages withStockTypes() {
        TestPackages p = new TestPackages();
        p.noteType(BASIC, "Basic", false, List.of("Front", "Back"), List.of("{{Front}}"));
        p.noteType(REVERSED, "Basic (and reversed card)", false, List.of("Front", "Back"), List.of("{{Front}}", "{{Back}}"));
        p.noteType(OPTIONAL, "Basic (optional reversed card)", false, List.of("Front", "Back", "Add Reverse"),
                List.of("{{Front}}", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}"));
        p.noteType(TYPED, "Basic (type in the answer)", false, List.of("Front", "Back"), List.of("{{Front}}\n\n{{type:Back}}"));
        p.noteType(CLOZE, "Cloze", true, List.of("Text", "Back Extra"), List.of("{{cloze:Text}}"));
        p.deck(1, "Default");
        return p;
    }

    public TestPackages created(long seconds) {
        created = seconds;
        return this;
    }

    public TestPackages noteType(long id, String name, boolean cloze, List<String> fields, List<String> qfmts) {
        types.add(new Type(id, name, cloze, fields, qfmts));
        return this;
    }

    public TestPackages deck(long id, String name) {
        deckIds.add(new long[] {id});
        deckNames.add(name);
        return this;
    }

    /** A note and its cards (ordinals {@code ords}, ids {@code id * 10 + ord}) in deck {@code did}. */
    public TestPackages note(long id, String guid, long mid, long did, String tags, List<Integer> ords, String... fields) {
        notes.add(new Row(id, guid, mid, tags, String.join("\u001f", fields)));
        for (int ord : ords) {
            cards.add(new Row(id * 10 + ord, id, did, ord));
        }
        return this;
    }

    public TestPackages review(long id, long cid, int ease, int type, int ms) {
        revlog.add(new Row(id, cid, ease, type, ms));
        return this;
    }

    /** Writes a legacy package ({@code collection.anki2}, schema 11). */
    public void writeLegacy(Path apkg) throws IOException {
        Path db = Files.createTempFile("legacy", ".anki2");
        try {
            build(db, 11, true);
            zip(apkg, "collection.anki2", Files.readAllBytes(db), "{}".getBytes(StandardCharsets.UTF_8), false);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    /** Writes an Anki 2.1 package: the legacy schema as {@code collection.anki21}, beside a {@code collection.anki2} of no notes. */
    public void writeAnki21(Path apkg) throws IOException {
        Path db = Files.createTempFile("legacy", ".anki21");
        try {
            build(db, 11, true);
            zip(apkg, "collection.anki21", Files.readAllBytes(db), "{}".getBytes(StandardCharsets.UTF_8), true);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    /** Writes a current package ({@code collection.anki21b}, zstd, schema 18). */
    public void writeCurrent(Path apkg) throws IOException {
        Path db = Files.createTempFile("current", ".anki21b");
        try {
            build(db, 18, true);
            zip(apkg, "collection.anki21b", zstd(Files.readAllBytes(db)), zstd(new byte[0]), true);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static byte[] zstd(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new ZstdOutputStream(b)) {
            o.write(raw);
        }
        return b.toByteArray();
    }

    private void zip(Path apkg, String member, byte[] collection, byte[] media, boolean withDummy) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
            if (withDummy) {
                Path dummy = Files.createTempFile("dummy", ".anki2");
                try {
                    new TestPackages().build(dummy, 11, false);
                    z.putNextEntry(new ZipEntry("collection.anki2"));
                    z.write(Files.readAllBytes(dummy));
                } finally {
                    Files.deleteIfExists(dummy);
                }
            }
            z.putNextEntry(new ZipEntry(member));
            z.write(collection);
            z.putNextEntry(new ZipEntry("media"));
            z.write(media);
        }
    }

    private void build(Path db, int ver, boolean content) throws IOException {
        Files.deleteIfExists(db);
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties())) {
            org.sqlite.Collation.create(c, "unicase", new org.sqlite.Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : ApkgWriter.SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
                if (ver == 18) {
                    s.execute("create table notetypes (id integer not null primary key, name text not null collate unicase,"
                            + " mtime_secs integer not null, usn integer not null, config blob not null)");
                    s.execute("create table fields (ntid integer not null, ord integer not null, name text not null "
                            + "collate unicase, config blob not null, primary key (ntid, ord)) without rowid");
                    s.execute("create table templates (ntid integer not null, ord integer not null, name text not null "
                            + "collate unicase, mtime_secs integer not null, usn integer not null, config blob not null, "
                            + "primary key (ntid, ord)) without rowid");
                    s.execute("create table decks (id integer primary key not null, name text not null collate unicase,"
                            + " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)");
                }
            }
            ObjectMapper json = new ObjectMapper();
            ObjectNode models = json.createObjectNode();
            ObjectNode decks = json.createObjectNode();
            if (ver == 11 && content) {
                for (Type t : types) {
                    ObjectNode m = models.putObject(Long.toString(t.id()));
                    m.put("id", t.id());
                    m.put("name", t.name());
                    m.put("type", t.cloze() ? 1 : 0);
                    ArrayNode f = m.putArray("flds");
                    t.fields().forEach(n -> f.addObject().put("name", n));
                    ArrayNode tm = m.putArray("tmpls");
                    t.qfmts().forEach(q -> tm.addObject().put("qfmt", q).put("afmt", "{{FrontSide}}"));
                }
                for (int i = 0; i < deckIds.size(); i++) {
                    decks.putObject(Long.toString(deckIds.get(i)[0])).put("id", deckIds.get(i)[0]).put("name", deckNames.get(i));
                }
            } else if (!content) {
                decks.putObject("1").put("id", 1).put("name", "Default");
            }
            try (PreparedStatement p = c.prepareStatement("insert into col values (1, ?, 0, 0, ?, 0, 0, 0, '{}', ?, ?, '{}', '{}')")) {
                p.setLong(1, created);
                p.setInt(2, ver);
                p.setString(3, ver == 11 ? models.toString() : "");
                p.setString(4, ver == 11 ? decks.toString() : "");
                p.executeUpdate();
            }
            if (ver == 18) {
                for (Type t : types) {
                    insert(c, "insert into notetypes values (?, ?, 0, 0, ?)", t.id(), t.name(), varint(1, t.cloze() ? 1 : 0));
                    for (int i = 0; i < t.fields().size(); i++) {
                        insert(c, "insert into fields values (?, ?, ?, ?)", t.id(), i, t.fields().get(i), new byte[0]);
                    }
                    for (int i = 0; i < t.qfmts().size(); i++) {
                        insert(c, "insert into templates values (?, ?, ?, 0, 0, ?)", t.id(), i, "Card " + (i + 1),
                                string(1, t.qfmts().get(i)));
                    }
                }
                for (int i = 0; i < deckIds.size(); i++) {
                    insert(c, "insert into decks values (?, ?, 0, 0, ?, ?)", deckIds.get(i)[0],
                            deckNames.get(i).replace("::", "\u001f"), new byte[0], new byte[0]);
                }
            }
            if (content) {
                for (Row n : notes) {
                    insert(c, "insert into notes values (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')", n.values());
                }
                for (Row k : cards) {
                    insert(c, "insert into cards values (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')", k.values());
                }
                for (Row r : revlog) {
                    insert(c, "insert into revlog values (?, ?, 0, ?, 0, 0, 0, ?, ?)", r.values()[0], r.values()[1],
                            r.values()[2], r.values()[4], r.values()[3]);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
    }

    /** A protocol-buffer message of one varint field. */
    static byte[] varint(int field, long value) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeVarint(b, (long) field << 3);
        writeVarint(b, value);
        return b.toByteArray();
    }

    /** A protocol-buffer message of one string field. */
    static byte[] string(int field, String value) {
        byte[] s = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeVarint(b, ((long) field << 3) | 2);
        writeVarint(b, s.length);
        b.writeBytes(s);
        return b.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream b, long v) {
        while ((v & ~0x7fL) != 0) {
            b.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        b.write((int) v);
    }
}
