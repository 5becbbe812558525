package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cuecard.anki.TestPackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code cuecard import FILE.apkg}: Anki's own test packages, and packages built here to schemas 11 and 18. */
class ApkgImportTest extends DeckInTempDirTest {

    static final Path FIXTURES = Path.of("..", "shared", "fixtures", "anki").toAbsolutePath().normalize();

    private static Path fixture(String name) {
        Path p = FIXTURES.resolve(name);
        if (!Files.isRegularFile(p)) {
            p = Path.of("/work/shared/fixtures/anki").resolve(name);
        }
        assumeTrue(Files.isRegularFile(p), "Anki fixtures absent (../shared/fixtures/anki): skipped");
        return p;
    }

    @Test
    void anUpdatedPackageUpdatesTheCardInsteadOfAddingOne() throws Exception {
        Path out = tmp.resolve("decks");
        CliRun.Result first = run("import", fixture("update1.apkg").toString(), "-o", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        String before = Files.readString(out.resolve("default.yaml"));
        assertThat(before).contains("front: hello").contains("back: world");

        CliRun.Result refused = run("import", fixture("update2.apkg").toString(), "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("already exists");

        CliRun.Result second = run("import", fixture("update2.apkg").toString(), "-o", out.toString(), "--force");
        assertThat(second.exitCode()).as(second.err()).isZero();
        String after = Files.readString(out.resolve("default.yaml"));
        assertThat(after).contains("front: goodbye").doesNotContain("hello");
        assertThat(idsOf(after)).hasSize(1).isEqualTo(idsOf(before));
    }

    private static List<String> idsOf(String yaml) {
        return yaml.lines().filter(l -> l.trim().startsWith("id:")).map(String::trim).toList();
    }

    @Test
    void mediaReferencesAreListedAsNotImported() {
        CliRun.Result r = run("import", fixture("media.apkg").toString(), "-o", tmp.resolve("m").toString());
        assertThat(r.out()).contains("Media not imported").contains("[sound:foo.wav]").contains("1 media file");
        // its only note is the sound and nothing else: no card, so nothing is written
        assertThat(r.err()).contains("nothing but media in its first field");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(tmp.resolve("m")).doesNotExist();
    }

    @Test
    void aNoteTypeWhoseFieldsDifferIsMappedFromItsFirstTwoFields() throws Exception {
        CliRun.Result r = run("import", fixture("diffmodels2-1.apkg").toString(), "-o", tmp.resolve("d.yaml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("d.yaml"))).contains("type: basic").contains("front: front")
                .contains("back: back");
    }

    /** A package with every stock note type, HTML, media, tags, a custom note type and two decks. */
    static TestPackages mixed() {
        return TestPackages.withStockTypes()
                .noteType(2001, "Vocab (3 fields)", false, List.of("Word", "Meaning", "Example"), List.of("{{Word}}"))
                .deck(2, "Lang::French")
                .note(1, "aaaaaaaaaa", TestPackages.BASIC, 1, " geo europe ", List.of(0),
                        "<b>Capital</b> of France&nbsp;&amp; more?", "Paris<br>on the Seine<img src=\"paris.jpg\">")
                .note(2, "b,b/b%b", TestPackages.REVERSED, 1, "", List.of(0, 1), "dog", "chien")
                .note(3, "cccccccccc", TestPackages.OPTIONAL, 1, "", List.of(0), "cat", "chat", "")
                .note(4, "dddddddddd", TestPackages.OPTIONAL, 1, "", List.of(0, 1), "bird", "oiseau", "y")
                .note(5, "eeeeeeeeee", TestPackages.TYPED, 2, "", List.of(0), "Bonjour means?", "hello")
                .note(6, "ffffffffff", TestPackages.CLOZE, 2, "grammar", List.of(0, 1),
                        "{{c1::Le}} chat est {{c2::noir::colour}}<div>second line</div>", "extra [sound:noir.mp3]")
                .note(7, "gggggggggg", 2001, 2, "", List.of(0), "maison", "house", "la maison est grande")
                .note(8, "hhhhhhhhhh", TestPackages.BASIC, 1, "", List.of(0), "[sound:only.mp3]", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy", "current"})
    void notesMapToCuecardCards(String format) throws Exception {
        Path apkg = tmp.resolve("mixed.apkg");
        if (format.equals("legacy")) {
            mixed().writeLegacy(apkg);
        } else {
            mixed().writeCurrent(apkg);
        }
        Path out = tmp.resolve("out");
        CliRun.Result r = run("import", apkg.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("default.yaml").contains("lang-french.yaml")
                .contains("<img src=\"paris.jpg\">").contains("[sound:noir.mp3]").contains("[sound:only.mp3]");
        assertThat(r.err()).contains("note type `Vocab (3 fields)` (1 note) is not one of Anki's stock types")
                .contains("field `Example` of note type `Vocab (3 fields)` not imported")
                .contains("1 note left out, nothing but media in its first field: hhhhhhhhhh");
        String def = Files.readString(out.resolve("default.yaml"));
        assertThat(def).contains("title: Default")
                .contains("front: Capital of France & more?").contains("Paris\n").contains("on the Seine")
                .contains("tags: [geo, europe]")
                .contains("id: aaaaaaaaaa").contains("id: g-622c622f622562") // a guid that is no slug, as hex
                .doesNotContain("<b>").doesNotContain("<img");
        assertThat(def.split("reverse: true", -1)).hasSize(3); // the reversed note and the optional one with card 2
        assertThat(def).contains("front: cat");
        String fr = Files.readString(out.resolve("lang-french.yaml"));
        assertThat(fr).contains("title: Lang::French").contains("type: typed").contains("answer: hello")
                .contains("{{Le}} chat est {{noir::colour}}").contains("second line").contains("note: extra")
                .contains("front: maison").contains("back: house").doesNotContain("grande");
        Path single = tmp.resolve("one.yaml");
        CliRun.Result refused = run("import", apkg.toString(), "-o", single.toString());
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("holds 2 decks").contains("name a folder");
        assertThat(single).doesNotExist();
    }

    @Test
    void legacyAnki21AndCurrentPackagesOfTheSameNotesGiveTheSameDecks() throws Exception {
        mixed().writeLegacy(tmp.resolve("a.apkg"));
        mixed().writeCurrent(tmp.resolve("b.colpkg"));
        mixed().writeAnki21(tmp.resolve("c.apkg"));
        for (String p : List.of("a.apkg", "b.colpkg", "c.apkg")) {
            CliRun.Result r = run("import", tmp.resolve(p).toString(), "-o", tmp.resolve(p + ".out").toString());
            assertThat(r.exitCode()).as(p + ": " + r.err()).isZero();
        }
        for (String f : List.of("default.yaml", "lang-french.yaml")) {
            String legacy = Files.readString(tmp.resolve("a.apkg.out").resolve(f));
            assertThat(legacy).contains("cards:");
            assertThat(Files.readString(tmp.resolve("b.colpkg.out").resolve(f))).isEqualTo(legacy);
            assertThat(Files.readString(tmp.resolve("c.apkg.out").resolve(f))).isEqualTo(legacy);
        }
    }
}
