package cuecard.anki;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.deckfile.AnkiText;
import cuecard.deckfile.HtmlText;
import cuecard.review.CardState;
import cuecard.review.Phase;
import cuecard.review.Mode;
import cuecard.review.Review;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Decks as a legacy Anki package: a zip of {@code collection.anki2} (SQLite, schema 11, as Anki's
 * {@code rslib/src/storage/schema11.sql} defines it) and an empty {@code media} map, which Anki and AnkiDroid import.
 * Stock note types (Basic, Basic (and reversed card), Basic (type in the answer), Cloze); one Anki deck per deck,
 * named by its title; each note's guid is its card key, so exporting again and importing into Anki updates the same
 * notes. With progress, each card's scheduling state and its reviews (as {@code revlog} rows) go along.
 */
public final class ApkgWriter {

    /** The schema of a legacy collection, table for table and column for column as Anki writes it. */
    static final String SCHEMA = """
            create table col (id integer primary key, crt integer not null, mod integer not null,
              scm integer not null, ver integer not null, dty integer not null, usn integer not null,
              ls integer not null, conf text not null, models text not null, decks text not null,
              dconf text not null, tags text not null);
            create table notes (id integer primary key, guid text not null, mid integer not null,
              mod integer not null, usn integer not null, tags text not null, flds text not null,
              sfld integer not null, csum integer not null, flags integer not null, data text not null);
            create table cards (id integer primary key, nid integer not null, did integer not null,
              ord integer not null, mod integer not null, usn integer not null, type integer not null,
              queue integer not null, due integer not null, ivl integer not null, factor integer not null,
              reps integer not null, lapses integer not null, left integer not null, odue integer not null,
              odid integer not null, flags integer not null, data text not null);
            create table revlog (id integer primary key, cid integer not null, usn integer not null,
              ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
              time integer not null, type integer not null);
            create table graves (usn integer not null, oid integer not null, type integer not null);
            create index ix_notes_usn on notes (usn);
            create index ix_cards_usn on cards (usn);
            create index ix_revlog_usn on revlog (usn);
            create index ix_cards_nid on cards (nid);
            create index ix_cards_sched on cards (did, queue, due);
            create index ix_revlog_cid on revlog (cid);
            create index ix_notes_csum on notes (csum);
            """;

    /** The stock note types: name, cloze, fields, question and answer templates. Their ids are fixed. */
    private record Stock(long id, String name, boolean cloze, List<String> fields, List<String[]> templates) {
    }

    private static final String ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n";
    private static final List<Stock> STOCK = List.of(
            new Stock(1_700_000_000_001L, "Basic", false, List.of("Front", "Back"),
                    List.<String[]>of(new String[] {"Card 1", "{{Front}}", ANSWER + "{{Back}}"})),
            new Stock(1_700_000_000_002L, "Basic (and reversed card)", false, List.of("Front", "Back"), List.of(
                    new String[] {"Card 1", "{{Front}}", ANSWER + "{{Back}}"},
                    new String[] {"Card 2", "{{Back}}", ANSWER + "{{Front}}"})),
            new Stock(1_700_000_000_003L, AnkiText.TYPED_NOTETYPE, false, List.of("Front", "Back"),
                    List.<String[]>of(new String[] {"Card 1", "{{Front}}\n\n{{type:Back}}",
                            "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}"})),
            new Stock(1_700_000_000_004L, "Cloze", true, List.of("Text", "Back Extra"),
                    List.<String[]>of(new String[] {"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"})));
    private static final String CSS = ".card { font-family: arial; font-size: 20px; text-align: center; color: black;"
            + " background-color: white; }\n.cloze { font-weight: bold; color: blue; }";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApkgWriter() {
    }

    /** A card's scheduling state and its reviews, for {@code --with-progress}. */
    public interface Progress {
        CardState state(CardKey key);

        List<Review> history(CardKey key);
    }

    /**
     * The package of {@code decks} as bytes.
     *
     * @param progress each card's state and reviews, or null to export the cards as new
     * @param now      the export's time (the collection's creation day, the notes' modification time)
     * @param scratch  an empty folder for the database while it is built
     */
    public static byte[] write(List<Deck> decks, Progress progress, Instant now, Path scratch) throws IOException {
        Path db = scratch.resolve("collection.anki2");
        long crt = now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), 86_400);
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db.toAbsolutePath(), new java.util.Properties())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
            }
            ObjectNode deckJson = JSON.createObjectNode();
            deckJson.set("1", deck(1, "Default", now));
            Map<String, Long> deckIds = new java.util.HashMap<>();
            Set<Long> used = new HashSet<>(Set.of(1L));
            for (Deck d : decks) {
                long id = stableId(d.id(), used);
                deckIds.put(d.id(), id);
                deckJson.set(Long.toString(id), deck(id, d.title(), now));
            }
            try (PreparedStatement p = c.prepareStatement("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                p.setLong(1, crt);
                p.setLong(2, now.toEpochMilli());
                p.setLong(3, now.toEpochMilli());
                p.setString(4, conf(decks.isEmpty() ? 1 : deckIds.get(decks.get(0).id())));
                p.setString(5, models(now));
                p.setString(6, deckJson.toString());
                p.setString(7, dconf());
                p.executeUpdate();
            }
            notes(c, decks, deckIds, progress, now, crt);
            c.commit();
        } catch (SQLException e) {
            throw new IOException("cannot build the collection: " + e.getMessage(), e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            Files.copy(db, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void notes(Connection c, List<Deck> decks, Map<String, Long> deckIds, Progress progress, Instant now,
                              long crt) throws SQLException {
        Set<Long> revlogIds = new HashSet<>();
        long nextId = now.toEpochMilli();
        int position = 0;
        try (PreparedStatement note = c.prepareStatement("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
             PreparedStatement card = c.prepareStatement(
                     "insert into cards values (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')");
             PreparedStatement rev = c.prepareStatement("insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)")) {
            for (Deck d : decks) {
                for (Note n : d.notes()) {
                    AnkiText.AnkiNote a = AnkiText.note(d, n, true);
                    Stock type = STOCK.stream().filter(t -> t.name().equals(a.notetype())).findFirst().orElseThrow();
                    long nid = nextId++;
                    String sort = HtmlText.strip(a.front());
                    note.setLong(1, nid);
                    note.setString(2, a.guid());
                    note.setLong(3, type.id());
                    note.setLong(4, now.getEpochSecond());
                    note.setString(5, a.tags().isEmpty() ? "" : " " + String.join(" ", a.tags()) + " ");
                    note.setString(6, a.front() + "\u001f" + a.back());
                    note.setString(7, sort);
                    note.setLong(8, checksum(sort));
                    note.executeUpdate();
                    position++;
                    for (Card k : Card.of(d.id(), n)) {
                        long cid = nextId++;
                        CardState s = progress == null ? null : progress.state(k.key());
                        card.setLong(1, cid);
                        card.setLong(2, nid);
                        card.setLong(3, deckIds.get(d.id()));
                        card.setInt(4, k.ordinal());
                        card.setLong(5, now.getEpochSecond());
                        int[] sched = schedule(s, position, crt);
                        for (int i = 0; i < sched.length; i++) {
                            card.setInt(6 + i, sched[i]);
                        }
                        card.executeUpdate();
                        if (progress != null) {
                            for (Review r : progress.history(k.key())) {
                                long id = r.at().toEpochMilli();
                                while (!revlogIds.add(id)) {
                                    id++;
                                }
                                rev.setLong(1, id);
                                rev.setLong(2, cid);
                                rev.setInt(3, r.rating().ordinal() + 1);
                                rev.setLong(4, interval(r.after(), r.at()));
                                rev.setLong(5, r.before().scheduledDays());
                                rev.setInt(6, 2500);
                                rev.setLong(7, Math.min(60_000, r.taken().toMillis()));
                                rev.setInt(8, r.mode() != Mode.REVIEW ? 3 : switch (r.before().phase()) {
                                    case NEW, LEARNING -> 0;
                                    case REVIEW -> 1;
                                    case RELEARNING -> 2;
                                });
                                rev.executeUpdate();
                            }
                        }
                    }
                }
            }
        }
    }

    /** A revlog interval: days, or negative seconds while in (re)learning steps. */
    private static long interval(CardState after, Instant at) {
        if (after.phase() == Phase.LEARNING || after.phase() == Phase.RELEARNING || after.scheduledDays() == 0) {
            return -Math.max(1, Duration.between(at, after.due()).getSeconds());
        }
        return after.scheduledDays();
    }

    /** type, queue, due, ivl, factor, reps, lapses of a card in Anki's terms. */
    private static int[] schedule(CardState s, int position, long crt) {
        if (s == null || s.phase() == Phase.NEW) {
            return new int[] {0, 0, position, 0, 0, 0, 0};
        }
        int factor = 2500;
        return switch (s.phase()) {
            case LEARNING -> new int[] {1, 1, (int) s.due().getEpochSecond(), 0, factor, s.reps(), s.lapses()};
            case RELEARNING -> new int[] {3, 1, (int) s.due().getEpochSecond(), s.scheduledDays(), factor, s.reps(),
                    s.lapses()};
            default -> new int[] {2, 2, (int) Math.floorDiv(s.due().getEpochSecond() - crt, 86_400L),
                    s.scheduledDays(), factor, s.reps(), s.lapses()};
        };
    }

    /** A positive id below 2^53 from a name, not yet used. */
    private static long stableId(String name, Set<Long> used) {
        long h = cuecard.schedule.CardSeed.of(name) & ((1L << 53) - 1);
        while (h < 2 || !used.add(h)) {
            h = (h + 1) & ((1L << 53) - 1);
        }
        return h;
    }

    /** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field's text, as a number. */
    static long checksum(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode deck(long id, String name, Instant now) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", id);
        d.put("name", name);
        d.put("mod", now.getEpochSecond());
        d.put("usn", -1);
        for (String k : List.of("lrnToday", "revToday", "newToday", "timeToday")) {
            d.putArray(k).add(0).add(0);
        }
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", "");
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
        return d;
    }

    private static String models(Instant now) {
        ObjectNode all = JSON.createObjectNode();
        for (Stock t : STOCK) {
            ObjectNode m = all.putObject(Long.toString(t.id()));
            m.put("id", t.id());
            m.put("name", t.name());
            m.put("type", t.cloze() ? 1 : 0);
            m.put("mod", now.getEpochSecond());
            m.put("usn", -1);
            m.put("sortf", 0);
            m.put("did", 1);
            m.put("css", CSS);
            m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                    + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
            m.put("latexPost", "\\end{document}");
            m.put("latexsvg", false);
            m.putArray("tags");
            m.putArray("vers");
            ArrayNode flds = m.putArray("flds");
            for (int i = 0; i < t.fields().size(); i++) {
                ObjectNode f = flds.addObject();
                f.put("name", t.fields().get(i));
                f.put("ord", i);
                f.put("sticky", false);
                f.put("rtl", false);
                f.put("font", "Arial");
                f.put("size", 20);
                f.putArray("media");
            }
            ArrayNode tmpls = m.putArray("tmpls");
            ArrayNode req = m.putArray("req");
            for (int i = 0; i < t.templates().size(); i++) {
                String[] tp = t.templates().get(i);
                ObjectNode o = tmpls.addObject();
                o.put("name", tp[0]);
                o.put("ord", i);
                o.put("qfmt", tp[1]);
                o.put("afmt", tp[2]);
                o.putNull("did");
                o.put("bqfmt", "");
                o.put("bafmt", "");
                req.addArray().add(i).add("any").addArray().add(i == 1 && !t.cloze() ? 1 : 0);
            }
        }
        return all.toString();
    }

    private static String conf(long currentDeck) {
        ObjectNode c = JSON.createObjectNode();
        c.put("nextPos", 1);
        c.put("estTimes", true);
        c.putArray("activeDecks").add(1);
        c.put("sortType", "noteFld");
        c.put("timeLim", 0);
        c.put("sortBackwards", false);
        c.put("addToCur", true);
        c.put("curDeck", currentDeck);
        c.put("newSpread", 0);
        c.put("dueCounts", true);
        c.put("curModel", STOCK.get(0).id());
        c.put("collapseTime", 1200);
        return c.toString();
    }

    private static String dconf() {
        ObjectNode all = JSON.createObjectNode();
        ObjectNode d = all.putObject("1");
        d.put("id", 1);
        d.put("name", "Default");
        d.put("mod", 0);
        d.put("usn", 0);
        d.put("maxTaken", 60);
        d.put("autoplay", true);
        d.put("timer", 0);
        d.put("replayq", true);
        d.put("dyn", false);
        ObjectNode n = d.putObject("new");
        n.putArray("delays").add(1.0).add(10.0);
        n.putArray("ints").add(1).add(4).add(7);
        n.put("initialFactor", 2500);
        n.put("order", 1);
        n.put("perDay", 20);
        n.put("bury", false);
        n.put("separate", true);
        ObjectNode r = d.putObject("rev");
        r.put("perDay", 200);
        r.put("ease4", 1.3);
        r.put("ivlFct", 1.0);
        r.put("maxIvl", 36500);
        r.put("hardFactor", 1.2);
        r.put("bury", false);
        r.put("fuzz", 0.05);
        r.put("minSpace", 1);
        ObjectNode l = d.putObject("lapse");
        l.putArray("delays").add(10.0);
        l.put("mult", 0.0);
        l.put("minInt", 1);
        l.put("leechFails", 8);
        l.put("leechAction", 1);
        return all.toString();
    }
}
