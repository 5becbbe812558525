package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import cuecard.deck.CardType;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.ReviewDecisionsFile;
import cuecard.deckfile.ReviewedDeck;
import cuecard.generate.Generator;
import cuecard.generate.InputText;
import cuecard.generate.Proposal;
import cuecard.generate.Proposals;
import cuecard.generate.review.Decision;
import cuecard.generate.review.Decisions;
import cuecard.generate.review.ProposalReview;
import cuecard.study.Messages;
import cuecard.study.TextLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review of generated proposals on a virtual terminal, and what it writes. */
class ReviewAppTest {

    private static final Path FIXTURES = Path.of("src/test/resources/generate");

    @TempDir
    Path tmp;

    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    private final List<String> edits = new ArrayList<>();
    private EditorLaunch editor = (file, line) -> edits.add(file + ":" + line);
    private Proposals proposals;
    private ReviewApp app;

    private static Proposals generate(String name) {
        try {
            Path f = FIXTURES.resolve(name);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            return Proposals.of(List.of(new InputText(Generator.refFor(name), name, text)), Generator.Settings.defaults(),
                    Generator.Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReviewApp open(String fixture, Decisions earlier, Messages.Lang lang, boolean color) {
        proposals = generate(fixture);
        ProposalReview review = new ProposalReview(proposals.proposed(), proposals.rejected(), earlier);
        try {
            app = new ReviewApp(terminal, new ReviewApp.Setup(review, proposals.deck().id(), proposals.deck().sources(),
                    new Messages(lang), color, (file, line) -> editor.edit(file, line)));
            app.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return app;
    }

    private ReviewApp open() {
        return open("interview-en.md", Decisions.none(), Messages.Lang.EN, true);
    }

    private String keys(String... keys) {
        Headless.feed(terminal, keys);
        try {
            app.processInput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Headless.screen(terminal);
    }

    private String screen() {
        return Headless.screen(terminal);
    }

    private int total() {
        return proposals.proposed().size();
    }

    private Deck load(Path file) {
        DeckResult r = DeckLoader.load(file);
        assertThat(r.problems()).as("problems of %s", file).isEmpty();
        return ((DeckResult.Ok) r).deck();
    }

    private ReviewedDeck.Written write(Path deck) throws Exception {
        return ReviewedDeck.write(deck, proposals.deck(), app.review());
    }

    @Test
    void theFirstProposalIsShownAsStudiedBesideItsSource() {
        open();
        String first = screen();
        assertThat(Headless.row(terminal, 0)).contains("Review proposed cards").contains("1 of " + total() + " · 0 kept · 0 dropped");
        Proposal shown = proposals.proposed().get(0);
        Note card = shown.card();
        String prompt = cuecard.deck.Card.of("d", card).get(0).prompt();
        String sentence = shown.origin().passage().substring(shown.origin().start(), shown.origin().end()).strip();
        assertThat(first).contains("[not decided]").contains("Type: " + card.type().yamlName())
                .contains(prompt.substring(0, Math.min(40, prompt.length())))
                .contains("Source: interview-en.md:" + shown.origin().line())
                .contains("▶ " + sentence.substring(0, Math.min(40, sentence.length())));
        if (shown.origin().speaker() != null) {
            assertThat(first).contains("Speaker: " + shown.origin().speaker());
        }
        if (card instanceof Note.Choice c) {
            assertThat(first).contains("✓ 1. " + c.answer());
        } else {
            assertThat(first).contains("Answer: ");
        }
        assertThat(Headless.row(terminal, 23)).contains("k/Enter keep").contains("q write");
    }

    @Test
    void keepDropAndGoingBackToChangeADecision() {
        open();
        keys("k", "<Enter>", "d");
        assertThat(Headless.row(terminal, 0)).contains("4 of " + total() + " · 2 kept · 1 dropped");
        keys("<Left>");
        assertThat(screen()).contains("3 of " + total()).contains("[dropped]");
        keys("k");
        assertThat(Headless.row(terminal, 0)).contains("4 of " + total() + " · 3 kept · 0 dropped");
        keys("h", "h", "l");
        assertThat(screen()).contains("3 of ").contains("[kept]");
        assertThat(app.review().decisions().of(proposals.proposed().get(2).id())).contains(Decision.KEPT);
    }

    @Test
    void writingANewDeckGivesACompleteDeckOfTheKeptCardsThatLintsClean() throws Exception {
        open();
        keys("k", "k", "d", "q");
        assertThat(app.outcome()).contains(ReviewApp.Outcome.WRITE);
        Path file = tmp.resolve("deep-sea.yaml");
        ReviewedDeck.Written w = write(file);
        assertThat(w.created()).isTrue();
        Deck deck = load(file);
        assertThat(deck.id()).isEqualTo("interview-en");
        assertThat(deck.title()).isEqualTo("Ten Years Under the Sea: an interview with Maya Lindqvist");
        assertThat(deck.language()).isEqualTo("en");
        assertThat(deck.sources()).extracting(s -> s.id()).containsExactly("interview-en");
        assertThat(deck.notes()).hasSize(2);
        List<String> kept = List.of(proposals.proposed().get(0).card().identityText(), proposals.proposed().get(1).card().identityText());
        assertThat(deck.notes()).extracting(Note::identityText).containsExactlyInAnyOrderElementsOf(kept);
        Decisions decided = ReviewDecisionsFile.read(ReviewDecisionsFile.beside(file)).decisions();
        assertThat(decided.size()).isEqualTo(3);
        assertThat(decided.of(proposals.proposed().get(2).id())).contains(Decision.DROPPED);
    }

    @Test
    void anExistingDeckGainsTheKeptCardsAtItsEndWithItsOwnTextUnchanged() throws Exception {
        String original = """
                # my own deck, written by hand
                deck: mine
                title: Mine   # a comment after the title
                sources:
                  - id: interview-en
                    title: Ten years
                cards:
                  -   type: basic      # odd spacing, kept
                      front: 'Single quoted?'
                      back: "yes"

                  -   type: basic
                      front: Second
                      back: card
                # trailing comment
                """;
        Path file = tmp.resolve("mine.yaml");
        Files.writeString(file, original);
        open();
        keys("k", "d", "k", "q");
        write(file);
        String after = Files.readString(file);
        int lastCard = original.indexOf("back: card") + "back: card".length();
        assertThat(after).startsWith(original.substring(0, lastCard)).endsWith("# trailing comment\n");
        Deck deck = load(file);
        assertThat(deck.notes()).hasSize(4);
        assertThat(deck.notes().get(0).identityText()).isEqualTo("Single quoted?");
        assertThat(after.substring(lastCard)).contains("\n\n  -   type: ").as("the deck's own style: blank lines, keys at column 6");

        // the same cards again (decisions file deleted): nothing added, the file untouched
        Files.delete(ReviewDecisionsFile.beside(file));
        open();
        keys("k", "d", "k", "q");
        ReviewedDeck.Written again = write(file);
        assertThat(again.added()).isEmpty();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo(after);
    }

    @Test
    void anExistingDeckWithoutTheSourceGetsItListedAndLintsClean() throws Exception {
        String original = "deck: bare\ncards:\n  - type: basic\n    front: A\n    back: B\n";
        Path file = tmp.resolve("bare.yaml");
        Files.writeString(file, original);
        open();
        keys("k", "q");
        write(file);
        String after = Files.readString(file);
        assertThat(after).startsWith("deck: bare\nsources:\n  - id: interview-en\n")
                .contains("cards:\n  - type: basic\n    front: A\n    back: B\n");
        assertThat(load(file).notes()).hasSize(2);
    }

    @Test
    void theDecisionFileMakesASecondRunAskNothingNew() throws Exception {
        open();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < total(); i++) {
            all.add(i % 3 == 2 ? "d" : "k");
        }
        keys(all.toArray(String[]::new));
        assertThat(screen()).contains("All " + total() + " proposals decided");
        keys("q");
        Path file = tmp.resolve("deck.yaml");
        write(file);
        String deck = Files.readString(file);
        String decisions = Files.readString(ReviewDecisionsFile.beside(file));
        assertThat(decisions).startsWith("# Decisions of `cuecard generate --review` for deck.yaml").contains("version: 1")
                .contains(": dropped  # ");

        Decisions earlier = ReviewDecisionsFile.read(ReviewDecisionsFile.beside(file)).decisions();
        open("interview-en.md", earlier, Messages.Lang.EN, true);
        assertThat(app.review().items()).isEmpty();
        assertThat(screen()).contains("Nothing new to review: " + total() + " proposals were decided before.");
        keys("q");
        write(file);
        assertThat(Files.readString(file)).isEqualTo(deck);
        assertThat(Files.readString(ReviewDecisionsFile.beside(file))).isEqualTo(decisions);
    }

    @Test
    void aDroppedProposalStaysDroppedWhenOnlySomeWereDecided() throws Exception {
        open();
        keys("d", "k", "q");
        Path file = tmp.resolve("deck.yaml");
        write(file);
        open("interview-en.md", ReviewDecisionsFile.read(ReviewDecisionsFile.beside(file)).decisions(), Messages.Lang.EN, true);
        assertThat(app.review().items()).hasSize(total() - 2);
        assertThat(app.review().items()).extracting(i -> i.proposal().id())
                .doesNotContain(proposals.proposed().get(0).id(), proposals.proposed().get(1).id());
        assertThat(Headless.row(terminal, 0)).contains("1 of " + (total() - 2));
    }

    @Test
    void editingACardReopensWithTheErrorsUntilItIsValid() throws Exception {
        List<String> seen = new ArrayList<>();
        editor = (file, line) -> {
            String text = Files.readString(file);
            seen.add(text);
            String card = seen.size() == 1 ? "  - type: chioce\n    question: Edited?\n    answer: Yes\n"
                    : "  - type: typed\n    question: Edited?\n    answer: Yes\n";
            Files.writeString(file, text.substring(0, text.indexOf("cards:\n") + 7) + card);
        };
        open();
        keys("e");
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).startsWith(CardEdit.INTRO)
                .contains("cards:\n  - type: " + proposals.proposed().get(0).card().type().yamlName());
        assertThat(seen.get(1)).startsWith("# cuecard: this deck has 1 error.").contains("chioce");
        assertThat(Headless.row(terminal, 0)).contains("2 of " + total() + " · 1 kept");
        keys("<Left>");
        assertThat(screen()).contains("[kept] [edited]").contains("Type: typed");
        keys("q");
        Path file = tmp.resolve("deck.yaml");
        write(file);
        assertThat(load(file).notes()).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(CardType.TYPED);
            assertThat(n.identityText()).isEqualTo("Edited?");
        });
    }

    @Test
    void editingRunsTheEditorCommandFromTheEnvironment() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path script = tmp.resolve("fake-editor");
        // the last argument is the file; the card becomes a typed one asking something else
        Files.writeString(script, "#!/bin/sh\nfor f; do :; done\nprintf 'cards:\\n  - type: typed\\n    question: From the script?\\n"
                + "    answer: Indeed\\n' > \"$f\"\n");
        Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        editor = EditorLaunch.fromEnvironment(java.util.Map.of("VISUAL", script.toString()));
        open();
        keys("e");
        keys("<Left>");
        assertThat(screen()).contains("[kept] [edited]").contains("Type: typed").contains("From the script?").contains("Answer: Indeed");
    }

    @Test
    void anEditLeftUnchangedIsAbandoned() {
        open();
        keys("e");
        assertThat(edits).hasSize(1);
        assertThat(screen()).contains("Edit abandoned").contains("[not decided]");
        assertThat(Headless.row(terminal, 0)).contains("1 of ");
    }

    @Test
    void theTypeChangesAmongThoseTheFactAllows() throws Exception {
        open();
        List<CardType> types = proposals.proposed().get(0).types();
        assertThat(types).hasSizeGreaterThan(1);
        keys("t");
        assertThat(screen()).contains("Type: " + types.get(1).yamlName()).contains("Now a " + types.get(1).yamlName() + " card");
        keys("k", "q");
        Path file = tmp.resolve("deck.yaml");
        write(file);
        assertThat(load(file).notes()).singleElement().satisfies(n -> assertThat(n.type()).isEqualTo(types.get(1)));
    }

    @Test
    void aTurnAllowsOnlyItsOwnType() {
        open();
        int turn = 0;
        while (!proposals.proposed().get(turn).id().startsWith("turn-")) {
            turn++;
        }
        assertThat(proposals.proposed().get(turn).types()).containsExactly(CardType.BASIC);
        for (int i = 0; i < turn; i++) {
            keys("l");
        }
        keys("t");
        assertThat(screen()).contains("This fact allows no other type").contains("Type: basic");
    }

    @Test
    void aRejectedCandidateIsShownWithItsGateAndCanBeRescued() throws Exception {
        open();
        String list = keys("r");
        assertThat(list).contains("Rejected candidates (" + proposals.rejected().size() + ")").contains("↑↓ choose  Enter rescue");
        int index = 0;
        while (proposals.rejected().get(index).gate() == null) {
            index++;
        }
        for (int i = 0; i < index; i++) {
            keys("<Down>");
        }
        Proposal gated = proposals.rejected().get(index);
        assertThat(screen()).contains("gate " + gated.gate() + ": " + gated.reason().substring(0, 20));
        String rescued = proposals.rejected().get(index).id();
        keys("<Enter>");
        assertThat(Headless.row(terminal, 0)).contains((total() + 1) + " of " + (total() + 1) + " · 1 kept");
        assertThat(screen()).contains("[kept] [rescued]").contains("Rescued and kept");
        assertThat(app.review().rejected()).extracting(p -> p.id()).doesNotContain(rescued);
        keys("q");
        Path file = tmp.resolve("deck.yaml");
        write(file);
        assertThat(load(file).notes()).hasSize(1);
        assertThat(ReviewDecisionsFile.read(ReviewDecisionsFile.beside(file)).decisions().of(rescued)).contains(Decision.KEPT);
    }

    @Test
    void ctrlCLeavesWithoutWritingOnlyAfterYes() {
        open();
        keys("k", "<C-c>");
        assertThat(screen()).contains("Leave without writing?");
        keys("n");
        assertThat(app.outcome()).isEmpty();
        assertThat(screen()).doesNotContain("Leave without writing?");
        keys("<C-c>", "y");
        assertThat(app.outcome()).contains(ReviewApp.Outcome.CANCEL);
    }

    @Test
    void theKeysAreListedOnQuestionMark() {
        open();
        assertThat(keys("?")).contains("Keys").contains("t  change its type").contains("Ctrl-C  leave without writing");
        assertThat(keys("x")).contains("[not decided]");
    }

    @Test
    void aTextWithNothingToAskSaysSoAndStillOffersTheRejected() throws Exception {
        proposals = Proposals.of(List.of(new InputText("empty", "empty.md", "Hello there. Nice weather today, isn't it?\n")),
                Generator.Settings.defaults(), Generator.Progress.NONE);
        ProposalReview review = new ProposalReview(proposals.proposed(), proposals.rejected(), Decisions.none());
        app = new ReviewApp(terminal, new ReviewApp.Setup(review, "empty", List.of(), Messages.english(), true, editor));
        app.start();
        assertThat(screen()).contains("The generator proposed no cards from this text").contains("0 of 0");
        assertThat(keys("r")).contains("Rejected candidates (" + proposals.rejected().size() + ")");
        keys("<Esc>", "q");
        assertThat(app.outcome()).contains(ReviewApp.Outcome.WRITE);
        assertThat(ReviewedDeck.write(tmp.resolve("none.yaml"), proposals.deck(), review).added()).isEmpty();
        assertThat(tmp.resolve("none.yaml")).doesNotExist();
    }

    @Test
    void chineseInMonochromeWrapsWithinTheScreen() {
        open("interview-zh-hans.md", Decisions.none(), Messages.Lang.ZH, false);
        String s = screen();
        assertThat(Headless.row(terminal, 0)).contains("审阅候选卡片").contains("第 1 张，共 " + total() + " 张 · 保留 0 · 舍弃 0");
        assertThat(s).contains("未决定").contains("出处：").contains("k/Enter 保留");
        assertThat(Headless.anyColour(terminal)).isFalse();
        for (int r = 0; r < 24; r++) {
            assertThat(TextLayout.width(Headless.row(terminal, r))).as("row %d", r).isLessThanOrEqualTo(80);
        }
        keys("d");
        assertThat(Headless.row(terminal, 0)).contains("舍弃 1");
    }
}
