package cuecard.anki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * An Anki collection opened read-only: the legacy schema 11 (note types and decks as JSON in {@code col}) or the
 * current schemas 15 to 18 (tables {@code notetypes}, {@code fields}, {@code templates}, {@code decks}, with
 * protocol-buffer configs). Every database failure becomes an {@link AnkiProblem}.
 */
public final class AnkiCollection implements AutoCloseable {

    /** The longest note read (its fields joined): 1 MiB of text. */
    public static final int MAX_NOTE_CHARS = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection db;
    private final int version;
    private final long created;

    /** One note: its fields are null when the note is longer than {@link #MAX_NOTE_CHARS} ({@code length} says how long). */
    public record NoteRow(long id, String guid, long typeId, String tags, List<String> fields, long length) {
    }

    /** One card: its note, its home deck (the original deck when it sits in a filtered deck) and its template. */
    public record CardRow(long id, long noteId, long deckId, int ord) {
    }

    /** One review: {@code id} is the instant in epoch milliseconds. */
    public record RevlogRow(long id, long cardId, int ease, int type, long millis) {
    }

    private AnkiCollection(Connection db, int version, long created) {
        this.db = db;
        this.version = version;
        this.created = created;
    }

    /** Opens the SQLite file {@code file} read-only and checks its schema version. */
    public static AnkiCollection open(Path file) throws AnkiProblem {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection c = null;
        try {
            c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            org.sqlite.Collation.create(c, "unicase", new org.sqlite.Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            int ver;
            long crt;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select ver, crt from col")) {
                if (!r.next()) {
                    throw new AnkiProblem("not an Anki collection: its col table is empty");
                }
                ver = r.getInt(1);
                crt = r.getLong(2);
            }
            boolean current = ver >= 15 && ver <= 18 && hasTable(c, "notetypes");
            if (ver != 11 && !current) {
                throw new AnkiProblem("an Anki collection of schema version " + ver + ", which cuecard does not read"
                        + " (it reads 11 and 15 to 18); export it again from a current Anki");
            }
            AnkiCollection opened = new AnkiCollection(c, ver, crt);
            c = null;
            return opened;
        } catch (SQLException e) {
            throw problem(e);
        } finally {
            closeQuietly(c);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select 1 from sqlite_master where type = 'table' and name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    static AnkiProblem problem(SQLException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ");
        m = m.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "").replaceFirst("^[^(]*\\((.*)\\)$", "$1");
        return new AnkiProblem("not a readable Anki collection: " + m.toLowerCase(Locale.ROOT));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing was written
            }
        }
    }

    public int version() {
        return version;
    }

    /** The collection's creation time (epoch seconds), part of its identity. */
    public long created() {
        return created;
    }

    /** The note types by id. */
    public Map<Long, NoteType> noteTypes() throws AnkiProblem {
        Map<Long, NoteType> out = new LinkedHashMap<>();
        try {
            if (version == 11) {
                for (Map.Entry<String, JsonNode> e : colJson("models").properties()) {
                    JsonNode m = e.getValue();
                    List<String> fields = new ArrayList<>();
                    m.path("flds").forEach(f -> fields.add(f.path("name").asText()));
                    List<String> templates = new ArrayList<>();
                    m.path("tmpls").forEach(t -> templates.add(t.path("qfmt").asText()));
                    out.put(Long.parseLong(e.getKey()), new NoteType(m.path("name").asText(), m.path("type").asInt() == 1,
                            fields, templates));
                }
                return out;
            }
            Map<Long, List<String>> fields = new HashMap<>();
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("select ntid, name from fields order by ntid, ord")) {
                while (r.next()) {
                    fields.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            Map<Long, List<String>> templates = new HashMap<>();
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("select ntid, config from templates order by ntid, ord")) {
                while (r.next()) {
                    templates.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(Protobuf.string(r.getBytes(2), 1, ""));
                }
            }
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("select id, name, config from notetypes")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.put(id, new NoteType(r.getString(2), Protobuf.varint(r.getBytes(3), 1, 0) == 1,
                            fields.getOrDefault(id, List.of()), templates.getOrDefault(id, List.of())));
                }
            }
            return out;
        } catch (SQLException e) {
            throw problem(e);
        } catch (NumberFormatException e) {
            throw new AnkiProblem("not a readable Anki collection: a note type id is not a number");
        }
    }

    /** The decks by id, named {@code Parent::Child}. */
    public Map<Long, String> decks() throws AnkiProblem {
        Map<Long, String> out = new HashMap<>();
        try {
            if (version == 11) {
                for (Map.Entry<String, JsonNode> e : colJson("decks").properties()) {
                    out.put(Long.parseLong(e.getKey()), e.getValue().path("name").asText());
                }
                return out;
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id, name from decks")) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getString(2).replace("\u001f", "::"));
                }
            }
            return out;
        } catch (SQLException e) {
            throw problem(e);
        } catch (NumberFormatException e) {
            throw new AnkiProblem("not a readable Anki collection: a deck id is not a number");
        }
    }

    private JsonNode colJson(String column) throws SQLException, AnkiProblem {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select " + column + " from col")) {
            r.next();
            JsonNode n = JSON.readTree(r.getString(1));
            if (n == null || !n.isObject()) {
                throw new AnkiProblem("not a readable Anki collection: col." + column + " is not a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new AnkiProblem("not a readable Anki collection: col." + column + " is not JSON");
        }
    }

    /** How many notes there are. */
    public long noteCount() throws AnkiProblem {
        return count("select count(*) from notes");
    }

    /** How many reviews there are. */
    public long reviewCount() throws AnkiProblem {
        return count("select count(*) from revlog");
    }

    /** The first review's id (epoch milliseconds), or 0 when there is none: part of the collection's identity. */
    public long firstReview() throws AnkiProblem {
        return count("select coalesce(min(id), 0) from revlog");
    }

    private long count(String sql) throws AnkiProblem {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw problem(e);
        }
    }

    /** Reads every review row once (each page of the table), so a damaged page fails here, before anything is written. */
    public void checkReviews() throws AnkiProblem {
        count("select sum(id + cid + ease + type + time) from revlog");
    }

    /** Every note, in id order; a note over {@link #MAX_NOTE_CHARS} comes without its fields (never read whole). */
    public void notes(java.util.function.Consumer<NoteRow> sink) throws AnkiProblem {
        String sql = "select id, guid, mid, tags, case when length(flds) > " + MAX_NOTE_CHARS
                + " then null else flds end, length(flds) from notes order by id";
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String flds = r.getString(5);
                sink.accept(new NoteRow(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4),
                        flds == null ? null : List.of(flds.split("\u001f", -1)), r.getLong(6)));
            }
        } catch (SQLException e) {
            throw problem(e);
        }
    }

    /** Every card by id. */
    public Map<Long, CardRow> cards() throws AnkiProblem {
        Map<Long, CardRow> out = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select id, nid, case when odid != 0 then odid else did end, ord from cards")) {
            while (r.next()) {
                out.put(r.getLong(1), new CardRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getInt(4)));
            }
            return out;
        } catch (SQLException e) {
            throw problem(e);
        }
    }

    /**
     * The reviews, card by card and in time order within a card, read as they are consumed. The iterator's
     * {@code hasNext} throws {@link IllegalStateException} with an {@link AnkiProblem} as its cause when the
     * database fails midway.
     */
    public Iterator<RevlogRow> revlog() throws AnkiProblem {
        try {
            Statement s = db.createStatement();
            s.setFetchSize(10_000);
            ResultSet r = s.executeQuery("select id, cid, ease, type, time from revlog order by cid, id");
            return new Iterator<>() {
                private Boolean ahead;

                @Override
                public boolean hasNext() {
                    if (ahead == null) {
                        try {
                            ahead = r.next();
                            if (!ahead) {
                                s.close();
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(problem(e));
                        }
                    }
                    return ahead;
                }

                @Override
                public RevlogRow next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    ahead = null;
                    try {
                        return new RevlogRow(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4), r.getLong(5));
                    } catch (SQLException e) {
                        throw new IllegalStateException(problem(e));
                    }
                }
            };
        } catch (SQLException e) {
            throw problem(e);
        }
    }

    @Override
    public void close() {
        closeQuietly(db);
    }
}
