package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

    private static final String MESSY = """
            # yaml-language-server: $schema=../docs/deck.schema.json
            deck: messy   # comment after the id
            cards:
              # a comment before the first card
              - type: basic        # comment on the type line
                front: "Capital of France?"
                back: Paris
                reverse: true

              - question: 长城位于哪个国家？
                type: typed
                answer: 中国
              - {type: cloze, text: 'The {{sun}} rises in the {{east::direction}}'}
              - type: choice
                id: kept
                question: Pick one
                answer: A
                distractors:
                  - B   # wrong
                  - C
              - type: truefalse
                statement: >
                  Folded text
                  over two lines.
                answer: no
            # the end
            """;

    @TempDir
    Path tmp;

    private CliRun.Result run(String... args) {
        return CliRun.withHome(tmp).run(args);
    }

    private static Deck load(Path p) {
        DeckResult r = DeckLoader.load(p);
        assertThat(r).as("%s", r.problems()).isInstanceOf(DeckResult.Ok.class);
        return ((DeckResult.Ok) r).deck();
    }

    private static List<CardKey> keys(Deck d) {
        return d.cards().stream().map(Card::key).toList();
    }

    @Test
    void insertsIdLinesAndChangesNothingElse() throws IOException {
        Path p = tmp.resolve("messy.yaml");
        Files.writeString(p, MESSY);
        List<CardKey> before = keys(load(p));
        CliRun.Result r = run("fmt", "--assign-ids", p.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 4 ids");
        String text = Files.readString(p);
        Deck after = load(p);
        assertThat(keys(after)).isEqualTo(before);
        assertThat(after.notes()).allSatisfy(n -> assertThat(n.info().id()).isNotNull());
        List<String> added = text.lines().filter(l -> !MESSY.lines().toList().contains(l) && !l.contains("{")).toList();
        assertThat(added).hasSize(3).allMatch(l -> l.matches("    id: (basic|typed|truefalse)-[0-9a-f]{10}"));
        assertThat(text).contains("- {type: cloze, id: cloze-");
        assertThat(text.replaceAll("\n    id: [a-z]+-[0-9a-f]{10}", "").replaceAll(", id: cloze-[0-9a-f]{10}", ""))
                .isEqualTo(MESSY);
        assertThat(text).contains("  - type: basic        # comment on the type line\n    id: basic-");
    }

    @Test
    void afterPinningAPromptEditKeepsTheKey() throws IOException {
        Path p = tmp.resolve("messy.yaml");
        Files.writeString(p, MESSY);
        CardKey first = keys(load(p)).get(0);
        Files.writeString(p, Files.readString(p).replace("Capital of France?", "What is the capital of France?"));
        assertThat(keys(load(p)).get(0)).as("without an id the key follows the prompt").isNotEqualTo(first);
        Files.writeString(p, MESSY);
        assertThat(run("fmt", "--assign-ids", p.toString()).exitCode()).isZero();
        Files.writeString(p, Files.readString(p).replace("Capital of France?", "What is the capital of France?"));
        assertThat(keys(load(p)).get(0)).isEqualTo(first);
    }

    @Test
    void secondRunAndCheck() throws IOException {
        Path p = tmp.resolve("messy.yaml");
        Files.writeString(p, MESSY);
        CliRun.Result check = run("fmt", "--assign-ids", "--check", p.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(check.out()).contains("4 cards without an id");
        assertThat(Files.readString(p)).isEqualTo(MESSY);
        assertThat(run("fmt", "--assign-ids", p.toString()).exitCode()).isZero();
        String pinned = Files.readString(p);
        CliRun.Result again = run("fmt", "--assign-ids", p.toString());
        assertThat(again.out()).contains("every card has an id");
        assertThat(Files.readString(p)).isEqualTo(pinned);
        assertThat(run("fmt", "--assign-ids", "--check", p.toString()).exitCode()).isZero();
    }

    @Test
    void windowsLineBreaksAndNoFinalBreak() throws IOException {
        Path p = tmp.resolve("w.yaml");
        Files.writeString(p, "deck: w\r\ncards:\r\n  - type: basic\r\n    front: A\r\n    back: B");
        assertThat(run("fmt", "--assign-ids", p.toString()).exitCode()).isZero();
        String text = Files.readString(p);
        assertThat(text).matches("deck: w\r\ncards:\r\n  - type: basic\r\n    id: basic-[0-9a-f]{10}\r\n    front: A\r\n    back: B");
        assertThat(((Note.Basic) load(p).notes().get(0)).info().id()).startsWith("basic-");
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersAreDone() throws IOException {
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, MESSY);
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "deck: bad\ncards:\n  - type: basic\n    front: A\n");
        CliRun.Result r = run("fmt", "--assign-ids", bad.toString(), tmp.resolve("none.yaml").toString(), tmp.toString(),
                good.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("bad.yaml:3:5").contains("none.yaml: no such file").contains("is a directory")
                .doesNotContain("Exception");
        assertThat(Files.readString(bad)).isEqualTo("deck: bad\ncards:\n  - type: basic\n    front: A\n");
        assertThat(load(good).notes()).allSatisfy(n -> assertThat(n.info().id()).isNotNull());
    }

    @Test
    void usage() {
        assertThat(run("fmt", "x.yaml").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("fmt", "--assign-ids").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
