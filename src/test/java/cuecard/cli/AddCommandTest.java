package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {

    @TempDir
    Path tmp;

    private CliRun.Result run(String... args) {
        return CliRun.withHome(tmp).run(args);
    }

    private Path deck(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Deck load(Path p) {
        DeckResult r = DeckLoader.load(p);
        assertThat(r).as("%s", r.problems()).isInstanceOf(DeckResult.Ok.class);
        return ((DeckResult.Ok) r).deck();
    }

    private static Note last(Deck d) {
        return d.notes().get(d.notes().size() - 1);
    }

    /** The original text is the new text with one contiguous run of inserted characters removed. */
    private static String inserted(String original, String updated) {
        int prefix = 0;
        while (prefix < original.length() && original.charAt(prefix) == updated.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < original.length() - prefix
                && original.charAt(original.length() - 1 - suffix) == updated.charAt(updated.length() - 1 - suffix)) {
            suffix++;
        }
        assertThat(prefix + suffix).as("the original text is kept whole").isEqualTo(original.length());
        return updated.substring(prefix, updated.length() - suffix);
    }

    @Test
    void appendsToTheBundledDeckWithoutTouchingItsText() throws IOException {
        String original = Files.readString(Path.of("decks/spaced-repetition.yaml"));
        Path p = deck("sr.yaml", original);
        int before = load(p).notes().size();
        CliRun.Result r = run("add", p.toString(), "--type", "basic", "--front", "What does FSRS stand for?",
                "--back", "Free Spaced Repetition Scheduler", "--id", "fsrs-name", "--tags", "fsrs, names");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Added spaced-repetition/fsrs-name");
        String added = inserted(original, Files.readString(p));
        assertThat(added.strip()).isEqualTo("- type: basic\n    id: fsrs-name\n    front: What does FSRS stand for?\n"
                + "    back: Free Spaced Repetition Scheduler\n    tags: [fsrs, names]");
        assertThat(Files.readString(p)).contains("\n\n  - type: basic\n    id: fsrs-name\n");
        Deck d = load(p);
        assertThat(d.notes()).hasSize(before + 1);
        assertThat(last(d)).isInstanceOfSatisfying(Note.Basic.class, b -> {
            assertThat(b.front()).isEqualTo("What does FSRS stand for?");
            assertThat(b.info().tags()).containsExactly("fsrs", "names");
        });
    }

    @Test
    void matchesTheIndentationOfTheCardsList() throws IOException {
        Path p = deck("d.yaml", "deck: d\ncards:\n- type: basic\n  front: A\n  back: B\n# trailing comment\n");
        assertThat(run("add", p.toString(), "--type", "typed", "--question", "Q", "--answer", "9").exitCode()).isZero();
        assertThat(Files.readString(p)).isEqualTo("deck: d\ncards:\n- type: basic\n  front: A\n  back: B\n"
                + "- type: typed\n  id: " + last(load(p)).info().id() + "\n  question: Q\n  answer: \"9\"\n# trailing comment\n");
    }

    @Test
    void wideIndentationAndNoFinalLineBreak() throws IOException {
        Path p = deck("d.yaml", "deck: d\ncards:\n    -   type: basic\n        front: A\n        back: B");
        assertThat(run("add", p.toString(), "--type", "truefalse", "--statement", "S", "--answer", "false").exitCode()).isZero();
        assertThat(Files.readString(p)).endsWith("back: B\n    -   type: truefalse\n        id: " + last(load(p)).info().id()
                + "\n        statement: S\n        answer: false\n");
        assertThat(last(load(p))).isInstanceOf(Note.TrueFalse.class);
    }

    @Test
    void flowListsGetAFlowCard() throws IOException {
        Path empty = deck("e.yaml", "deck: e\ncards: []  # none yet\n");
        assertThat(run("add", empty.toString(), "--type", "cloze", "--text", "The {{sun}} rises").exitCode()).isZero();
        assertThat(Files.readString(empty)).isEqualTo("deck: e\ncards: [{type: cloze, id: " + last(load(empty)).info().id()
                + ", text: \"The {{sun}} rises\"}]  # none yet\n");
        Path some = deck("s.yaml", "deck: s\ncards: [{type: basic, front: A, back: B}]\n");
        assertThat(run("add", some.toString(), "--type", "basic", "--front", "C", "--back", "D").exitCode()).isZero();
        assertThat(load(some).notes()).hasSize(2);
        Path items = deck("i.yaml", "deck: i\ncards:\n  - {type: basic, front: A, back: B}\n");
        assertThat(run("add", items.toString(), "--type", "basic", "--front", "C", "--back", "D").exitCode()).isZero();
        assertThat(Files.readString(items)).endsWith("  - {type: basic, front: A, back: B}\n  - {type: basic, id: " + last(load(items)).info().id()
                + ", front: C, back: D}\n");
    }

    @Test
    void everyTypeAndAwkwardTextRoundTrips() throws IOException {
        Path p = deck("d.yaml", "deck: d\nlanguage: zh-Hans\ncards:\n  - type: basic\n    front: A\n    back: B\n");
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--type", "basic", "--front", "中国的首都？", "--back", "北京", "--reverse"});
        commands.add(new String[] {"--type", "cloze", "--text", "长城位于{{中国::国家}}北部", "--note", "line one\nline two"});
        commands.add(new String[] {"--type", "choice", "--question", "- key: value # not a comment", "--answer", "yes",
            "--distractor", "no", "--distractor", "a, b"});
        commands.add(new String[] {"--type", "typed", "--question", "\"quoted\" and \\ back\tslash", "--answer", "nǐ hǎo",
            "--accept", "ni hao", "--accept", "null"});
        commands.add(new String[] {"--type", "truefalse", "--statement", "熊猫只吃竹子。", "--answer", "true",
            "--note", "  leading spaces\nand more\n"});
        for (String[] c : commands) {
            List<String> args = new ArrayList<>(List.of("add", p.toString()));
            args.addAll(List.of(c));
            CliRun.Result r = run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        Deck d = load(p);
        assertThat(d.notes()).hasSize(6);
        assertThat((Note.Basic) d.notes().get(1)).extracting(Note.Basic::front, Note.Basic::back, Note.Basic::reverse)
                .containsExactly("中国的首都？", "北京", true);
        Note.Cloze cloze = (Note.Cloze) d.notes().get(2);
        assertThat(cloze.text()).isEqualTo("长城位于{{中国::国家}}北部");
        assertThat(cloze.info().explanation()).isEqualTo("line one\nline two");
        Note.Choice choice = (Note.Choice) d.notes().get(3);
        assertThat(choice.question()).isEqualTo("- key: value # not a comment");
        assertThat(choice.answer()).isEqualTo("yes");
        assertThat(choice.distractors()).containsExactly("no", "a, b");
        Note.Typed typed = (Note.Typed) d.notes().get(4);
        assertThat(typed.question()).isEqualTo("\"quoted\" and \\ back\tslash");
        assertThat(typed.accept()).containsExactly("ni hao", "null");
        Note.TrueFalse tf = (Note.TrueFalse) d.notes().get(5);
        assertThat(tf.answer()).isTrue();
        assertThat(tf.info().explanation()).isEqualTo("  leading spaces\nand more\n");
    }

    @Test
    void keepsWindowsLineBreaks() throws IOException {
        Path p = deck("w.yaml", "deck: w\r\ncards:\r\n  - type: basic\r\n    front: A\r\n    back: B\r\n");
        assertThat(run("add", p.toString(), "--type", "basic", "--front", "C", "--back", "D").exitCode()).isZero();
        String text = Files.readString(p);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(load(p).notes()).hasSize(2);
    }

    @Test
    void aCardThatDoesNotFitLeavesTheFileAlone() throws IOException {
        String original = "deck: d\ncards:\n  - type: basic\n    id: one\n    front: A\n    back: B\n";
        Path p = deck("d.yaml", original);
        CliRun.Result dup = run("add", p.toString(), "--type", "basic", "--front", "X", "--back", "Y", "--id", "one");
        assertThat(dup.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(dup.err()).contains("card id `one` is already used").doesNotContain("Exception");
        CliRun.Result same = run("add", p.toString(), "--type", "basic", "--front", "  a ", "--back", "other");
        assertThat(same.exitCode()).isEqualTo(ExitCode.OK);
        CliRun.Result again = run("add", p.toString(), "--type", "basic", "--front", "A", "--back", "other");
        assertThat(again.exitCode()).isEqualTo(ExitCode.FINDINGS);
        CliRun.Result badId = run("add", p.toString(), "--type", "basic", "--front", "Z", "--back", "Y", "--id", "a b");
        assertThat(badId.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(badId.err()).contains("must be a slug");
        assertThat(load(p).notes()).hasSize(2);
    }

    @Test
    void badFlagsAreUsageErrors() throws IOException {
        Path p = deck("d.yaml", "deck: d\ncards: []\n");
        String f = p.toString();
        assertThat(run("add", f, "--type", "basic", "--front", "A").err()).contains("basic cards need --back");
        assertThat(run("add", f, "--type", "basic", "--front", "A").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("add", f, "--type", "basic", "--front", "A", "--back", "B", "--text", "x").err())
                .contains("--text does not apply to basic cards");
        assertThat(run("add", f, "--type", "truefalse", "--statement", "S", "--answer", "maybe").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("add", f, "--type", "flashcard", "--front", "A").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("add", f, "--front", "A", "--back", "B").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("add", f, "--type", "basic", "--front", "A", "--back", "B", "--bogus").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(p)).isEqualTo("deck: d\ncards: []\n");
    }

    @Test
    void missingDirectoryOrBrokenDeckIsBadInput() throws IOException {
        String[] card = {"--type", "basic", "--front", "A", "--back", "B"};
        CliRun.Result missing = run(concat("add", tmp.resolve("none.yaml").toString(), card));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no such file");
        assertThat(run(concat("add", tmp.toString(), card)).err()).contains("is a directory");
        Path broken = deck("b.yaml", "deck: b\ncards:\n  - type: basic\n    front: A\n");
        CliRun.Result r = run(concat("add", broken.toString(), card));
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("b.yaml:3:5").contains("needs `back`").doesNotContain("Exception");
        assertThat(Files.readString(broken)).isEqualTo("deck: b\ncards:\n  - type: basic\n    front: A\n");
    }

    private static String[] concat(String a, String b, String[] rest) {
        List<String> l = new ArrayList<>(List.of(a, b));
        l.addAll(List.of(rest));
        return l.toArray(String[]::new);
    }

    @Test
    void insertsAfterTheLastCardEvenWhenOtherFieldsFollow() throws IOException {
        String original = "deck: d\ncards:\n  - type: cloze\n    text: |\n      Line {{one}}\n      line two\n\n"
                + "# sources come last in this file\nsources:\n  - id: s\n";
        Path p = deck("d.yaml", original);
        assertThat(run("add", p.toString(), "--type", "basic", "--front", "F", "--back", "B").exitCode()).isZero();
        String text = Files.readString(p);
        assertThat(text).isEqualTo("deck: d\ncards:\n  - type: cloze\n    text: |\n      Line {{one}}\n      line two\n"
                + "  - type: basic\n    id: basic-" + idHash("F") + "\n    front: F\n    back: B\n\n# sources come last in this file\nsources:\n  - id: s\n");
        Deck d = load(p);
        assertThat(((Note.Cloze) d.notes().get(0)).text()).isEqualTo("Line {{one}}\nline two\n");
        assertThat(d.sources()).hasSize(1);
    }

    @Test
    void refusesWhenAppendingWouldChangeABlockThatEndsTheFile() throws IOException {
        String original = "deck: d\ncards:\n  - type: typed\n    question: a\n    answer: |\n      a";
        Path p = deck("d.yaml", original);
        CliRun.Result r = run("add", p.toString(), "--type", "basic", "--front", "F", "--back", "B");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("would change the last card's text");
        assertThat(Files.readString(p)).isEqualTo(original);
    }

    private static String idHash(String front) {
        return cuecard.deck.CardIds.derive(cuecard.deck.CardType.BASIC, front).substring("basic-".length());
    }

    /** Issue 18, item 19: the id `add` prints is written into the deck, so lint has no id to ask for. */
    @Test
    void writesTheIdItPrints() throws IOException {
        Path p = deck("d.yaml", "deck: d\ncards:\n  - type: basic\n    id: one\n    front: A\n    back: B\n");
        CliRun.Result r = run("add", p.toString(), "--type", "typed", "--question", "Two?", "--answer", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String printed = r.out().replaceAll("(?s)Added d/(\\S+) at.*", "$1");
        assertThat(printed).startsWith("typed-");
        assertThat(Files.readString(p)).contains("id: " + printed + "\n");
        assertThat(last(load(p)).info().id()).isEqualTo(printed);
        CliRun.Result lint = run("lint", p.toString());
        assertThat(lint.out()).doesNotContain("have no `id`");
    }
}
