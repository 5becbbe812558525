package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.review.AnswerKind;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.study.ChoiceOrder;
import cuecard.study.Fixtures;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import cuecard.study.TextLayout;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyAppTest {

    private final Deck english = Fixtures.englishDeck();
    private final Deck chinese = Fixtures.chineseDeck();

    private static SessionSettings review(String title) {
        return SessionSettings.review(title, ZoneOffset.UTC);
    }

    /** The English deck with only the given note. */
    private Deck only(Note note) {
        return new Deck(english.id(), "One card", "en", null, List.of(), english.sources(), List.of(note), Location.of("one.yaml"));
    }

    private Headless study(Deck deck) {
        return new Headless(80, 24).open(List.of(deck), false, review(deck.title()));
    }

    @Test
    void aBasicCardIsRevealedAndRatedWithItsIntervalsOnTheButtons() {
        Headless h = study(english);
        assertThat(h.row(0)).contains("English sample").contains("review").contains("new 5 · learn 0 · due 0");
        assertThat(h.row(1)).as("one deck: no deck line").isBlank();
        assertThat(h.screen()).contains("Who measured the forgetting curve?").doesNotContain("Hermann Ebbinghaus");
        assertThat(h.row(23)).contains("Space/Enter show answer");
        h.keys(" ");
        assertThat(h.screen()).contains("Hermann Ebbinghaus");
        assertThat(h.row(21)).contains("[1 Again 1 min]").contains("[2 Hard 1 d]").contains("[3 Good 3 d]").contains("[4 Easy 7 d]");
        h.keys("3");
        assertThat(h.progress.log).singleElement().satisfies(r -> {
            assertThat(r.rating()).isEqualTo(Rating.GOOD);
            assertThat(r.key().cardId()).isEqualTo("ebbinghaus");
        });
        assertThat(h.screen()).contains("How many parameters does FSRS-6 have?");
        assertThat(h.row(0)).as("what is left today, not a moving fraction").contains("new 4 · learn 0 · due 0");
    }

    @Test
    void aChoiceCardNumbersItsOptionsAndMarksTheRightOne() {
        Headless h = study(only(english.notes().get(1)));
        ChoiceOrder order = h.app.session().orElseThrow().current().orElseThrow().choices();
        for (int i = 0; i < 4; i++) {
            assertThat(h.screen()).contains((i + 1) + ". " + order.options().get(i));
        }
        int wrong = (order.correct() + 1) % 4;
        h.keys(String.valueOf(wrong + 1));
        assertThat(h.screen()).contains("✓ " + (order.correct() + 1) + ". 21").contains("✗ Wrong").contains("FSRS-5 had 19.");
        assertThat(h.progress.log).as("recorded when moving on").isEmpty();
        h.keys("4"); // a wrong answer cannot be rated Easy
        h.keys("<Enter>");
        assertThat(h.progress.log).singleElement().satisfies(r -> {
            assertThat(r.rating()).isEqualTo(Rating.AGAIN);
            assertThat(r.correct()).isFalse();
            assertThat(r.answer()).isEqualTo(AnswerKind.CHOICE);
        });
    }

    @Test
    void aRightChoiceCanBeRatedEasyBeforeMovingOn() {
        Headless h = study(only(english.notes().get(1)));
        ChoiceOrder order = h.app.session().orElseThrow().current().orElseThrow().choices();
        h.keys(String.valueOf(order.correct() + 1));
        assertThat(h.screen()).contains("✓ Right");
        h.keys("4");
        assertThat(h.screen()).contains("Rating: Easy");
        h.keys(" ");
        assertThat(h.progress.log.get(0).rating()).isEqualTo(Rating.EASY);
    }

    @Test
    void aTypedCardTakesAnyTextIncludingLettersThatAreKeysElsewhere() {
        Headless h = study(only(english.notes().get(2)));
        assertThat(h.row(23)).contains("type the answer");
        h.keys("ninety pxrcent");
        assertThat(h.screen()).contains("> ninety pxrcent");
        assertThat(h.progress.log).isEmpty();
        assertThat(h.app.session().orElseThrow().finished()).as("q typed as text does not quit").isFalse();
        h.keys("<Backspace>", "<Backspace>", "<Backspace>", "<Backspace>", "<Backspace>", "<Backspace>", "<Backspace>",
                "percent", "<Enter>");
        assertThat(h.screen()).contains("✓ Right").contains("Answer: 90%");
        h.keys("<Enter>");
        assertThat(h.progress.log.get(0).correct()).isTrue();
        assertThat(h.progress.log.get(0).answer()).isEqualTo(AnswerKind.TYPED);
    }

    @Test
    void aNearMissShowsWhatDiffersAndCanBeOverruled() {
        Headless h = study(chinese);
        h.keys(" ", "3");
        assertThat(h.screen()).contains("ChatGPT 是哪一天发布的？");
        h.keys("2022年11月20日", "<Enter>");
        assertThat(h.screen()).contains("差一点".equals("") ? "" : "Almost").contains("you wrote 20, the answer has 30");
        h.keys("o");
        assertThat(h.screen()).contains("Counted as right");
        h.keys("<Enter>");
        Review r = h.progress.log.get(1);
        assertThat(r.correct()).isTrue();
        assertThat(r.rating()).isEqualTo(Rating.GOOD);
    }

    @Test
    void escapeLeavesTheInputLineForCommands() {
        Headless h = study(only(english.notes().get(2)));
        h.keys("<Esc>");
        assertThat(h.row(23)).contains("back to typing");
        h.keys("b");
        assertThat(h.progress.buriedUntil(english.cards().get(2).key())).isPresent();
    }

    @Test
    void trueFalseWithTAndF() {
        Headless h = study(only(english.notes().get(3)));
        assertThat(h.screen()).contains("t True    f False");
        h.keys("t");
        assertThat(h.screen()).contains("✓ Right");
        h.keys("<Enter>");
        assertThat(h.progress.log.get(0).answer()).isEqualTo(AnswerKind.TRUE_FALSE);
        assertThat(h.screen()).contains("you have finished for today").contains("Cards answered: 1");
    }

    @Test
    void clozeShowsTheGapThenTheAnswer() {
        Headless h = study(only(english.notes().get(4)));
        assertThat(h.screen()).contains("SM-2 was written in [...]").doesNotContain("1987");
        h.keys("<Enter>");
        assertThat(h.screen()).contains("1987");
    }

    @Test
    void undoBuryAndSuspendWhichAsksFirst() {
        Headless h = study(english);
        h.keys(" ", "4");
        assertThat(h.progress.log).hasSize(1);
        h.keys("u");
        assertThat(h.progress.log).isEmpty();
        assertThat(h.screen()).contains("Undid the last answer").contains("Who measured the forgetting curve?");
        h.keys("b");
        assertThat(h.screen()).contains("Buried until tomorrow");
        assertThat(h.progress.buriedUntil(english.cards().get(0).key())).isPresent();
        h.keys("s");
        assertThat(h.screen()).contains("Suspend this card? y/n");
        h.keys("n");
        assertThat(h.progress.suspended(english.cards().get(1).key())).isFalse();
        h.keys("s", "y");
        assertThat(h.progress.suspended(english.cards().get(1).key())).isTrue();
        assertThat(h.screen()).contains("Suspended").contains("Default desired retention");
    }

    @Test
    void ctrlCLeavesAtOnceKeepingACheckedAnswer() {
        Headless h = study(only(english.notes().get(3)));
        h.keys("t");
        h.terminal.addInput(new com.googlecode.lanterna.input.KeyStroke('c', true, false));
        h.keys();
        assertThat(h.app.done()).isTrue();
        assertThat(h.progress.log).hasSize(1);
    }

    @Test
    void editOpensTheFileAtTheCardsLineAndReloads() {
        Headless h = study(english);
        h.decks = List.of(new Deck(english.id(), english.title(), "en", null, List.of(), List.of(),
                List.of(new Note.Basic(english.notes().get(0).info(), "Who FIRST measured forgetting?", "Ebbinghaus", false)),
                english.location()));
        h.keys("e");
        assertThat(h.edits).containsExactly("fixture.yaml:10");
        assertThat(h.screen()).contains("Who FIRST measured forgetting?").contains("Card reloaded");
    }

    @Test
    void anEditThatBreaksTheFileShowsTheErrorAndKeepsTheCard() {
        Headless h = study(english);
        h.reloadErrors = List.of("fixture.yaml:10:5: error: `front` is missing");
        h.keys("e");
        assertThat(h.screen()).contains("fixture.yaml:10:5: error: `front` is missing")
                .contains("Who measured the forgetting curve?");
        h.keys(" ", "3");
        assertThat(h.progress.log).hasSize(1);
    }

    @Test
    void sourceAndHelpOverlays() {
        Headless h = study(only(english.notes().get(1)));
        h.keys("i");
        assertThat(h.screen()).contains("File: fixture.yaml:20:5").contains("FSRS notes · cuecard developers · 2026-11-01 · #3");
        h.keys("x");
        assertThat(h.screen()).contains("How many parameters");
        h.keys("?");
        assertThat(h.screen()).contains("Keys").contains("u undo");
        h.keys("x", "q");
        assertThat(h.screen()).contains("Session finished");
        assertThat(h.app.done()).isFalse();
        h.keys("q");
        assertThat(h.app.done()).isTrue();
    }

    @Test
    void theDeckPickerListsDecksAndStudiesOneOrAll() {
        Headless h = new Headless(80, 24).open(List.of(english, chinese), true, review("x"));
        assertThat(h.screen()).contains("English sample").contains("中文示例").contains("never");
        assertThat(h.row(3)).contains("›").contains("English sample").contains("   5 ");
        h.keys("<Down>");
        assertThat(h.row(4)).contains("›");
        h.keys("<Enter>");
        assertThat(h.row(0)).contains("中文示例");
        assertThat(h.screen()).contains("中国的首都是哪座城市？");
        h.keys(" ", "3", "<Esc>", "q");
        assertThat(h.screen()).contains("Session finished").contains("Cards answered: 1");
        h.keys("<Enter>");
        assertThat(h.screen()).contains("Decks");
        assertThat(h.row(4)).contains("2026-11-23 09:00");
        h.keys("?");
        assertThat(h.screen()).contains("Keys").contains("a all due").doesNotContain("English sample");
        h.keys("x");
        assertThat(h.screen()).contains("English sample");
        h.keys("a");
        assertThat(h.row(0)).as("the test queue takes every card of both decks").contains("all decks").contains("new 8");
        assertThat(h.row(1)).as("which deck the card is from").contains("English sample");
    }

    @Test
    void chineseTakesTwoColumnsAndTheUiSpeaksChinese() {
        Headless h = new Headless(80, 24).open(List.of(chinese), false, review("中文示例"), Messages.Lang.ZH, true);
        assertThat(h.row(23)).contains("显示答案");
        int row = findRow(h, "中国的首都");
        assertThat(h.terminal.getCharacter(1, row).getCharacterString()).isEqualTo("中");
        assertThat(h.terminal.getCharacter(3, row).getCharacterString()).isEqualTo("国");
        h.keys(" ");
        assertThat(h.row(21)).contains("重来").contains("良好");
    }

    @Test
    void longCardsWrapWithoutClosingPunctuationAtALineStartAndScroll() {
        String longText = "这是一个很长的问题，".repeat(40) + "结束。";
        Headless h = new Headless(40, 12).open(List.of(only(new Note.Basic(Fixtures.info("long", 1), longText, "答", false))),
                false, review("long"));
        for (int r = 2; r < 7; r++) {
            String row = h.row(r).strip();
            if (!row.isEmpty()) {
                assertThat(TextLayout.isClosing(row.codePointAt(0))).as(row).isFalse();
            }
        }
        assertThat(h.screen()).contains("▼ more").doesNotContain("结束。");
        for (int i = 0; i < 20; i++) {
            h.keys("<PgDn>");
        }
        assertThat(h.screen()).contains("结束。").doesNotContain("▼ more");
    }

    @Test
    void resizingRedrawsAtTheNewSize() {
        Headless h = study(english);
        h.terminal.setTerminalSize(new TerminalSize(100, 30));
        h.keys();
        assertThat(h.row(29)).contains("Space/Enter show answer");
        h.terminal.setTerminalSize(new TerminalSize(60, 20));
        h.keys();
        assertThat(h.row(19)).startsWith("Space/Enter");
        assertThat(h.screen()).contains("Who measured the forgetting curve?");
        h.terminal.setTerminalSize(new TerminalSize(16, 5));
        h.keys(" ", "<PgDn>", "3", "?", "x", "i", "x");
        assertThat(h.progress.log).as("still usable, if cramped").hasSize(1);
        Headless picker = new Headless(12, 4).open(List.of(english, chinese), true, review("x"));
        picker.keys("<Down>", "<Down>", "?", "x", "<Enter>");
        assertThat(picker.app.session()).isPresent();
    }

    @Test
    void noColorDrawsInMonochrome() {
        Headless mono = new Headless(80, 24).open(List.of(english), false, review("x"), Messages.Lang.EN, false);
        mono.keys(" ");
        assertThat(mono.anyColour()).isFalse();
        assertThat(mono.anyReverse()).isTrue();
        Headless colour = study(english);
        colour.keys(" ");
        assertThat(colour.anyColour()).isTrue();
    }

    @Test
    void cramAndExamModes() {
        Headless cram = new Headless(80, 24).open(List.of(english), false, review("x").withMode(Mode.CRAM));
        assertThat(cram.row(0)).contains("cram");
        cram.keys(" ");
        assertThat(cram.row(21)).contains("[3 Good]").doesNotContain(" d]");
        cram.keys("3");
        assertThat(cram.progress.log.get(0).mode()).isEqualTo(Mode.CRAM);
        assertThat(cram.progress.known(english.cards().get(0).key())).isFalse();

        Headless exam = new Headless(80, 24).open(List.of(english), false, review("x").withExam(2, Duration.ofMinutes(10)));
        assertThat(exam.row(0)).contains("exam").contains("0/2").contains("⏱ 10:00");
        for (int i = 0; i < 2; i++) {
            exam.keys(" ", "3");
            Card c = exam.app.session().orElseThrow().current().map(x -> x.card()).orElse(null);
            if (c != null && c.note() instanceof Note.TrueFalse) {
                exam.keys("t", "<Enter>");
            } else if (c != null && c.note() instanceof Note.Typed) {
                exam.keys("90", "<Enter>", "<Enter>");
            } else if (c != null && c.note() instanceof Note.Choice) {
                exam.keys("1", "<Enter>");
            }
        }
        assertThat(exam.screen()).contains("Score:");
        assertThat(exam.progress.log).hasSize(2).allSatisfy(r -> assertThat(r.mode()).isEqualTo(Mode.EXAM));
    }

    @Test
    void withTheRealQueueAndFsrs() {
        Headless h = new Headless(80, 24);
        h.open(List.of(english), false, review(english.title()), Messages.Lang.EN, true,
                cuecard.study.DeckSchedulers.all(new cuecard.schedule.Fsrs(cuecard.schedule.FsrsSettings.defaults())),
                cards -> new cuecard.schedule.StudyQueue(cards, h.progress, cuecard.schedule.QueueSettings.defaults(), ZoneOffset.UTC));
        assertThat(h.screen()).contains("Who measured the forgetting curve?");
        h.keys(" ");
        assertThat(h.row(21)).contains("[1 Again 1 min]").contains("[3 Good 10 min]").contains("[4 Easy");
        h.keys("4");
        Review r = h.progress.log.get(0);
        assertThat(r.after().phase()).isEqualTo(cuecard.review.Phase.REVIEW);
        assertThat(r.after().due()).isAfter(Fixtures.T0.plus(Duration.ofDays(1)));
        assertThat(h.screen()).doesNotContain("Who measured the forgetting curve?");
    }

    @Test
    void thePickersColumnsLineUpInBothLanguages() {
        for (Messages.Lang lang : Messages.Lang.values()) {
            Headless h = new Headless(80, 24).open(List.of(english, chinese), true, review("x"), lang, true);
            String header = h.row(2);
            String row = h.row(3);
            // the total column: the header's title ends where the row's number ends (by display columns)
            String total = new Messages(lang).get(Messages.Text.COL_TOTAL);
            int headerEnd = TextLayout.width(header.substring(0, header.indexOf(total) + total.length()));
            java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("\\d+").matcher(row);
            for (int i = 0; i < 4; i++) {
                assertThat(numbers.find()).isTrue(); // new, learning, due, total
            }
            int rowEnd = TextLayout.width(row.substring(0, numbers.end()));
            assertThat(headerEnd).as(lang + "\n" + header + "\n" + row).isEqualTo(rowEnd);
        }
    }

    private static int findRow(Headless h, String text) {
        for (int r = 0; r < 24; r++) {
            if (h.row(r).contains(text)) {
                return r;
            }
        }
        throw new AssertionError(text + " not on screen:\n" + h.screen());
    }
}
