package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deckfile.DeckLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportExportTest {

    static final Path BUNDLED = Path.of("decks/spaced-repetition.yaml");
    static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path tmp;

    private CliRun.Result run(String... args) {
        return CliRun.withHome(tmp).run(args);
    }

    static Deck load(Path p) {
        DeckResult r = DeckLoader.load(p);
        assertThat(r).as("%s", r.problems()).isInstanceOf(DeckResult.Ok.class);
        return ((DeckResult.Ok) r).deck();
    }

    /** A note as content only: its id written out (or kept as given) and no place in a file. */
    static Note comparable(Note n, boolean pinIds) {
        Note p = pinIds ? FmtCommand.pinned(n) : n;
        NoteInfo i = p.info();
        NoteInfo info = new NoteInfo(i.id(), i.tags(), i.source(), i.explanation(), null);
        return withInfo(p, info);
    }

    static Note withInfo(Note n, NoteInfo info) {
        if (n instanceof Note.Basic b) {
            return new Note.Basic(info, b.front(), b.back(), b.reverse());
        } else if (n instanceof Note.Cloze c) {
            return new Note.Cloze(info, c.text());
        } else if (n instanceof Note.Choice c) {
            return new Note.Choice(info, c.question(), c.answer(), c.distractors());
        } else if (n instanceof Note.Typed t) {
            return new Note.Typed(info, t.question(), t.answer(), t.accept());
        }
        Note.TrueFalse t = (Note.TrueFalse) n;
        return new Note.TrueFalse(info, t.statement(), t.answer());
    }

    static List<Note> content(Deck d, boolean pinIds) {
        return d.notes().stream().map(n -> comparable(n, pinIds)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anki", "csv", "tsv", "json"})
    void exportThenImportGivesTheSameCards(String format) throws IOException {
        Path out = tmp.resolve("export." + format);
        CliRun.Result e = run("export", BUNDLED.toString(), "--format", format, "-o", out.toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        Path back = tmp.resolve("back.yaml");
        CliRun.Result i = run("import", out.toString(), "-o", back.toString(), "--id", "spaced-repetition",
                "--format", format.equals("anki") ? "anki" : format);
        assertThat(i.exitCode()).as(i.err()).isZero();
        Deck original = load(BUNDLED);
        Deck imported = load(back);
        assertThat(imported.cards()).extracting(c -> c.key().toString())
                .containsExactlyElementsOf(original.cards().stream().map(c -> c.key().toString()).toList());
        boolean exact = format.equals("json");
        assertThat(content(imported, !exact)).isEqualTo(content(original, !exact));
        if (exact) {
            assertThat(imported.title()).isEqualTo(original.title());
            assertThat(imported.sources()).isEqualTo(original.sources());
            assertThat(imported.tags()).isEqualTo(original.tags());
            assertThat(imported.description()).isEqualTo(original.description());
        }
        assertThat(Files.readAllLines(back).get(0)).startsWith("# yaml-language-server: $schema=");
    }

    @Test
    void ankiExportHasHeadersAndCardKeysAsGuids() throws IOException {
        Path out = tmp.resolve("sr.txt");
        assertThat(run("export", BUNDLED.toString(), "--format", "anki", "-o", out.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.subList(0, 7)).containsExactly("#separator:tab", "#html:true",
                "#columns:guid\tnotetype\tdeck\ttags\tfront\tback\tcuecard", "#guid column:1", "#notetype column:2",
                "#deck column:3", "#tags column:4");
        assertThat(lines.get(7)).startsWith("spaced-repetition/forgetting-curve\tBasic\tSpaced repetition, briefly\t");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("spaced-repetition/leitner\tBasic (and reversed card)\t"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\tCloze\t").contains("{{c1::1987}}")
                .contains("{{c2::a variant of SM-2::an algorithm}}"));
    }

    @Test
    void importsAnAnkiExport() throws IOException {
        Path out = tmp.resolve("spanish.yaml");
        CliRun.Result r = run("import", FIXTURES.resolve("anki-notes.txt").toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Deck d = load(out);
        assertThat(d.id()).isEqualTo("spanish");
        assertThat(d.title()).isEqualTo("Spanish::Verbs");
        assertThat(d.notes()).hasSize(4);
        Note.Basic hablar = (Note.Basic) d.notes().get(0);
        assertThat(hablar.front()).isEqualTo("hablar");
        assertThat(hablar.info().tags()).containsExactly("verbs", "spanish");
        assertThat(hablar.info().id()).isNull();
        Note.Basic comer = (Note.Basic) d.notes().get(1);
        assertThat(comer.back()).isEqualTo("to eat\n(regular)");
        assertThat(comer.reverse()).isTrue();
        assertThat(comer.info().id()).as("a cuecard guid gives the id back").isEqualTo("comer");
        Note.Cloze cloze = (Note.Cloze) d.notes().get(2);
        assertThat(cloze.text()).isEqualTo("{{Madrid}} is the capital of {{Spain::country}} & more");
        assertThat(cloze.info().explanation()).isEqualTo("A note");
        Note.Basic quoted = (Note.Basic) d.notes().get(3);
        assertThat(quoted.front()).isEqualTo("quoted \"front\"");
        assertThat(quoted.back()).isEqualTo("你好");
    }

    @Test
    void fixedAnkiHeadersApplyToEveryRow() throws IOException {
        Path out = tmp.resolve("geo.yaml");
        CliRun.Result r = run("import", FIXTURES.resolve("anki-fixed-headers.txt").toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Deck d = load(out);
        assertThat(d.title()).isEqualTo("Geography");
        Note.Cloze c = (Note.Cloze) d.notes().get(0);
        assertThat(c.text()).isEqualTo("The {{Danube}} flows through {{Vienna}}");
        assertThat(c.info().explanation()).isEqualTo("Europe's second-longest river");
        assertThat(c.info().tags()).containsExactly("imported");
        assertThat(d.cards()).hasSize(2);
    }

    @Test
    void ankiRowsAsTypedCards() throws IOException {
        Path out = tmp.resolve("typed.yaml");
        assertThat(run("import", FIXTURES.resolve("anki-notes.txt").toString(), "-o", out.toString(), "--type", "typed")
                .exitCode()).isZero();
        assertThat(load(out).notes().get(0)).isInstanceOf(Note.Typed.class);
    }

    @Test
    void importsPlainCsvWithAHeaderRow() throws IOException {
        Path out = tmp.resolve("plain.yaml");
        CliRun.Result r = run("import", FIXTURES.resolve("plain.csv").toString(), "-o", out.toString(), "--title", "Plain",
                "--language", "zh-Hans");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 3 notes");
        Deck d = load(out);
        assertThat(d.title()).isEqualTo("Plain");
        assertThat(d.language()).isEqualTo("zh-Hans");
        assertThat(d.notes()).extracting(n -> ((Note.Basic) n).front())
                .containsExactly("Capital of France?", "Multi\nline", "中国的首都？");
        assertThat(d.notes().get(0).info().tags()).containsExactly("geo", "europe");
    }

    @Test
    void importsTsvAndSemicolonsWithoutHeaders() throws IOException {
        Path tsv = tmp.resolve("words.tsv");
        Files.writeString(tsv, "one\tuno\ntwo\tdos\tnumbers\n");
        Path out = tmp.resolve("w.yaml");
        assertThat(run("import", tsv.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(load(out).notes()).hasSize(2);
        Path semi = tmp.resolve("semi.txt");
        Files.writeString(semi, "#separator:semicolon\n#html:false\nthree;tres\nfour;\"cua;tro\"\n");
        Path out2 = tmp.resolve("s.yaml");
        assertThat(run("import", semi.toString(), "-o", out2.toString()).exitCode()).isZero();
        assertThat(((Note.Basic) load(out2).notes().get(1)).back()).isEqualTo("cua;tro");
    }

    @Test
    void aBrokenRowIsReportedWithItsLine() throws IOException {
        Path out = tmp.resolve("b.yaml");
        CliRun.Result r = run("import", FIXTURES.resolve("broken.csv").toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("broken.csv:2: broken row").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void rowsThatDoNotMakeCardsAreReportedWithTheirLines() throws IOException {
        Path csv = tmp.resolve("named.csv");
        Files.writeString(csv, "type,front,back,question\nbasic,A,B,\nbasic,C,,\ntyped,,,Q\n");
        CliRun.Result r = run("import", csv.toString(), "-o", tmp.resolve("n.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("named.csv:3: the card (basic) needs `back`").contains("named.csv:4: the card (typed) needs `answer`");
        Path short1 = tmp.resolve("short.csv");
        Files.writeString(short1, "a,b\nonly-one\n");
        CliRun.Result s = run("import", short1.toString(), "-o", tmp.resolve("s.yaml").toString());
        assertThat(s.err()).contains("short.csv:2: a row needs at least two columns");
        Path dup = tmp.resolve("dup.csv");
        Files.writeString(dup, "Same?,1\nsame?,2\n");
        assertThat(run("import", dup.toString(), "-o", tmp.resolve("d.yaml").toString()).err())
                .contains("dup.csv:2: card id `basic-");
    }

    @Test
    void badInputForImport() throws IOException {
        Path out = tmp.resolve("o.yaml");
        Path csv = FIXTURES.resolve("plain.csv").toAbsolutePath();
        assertThat(run("import", tmp.resolve("none.csv").toString(), "-o", out.toString()).err()).contains("no such file");
        assertThat(run("import", tmp.toString(), "-o", out.toString()).err()).contains("is a directory");
        assertThat(run("import", csv.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import", csv.toString(), "-o", out.toString(), "--type", "cloze").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import", csv.toString(), "-o", out.toString(), "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import", csv.toString(), "-o", out.toString(), "--id", "bad id").exitCode()).isEqualTo(ExitCode.USAGE);
        Files.writeString(out, "keep");
        CliRun.Result exists = run("import", csv.toString(), "-o", out.toString());
        assertThat(exists.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(exists.err()).contains("already exists");
        assertThat(Files.readString(out)).isEqualTo("keep");
        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, ',', 'x', '\n'});
        assertThat(run("import", latin1.toString(), "-o", tmp.resolve("l.yaml").toString()).err()).contains("not valid UTF-8");
        Path badJson = tmp.resolve("bad.json");
        Files.writeString(badJson, "{\"deck\": \"d\", \"cards\": [{\"type\": \"basic\", \"front\": \"A\"}]}");
        CliRun.Result j = run("import", badJson.toString(), "-o", tmp.resolve("j.yaml").toString());
        assertThat(j.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(j.err()).contains("bad.json:1:").contains("needs `back`");
    }

    @Test
    void badInputForExport() throws IOException {
        Path out = tmp.resolve("o.csv");
        assertThat(run("export", tmp.resolve("none.yaml").toString(), "--format", "csv", "-o", out.toString()).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("export", tmp.toString(), "--format", "csv", "-o", out.toString()).err()).contains("is a directory");
        assertThat(run("export", BUNDLED.toString(), "-o", out.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("export", BUNDLED.toString(), "--format", "pdf", "-o", out.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, "deck: b\ncards:\n  - type: basic\n    front: A\n");
        CliRun.Result b = run("export", broken.toString(), "--format", "json", "-o", out.toString());
        assertThat(b.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(b.err()).contains("broken.yaml:3:5");
        Files.writeString(out, "keep");
        assertThat(run("export", BUNDLED.toString(), "--format", "csv", "-o", out.toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readString(out)).isEqualTo("keep");
        assertThat(run("export", BUNDLED.toString(), "--format", "csv", "-o", out.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("type,id,front,back");
    }

    @Test
    void exportsToStandardOutput() {
        CliRun.Result r = run("export", BUNDLED.toString(), "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"deck\" : \"spaced-repetition\"");
    }
}
