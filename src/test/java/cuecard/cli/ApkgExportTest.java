package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckJson;
import cuecard.deckfile.DeckLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** {@code cuecard export DECK.yaml... --format apkg}: a legacy package Anki reads, and back again. */
class ApkgExportTest extends DeckInTempDirTest {

    @Override
    String deckText() {
        return """
                deck: lang
                title: Languages
                cards:
                  - type: basic
                    id: dog
                    front: "dog <em>&</em> co"
                    back: |-
                      chien
                      second line
                    tags: [animals, fr]
                  - type: basic
                    id: cat
                    front: cat
                    back: chat
                    reverse: true
                  - type: cloze
                    id: colour
                    text: "Le chat est {{noir::colour}}, le chien {{blanc}}."
                    note: adjectives follow the noun
                  - type: typed
                    id: hello
                    question: Bonjour means?
                    answer: hello
                """;
    }

    @Override
    CliRun commandLine() {
        return CliRun.withHome(tmp).at("2024-03-01T12:00:00Z", "UTC");
    }

    private Path export(String... more) {
        Path apkg = tmp.resolve("out.apkg");
        List<String> args = new ArrayList<>(List.of("export", deck.toString(), "--format", "apkg", "-o", apkg.toString()));
        args.addAll(List.of(more));
        CliRun.Result r = run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return apkg;
    }

    private static Path collection(Path apkg, Path into) throws Exception {
        try (ZipFile z = new ZipFile(apkg.toFile())) {
            assertThat(z.getEntry("media")).isNotNull();
            Path db = into.resolve("c" + System.nanoTime() + ".anki2");
            Files.copy(z.getInputStream(z.getEntry("collection.anki2")), db);
            return db;
        }
    }

    private static Map<String, List<String>> columns(Path db) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties());
             Statement s = c.createStatement()) {
            for (String table : List.of("col", "notes", "cards", "revlog", "graves")) {
                List<String> cols = new ArrayList<>();
                try (ResultSet r = s.executeQuery("pragma table_info(" + table + ")")) {
                    while (r.next()) {
                        cols.add(r.getString("name") + " " + r.getString("type") + " " + r.getInt("notnull"));
                    }
                }
                out.put(table, cols);
            }
        }
        return out;
    }

    @Test
    void theDatabaseHasTheTablesAndColumnsOfACollectionAnkiWrote() throws Exception {
        Path anki = ApkgImportTest.FIXTURES.resolve("update1.apkg");
        if (!Files.isRegularFile(anki)) {
            anki = Path.of("/work/shared/fixtures/anki/update1.apkg");
        }
        assumeTrue(Files.isRegularFile(anki), "Anki fixtures absent: skipped");
        Path ours = collection(export(), tmp);
        assertThat(columns(ours)).isEqualTo(columns(collection(anki, tmp)));
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + ours, new java.util.Properties());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("select ver, models, decks from col")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(11);
            JsonNode models = new ObjectMapper().readTree(r.getString(2));
            Map<String, String> shapes = new LinkedHashMap<>();
            models.forEach(m -> shapes.put(m.path("name").asText(), m.path("flds").size() + " fields, "
                    + m.path("tmpls").size() + " templates, type " + m.path("type").asInt()));
            assertThat(shapes).containsEntry("Basic", "2 fields, 1 templates, type 0")
                    .containsEntry("Basic (and reversed card)", "2 fields, 2 templates, type 0")
                    .containsEntry("Basic (type in the answer)", "2 fields, 1 templates, type 0")
                    .containsEntry("Cloze", "2 fields, 1 templates, type 1");
            assertThat(models.toString()).contains("{{type:Back}}").contains("{{cloze:Text}}");
            List<String> decks = new ArrayList<>();
            new ObjectMapper().readTree(r.getString(3)).forEach(d -> decks.add(d.path("name").asText()));
            assertThat(decks).containsExactlyInAnyOrder("Default", "Languages");
        }
    }

    @Test
    void aThirdPartyReaderAcceptsIt() throws Exception {
        Path script = Path.of("src/test/scripts/check-apkg.py");
        assumeTrue(Files.isRegularFile(script) && canRun("python3"), "python3 absent: skipped");
        Process p = new ProcessBuilder("python3", script.toString(), export().toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("ok: 4 notes, 6 cards, 2 decks, 0 reviews");
    }

    private static boolean canRun(String program) {
        try {
            return new ProcessBuilder(program, "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aDeckComesBackWithTheSameCards() throws Exception {
        Path apkg = export();
        Path back = tmp.resolve("back.yaml");
        CliRun.Result r = run("import", apkg.toString(), "-o", back.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Deck original = load(deck);
        Deck again = load(back);
        assertThat(again.id()).isEqualTo(original.id());
        assertThat(again.title()).isEqualTo(original.title());
        assertThat(again.cards().stream().map(c -> c.key().toString()).toList())
                .isEqualTo(original.cards().stream().map(c -> c.key().toString()).toList());
        assertThat(cards(again)).isEqualTo(cards(original));
    }

    private static Deck load(Path p) {
        DeckResult r = DeckLoader.load(p);
        assertThat(r).isInstanceOf(DeckResult.Ok.class);
        return ((DeckResult.Ok) r).deck();
    }

    private static List<String> cards(Deck d) {
        List<String> out = new ArrayList<>();
        for (Note n : d.notes()) {
            out.add(DeckJson.compact(DeckJson.card(n, true)));
        }
        return out;
    }

    @Test
    void guidsAreTheCardKeysSoALaterExportUpdatesTheSameNotes() throws Exception {
        Path first = collection(export(), tmp);
        Path second = collection(export("--force"), tmp);
        assertThat(guids(second)).isEqualTo(guids(first)).containsExactly("lang/cat", "lang/colour", "lang/dog", "lang/hello");
    }

    private static List<String> guids(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("select guid from notes order by guid")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void withProgressTheReviewsAndStatesGoAlong() throws Exception {
        assertThat(run("grade", "lang/dog", "good", "--at", "2024-02-01T10:00:00Z", deck.toString()).exitCode()).isZero();
        assertThat(run("grade", "lang/dog", "good", "--at", "2024-02-01T10:10:00Z", deck.toString()).exitCode()).isZero();
        assertThat(run("grade", "lang/cat-r", "again", "--at", "2024-02-02T10:00:00Z", deck.toString()).exitCode()).isZero();
        Path db = collection(export("--with-progress"), tmp);
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + db, new java.util.Properties());
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*), sum(ease) from revlog")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(3);
                assertThat(r.getInt(2)).isEqualTo(3 + 3 + 1);
            }
            try (ResultSet r = s.executeQuery("select c.type, c.queue, c.reps from cards c join notes n on n.id = c.nid"
                    + " where n.guid = 'lang/dog'")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2); // a review card
                assertThat(r.getInt(2)).isEqualTo(2);
                assertThat(r.getInt(3)).isEqualTo(2);
            }
            try (ResultSet r = s.executeQuery("select count(*) from cards where type = 0")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(4); // cat, both deletions, hello: never reviewed
            }
        }
        // and back into a fresh data dir: the same three answers
        Path other = tmp.resolve("data2");
        CliRun.Result r = cli.runIn(other, "import", tmp.resolve("out.apkg").toString(), "-o",
                tmp.resolve("again").toString(), "--with-history");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("history: 3 entries added");
    }

    @Test
    void choiceAndTrueFalseCardsBecomeBasicNotesWithTheirOptionsOnTheFront() throws Exception {
        Path quiz = tmp.resolve("quiz.yaml");
        Files.writeString(quiz, """
                deck: quiz
                title: Quiz
                cards:
                  - type: choice
                    id: params
                    question: How many parameters does FSRS-6 have?
                    answer: "21"
                    distractors: ["17", "19"]
                  - type: truefalse
                    id: sameday
                    statement: FSRS ignores same-day reviews.
                    answer: false
                """);
        Path apkg = tmp.resolve("quiz.apkg");
        CliRun.Result r = run("export", quiz.toString(), deck.toString(), "--format", "apkg", "-o", apkg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("of 2 decks");
        Map<String, String> fields = new LinkedHashMap<>();
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + collection(apkg, tmp), new java.util.Properties());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select n.guid, n.flds, n.mid from notes n"
                     + " where n.guid like 'quiz/%' order by n.guid")) {
            while (rs.next()) {
                fields.put(rs.getString(1), rs.getString(2));
                assertThat(rs.getLong(3)).isEqualTo(1_700_000_000_001L); // Basic
            }
        }
        assertThat(fields.get("quiz/params")).isEqualTo("How many parameters does FSRS-6 have?<br><br>• 17<br>• 19<br>• 21"
                + "\u001f21");
        assertThat(fields.get("quiz/sameday")).isEqualTo("FSRS ignores same-day reviews.<br><br>True or false?\u001fFalse");
    }

    @Test
    void apkgNeedsAFileAndOtherFormatsOneDeck() {
        CliRun.Result noFile = run("export", deck.toString(), "--format", "apkg");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("-o FILE.apkg");
        CliRun.Result two = run("export", deck.toString(), deck.toString(), "--format", "csv");
        assertThat(two.exitCode()).isEqualTo(2);
        CliRun.Result sameId = run("export", deck.toString(), deck.toString(), "--format", "apkg", "-o",
                tmp.resolve("x.apkg").toString());
        assertThat(sameId.exitCode()).isEqualTo(3);
        assertThat(sameId.err()).contains("a second deck with the id `lang`");
        assertThat(tmp.resolve("x.apkg")).doesNotExist();
    }
}
