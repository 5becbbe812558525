package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardType;
import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path tmp;

    private CliRun.Result run(String... args) {
        return CliRun.withHome(tmp).run(args);
    }

    @Test
    void writesATemplateThatLoadsAndPointsAtTheSchema() throws IOException {
        Path file = tmp.resolve("rivers.yaml");
        CliRun.Result r = run("new", "rivers", "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + file);
        String text = Files.readString(file);
        assertThat(text).startsWith("# yaml-language-server: $schema=");
        DeckResult result = DeckLoader.load(file);
        assertThat(result).isInstanceOf(DeckResult.Ok.class);
        Deck deck = ((DeckResult.Ok) result).deck();
        assertThat(deck.id()).isEqualTo("rivers");
        assertThat(deck.title()).isEqualTo("Rivers");
        assertThat(deck.language()).isEqualTo("en");
    }

    @Test
    void uncommentingTheExamplesGivesEveryCardType() throws IOException {
        Path file = tmp.resolve("t.yaml");
        assertThat(run("new", "t", "-o", file.toString()).exitCode()).isZero();
        String uncommented = Files.readAllLines(file).stream()
                .map(l -> l.startsWith("  # ") && (l.startsWith("  # -") || l.startsWith("  #   ")) ? "  " + l.substring(4) : l)
                .collect(Collectors.joining("\n"));
        DeckResult result = DeckLoader.parse(uncommented, "uncommented.yaml");
        assertThat(result).as("%s", result.problems()).isInstanceOf(DeckResult.Ok.class);
        assertThat(((DeckResult.Ok) result).deck().notes()).extracting(Note::type)
                .contains(CardType.values());
    }

    @Test
    void schemaPathIsRelativeToTheBundledCopy() throws IOException {
        Path root = tmp.resolve("install");
        Files.createDirectories(root.resolve("decks"));
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/deck.schema.json"), "{}");
        Path mine = Files.createDirectories(tmp.resolve("mine/sub"));
        CliRun.Result r = CliRun.withHome(tmp).bundledDecks(root.resolve("decks"))
                .run("new", "x", "-o", mine.resolve("x.yaml").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readAllLines(mine.resolve("x.yaml")).get(0))
                .isEqualTo("# yaml-language-server: $schema=../../install/docs/deck.schema.json");
    }

    @Test
    void titleAndLanguageOptions() throws IOException {
        Path file = tmp.resolve("zh.yaml");
        assertThat(run("new", "zh-words", "-o", file.toString(), "--title", "中文: 词汇", "--language", "zh-Hans").exitCode()).isZero();
        Deck deck = ((DeckResult.Ok) DeckLoader.load(file)).deck();
        assertThat(deck.title()).isEqualTo("中文: 词汇");
        assertThat(deck.language()).isEqualTo("zh-Hans");
    }

    @Test
    void refusesToOverwrite() throws IOException {
        Path file = tmp.resolve("keep.yaml");
        Files.writeString(file, "mine");
        CliRun.Result r = run("new", "keep", "-o", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("already exists").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void rejectsABadIdOrLanguageAsUsage() {
        assertThat(run("new", "no spaces", "-o", tmp.resolve("a.yaml").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("new", "a/b", "-o", tmp.resolve("a.yaml").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun.Result r = run("new", "ok", "--language", "english!", "-o", tmp.resolve("a.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("BCP 47");
        assertThat(tmp.resolve("a.yaml")).doesNotExist();
    }

    @Test
    void missingFolderIsBadInput() {
        CliRun.Result r = run("new", "ok", "-o", tmp.resolve("nope/a.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void missingIdIsUsage() {
        assertThat(run("new").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
