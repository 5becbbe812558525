package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    private static final Path FIXTURE = Path.of("src/test/resources/generate/interview-en.md");

    private CliRun cli() {
        return CliRun.withHome(tmp);
    }

    @Test
    void writesADeckThatLoads() throws Exception {
        Path out = tmp.resolve("out/deck.yaml");
        CliRun.Result r = cli().run("generate", FIXTURE.toString(), "-o", out.toString(), "--id", "sea-robots", "--title", "Sea robots",
                "--max-cards", "6");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        java.util.regex.Matcher wrote = java.util.regex.Pattern.compile("wrote (\\d+) cards").matcher(r.err());
        assertThat(wrote.find()).as(r.err()).isTrue();
        DeckResult loaded = DeckLoader.load(out);
        assertThat(loaded).isInstanceOf(DeckResult.Ok.class);
        var deck = ((DeckResult.Ok) loaded).deck();
        assertThat(deck.id()).isEqualTo("sea-robots");
        assertThat(deck.title()).isEqualTo("Sea robots");
        assertThat(deck.language()).isEqualTo("en");
        assertThat(deck.notes()).hasSize(Integer.parseInt(wrote.group(1))).hasSizeBetween(3, 6);
        assertThat(deck.sources()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo("interview-en"));
    }

    @Test
    void printsToStandardOutputWithoutO() {
        CliRun.Result r = cli().run("generate", FIXTURE.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("# yaml-language-server: $schema=../docs/deck.schema.json\ndeck: interview-en\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void badInputIsExitThreeWithOneLine() throws Exception {
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        Path empty = tmp.resolve("empty.md");
        Files.writeString(empty, "  \n\n");
        assertOneLine(cli().run("generate", tmp.resolve("missing.txt").toString()), "missing.txt: no such file");
        assertOneLine(cli().run("generate", tmp.toString()), "is a directory");
        assertOneLine(cli().run("generate", bad.toString()), "bad.txt:2: not valid UTF-8");
        assertOneLine(cli().run("generate", empty.toString()), "empty.md: is empty");
    }

    private static void assertOneLine(CliRun.Result r, String message) {
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(message).doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void refNamesEachInputsSourceInOrder() {
        String zh = "src/test/resources/generate/interview-zh-hans.md";
        CliRun.Result r = cli().run("generate", FIXTURE.toString(), zh, "--ref", "sea-robots-en", "--ref", "sea-robots-zh");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("  - id: sea-robots-en\n").contains("  - id: sea-robots-zh\n")
                .contains("source: {ref: sea-robots-en,").contains("source: {ref: sea-robots-zh,")
                .doesNotContain("interview-en").doesNotContain("interview-zh-hans");
        assertThat(r.out().indexOf("id: sea-robots-en")).isLessThan(r.out().indexOf("id: sea-robots-zh"));
        CliRun.Result again = cli().run("generate", FIXTURE.toString(), zh, "--ref", "sea-robots-en", "--ref", "sea-robots-zh");
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void refMustBeOneSlugPerFile() {
        String zh = "src/test/resources/generate/interview-zh-hans.md";
        CliRun.Result few = cli().run("generate", FIXTURE.toString(), zh, "--ref", "only-one");
        assertThat(few.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(few.err()).contains("--ref given 1 time for 2 files").hasLineCount(1);
        assertThat(cli().run("generate", FIXTURE.toString(), "--ref", "not a slug").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli().run("generate", FIXTURE.toString(), zh, "--ref", "same", "--ref", "same").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(cli().run("generate", FIXTURE.toString(), "--lang", "fr").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli().run("generate", FIXTURE.toString(), "--max-cards", "0").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli().run("generate", FIXTURE.toString(), "--id", "not a slug").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli().run("generate").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void langForcesTheDeckLanguage() {
        CliRun.Result r = cli().run("generate", "src/test/resources/generate/interview-zh-hant.txt", "--lang", "zh-Hant");
        assertThat(r.out()).contains("language: zh-Hant");
    }
}
