package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.schedule.DailyLimits;
import cuecard.schedule.QueueSettings;
import cuecard.schedule.StudiedToday;
import cuecard.schedule.StudyQueue;
import cuecard.study.DeckSchedulers;
import cuecard.study.Fixtures;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The study screens a daily learner relies on (issue 18), headless on a virtual terminal. */
class DailyStudyScreensTest {

    private final Deck english = Fixtures.englishDeck();

    private static SessionSettings review(String title) {
        return SessionSettings.review(title, ZoneOffset.UTC);
    }

    private static Deck basics(String id, String title, int n) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            notes.add(new Note.Basic(Fixtures.info(id + i, i + 1), "Question " + i + " of " + id + "?", "Answer " + i, false));
        }
        return new Deck(id, title, "en", null, List.of(), List.of(), notes, Location.of(id + ".yaml"));
    }

    private Deck only(Note note) {
        return new Deck(english.id(), "One card", "en", null, List.of(), english.sources(), List.of(note), Location.of("one.yaml"));
    }

    /** The picker over decks with the real study queue: 20 new cards a deck, what was studied today from the log. */
    private static Headless pickerWithRealQueue(List<Deck> decks, int cols, int rows) {
        Headless h = new Headless(cols, rows);
        QueueSettings twenty = new QueueSettings(20, 200, 4, 8);
        return h.open(decks, true, review(""), Messages.Lang.EN, true, DeckSchedulers.all(Fixtures.steps()),
                cards -> new StudyQueue(cards, h.progress, twenty, ZoneOffset.UTC,
                        StudiedToday.from(h.progress.log, review("").learningDay(h.clock.instant()), ZoneOffset.UTC, 4),
                        DailyLimits.of(twenty)));
    }

    private static int rowOf(Headless h, String text) {
        for (int r = 0; r < h.terminal.getTerminalSize().getRows(); r++) {
            if (h.row(r).contains(text)) {
                return r;
            }
        }
        throw new AssertionError("no row shows " + text + ":\n" + h.screen());
    }

    @Test
    void thePickerCountsAreWhatEnterGivesAndALimitThatStopsASessionSaysSo() {
        Headless h = pickerWithRealQueue(List.of(basics("history", "History", 26), basics("words", "Words", 26)), 100, 30);
        assertThat(h.row(rowOf(h, "History"))).containsPattern("History\\s+20\\s+0\\s+0\\s+26");
        h.keys("<Enter>");
        assertThat(h.row(0)).contains("new 20 · learn 0 · due 0");
        for (int i = 0; i < 20; i++) {
            h.keys(" ", "3");
        }
        assertThat(h.screen()).contains("Cards answered: 20").contains("new-card limit for today reached: 20");
        h.keys("<Enter>");
        assertThat(h.row(rowOf(h, "History"))).containsPattern("History\\s+0\\s+0\\s+0\\s+26");
        assertThat(h.row(rowOf(h, "Words"))).as("the other deck keeps its own limit").containsPattern("Words\\s+20\\s+0\\s+0\\s+26");
        h.keys("<Down>", "<Enter>");
        assertThat(h.screen()).contains("Question 0 of words?").doesNotContain("Nothing scheduled");
        assertThat(h.row(0)).contains("new 20");
    }

    @Test
    void aFinishedDaySaysSoWithTheNextDueTimeAndOffersCram() {
        Headless h = pickerWithRealQueue(List.of(basics("history", "History", 2)), 80, 24);
        h.keys("<Enter>", " ", "3", " ", "3");
        assertThat(h.screen()).contains("Congratulations: you have finished for today").contains("Next card due: 3 d")
                .contains("c cram");
        h.keys("c");
        assertThat(h.row(0)).contains("cram");
        assertThat(h.screen()).contains("Question 0 of history?");
    }

    @Test
    void suspendThenUndoBringsTheCardBackNotThePreviousAnswer() {
        Headless h = new Headless(80, 24).open(List.of(english), false, review(english.title()));
        h.keys(" ", "3");
        assertThat(h.progress.log).hasSize(1);
        h.keys("s", "y");
        assertThat(h.progress.suspended(english.cards().get(1).key())).isTrue();
        h.keys("<Esc>", "u"); // the next card is a typed one: Esc leaves its input first
        assertThat(h.screen()).contains("Undid the suspension").contains("How many parameters does FSRS-6 have?");
        assertThat(h.progress.suspended(english.cards().get(1).key())).isFalse();
        assertThat(h.progress.log).as("the answer before stays").hasSize(1);
        h.keys("b", "<Esc>", "u");
        assertThat(h.screen()).contains("Undid the burial").contains("How many parameters");
        h.keys("u");
        assertThat(h.progress.log).isEmpty();
        assertThat(h.screen()).contains("Who measured the forgetting curve?");
    }

    @Test
    void escOnTheAnswerCheckScreenLeavesTheInputAndNeverQuits() {
        Headless h = new Headless(80, 24).open(List.of(only(english.notes().get(2))), false, review("One card"));
        h.keys("nine", "<Esc>");
        assertThat(h.row(23)).contains("back to typing");
        h.keys("<Esc>");
        assertThat(h.app.session().orElseThrow().finished()).isFalse();
        assertThat(h.row(23)).contains("type the answer");
        h.keys("ty percent", "<Enter>");
        assertThat(h.screen()).contains("Right");
        h.keys("<Esc>");
        assertThat(h.app.session().orElseThrow().finished()).as("Esc on the check screen").isFalse();
        assertThat(h.screen()).contains("Right");
    }

    @Test
    void afterAWrongAnswerOnlyKeysThatActAreOfferedAndHelpExplainsTheRatings() {
        Headless h = new Headless(80, 24).open(List.of(only(english.notes().get(3))), false, review("One card"));
        h.keys("f");
        assertThat(h.row(23)).contains("Enter next").contains("o I was right").doesNotContain("1-4");
        h.keys("3");
        assertThat(h.screen()).contains("A wrong answer is rated Again");
        h.keys("?");
        assertThat(h.screen()).contains("o I was right").contains("1 Again: forgotten").contains("4 Easy")
                .as("only this screen's keys").doesNotContain("a all due").doesNotContain("back to typing");
    }

    @Test
    void revealingALongCardBringsTheAnswerIntoViewWithMarkersOnTheirOwnRows() {
        StringBuilder front = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            front.append("Line ").append(i).append(" of a long question.\n");
        }
        Headless h = new Headless(80, 24).open(List.of(only(new Note.Basic(Fixtures.info("long", 1),
                front.toString().strip(), "THE ANSWER AT THE END", false))), false, review("One card"));
        int more = rowOf(h, "▼ more");
        assertThat(h.row(more).strip()).as("the marker has its row to itself").startsWith("▼ more");
        assertThat(h.screen()).contains("Line 1 of").doesNotContain("THE ANSWER");
        h.keys(" ");
        assertThat(h.screen()).contains("THE ANSWER AT THE END").contains("[3 Good").contains("▲ more");
        h.keys("<PgUp>", "<PgUp>", "<PgUp>");
        assertThat(h.screen()).contains("Line 1 of").doesNotContain("▲");
    }

    @Test
    void aRevealedClozeShowsTheWholeSentenceWithTheGapFilledAndMarked() {
        Headless h = new Headless(80, 24).open(List.of(only(english.notes().get(4))), false, review("One card"));
        h.keys(" ");
        assertThat(h.screen()).contains("SM-2 was written in [1987].");
    }

    @Test
    void anExamQuitEarlyScoresEveryQuestionDrawnAndCannotBeUndone() {
        Headless h = new Headless(80, 24).open(List.of(english), false,
                review(english.title()).withExam(0, null));
        assertThat(h.row(23)).doesNotContain("u undo");
        var first = h.app.session().orElseThrow().current().orElseThrow().card();
        // answer the first question wrong, whatever its type
        if (first.note() instanceof Note.Choice) {
            h.keys(String.valueOf((h.app.session().orElseThrow().current().orElseThrow().choices().correct() + 1) % 4 + 1));
        } else if (first.note() instanceof Note.TrueFalse) {
            h.keys("f");
        } else if (first.note() instanceof Note.Typed) {
            h.keys("nothing", "<Enter>");
        } else {
            h.keys(" ", "1");
        }
        if (h.app.session().orElseThrow().current().map(c -> c.feedback() != null).orElse(false)) {
            assertThat(h.row(23)).contains("Enter next").doesNotContain("I was right").doesNotContain("undo");
            h.keys("o", "u");
            assertThat(h.screen()).contains("cannot be undone");
            h.keys("<Enter>");
        }
        h.keys("q");
        assertThat(h.screen()).contains("Score: 0 / 5").contains("Missed, with the right answers:")
                .contains(first.prompt().substring(0, 20));
    }

    @Test
    void at80x24EveryKeyMeaningIsVisibleAndAt60x20TheButtonsStayWhole() {
        Headless wide = new Headless(80, 24).open(List.of(english), false, review(english.title()));
        assertThat(wide.row(23)).contains("Space/Enter show answer").contains("i source").endsWith("q quit");
        Headless narrow = new Headless(60, 20).open(List.of(english), false, review(english.title()));
        narrow.keys(" ");
        assertThat(narrow.row(17)).contains("[1").contains("[4").endsWith("]");
        assertThat(narrow.row(19)).contains("1-4 rate").endsWith("q quit");
        narrow.keys("?");
        assertThat(narrow.screen()).contains("▼ more").doesNotContain("any key to go back");
        narrow.keys("<PgDn>");
        assertThat(narrow.screen()).as("a long help scrolls").contains("4 Easy").contains("any key to go back");
        narrow.keys("x");
        assertThat(narrow.screen()).contains("Hermann Ebbinghaus").doesNotContain("any key");
        Headless picker = new Headless(60, 20).open(List.of(english), true, review(""));
        assertThat(picker.row(19)).contains("Enter study").endsWith("q quit");
    }

    @Test
    void aLongDeckTitleLeavesTheModeInTheHeader() {
        String title = "A very long deck title about the history of spaced repetition and its many inventors";
        Headless h = new Headless(80, 24).open(List.of(english), false, review(title));
        assertThat(h.row(0)).contains("· review").contains("new 5").contains("…");
        Headless exam = new Headless(60, 20).open(List.of(english), false, review(title).withExam(3, Duration.ofMinutes(5)));
        assertThat(exam.row(0)).contains("· exam").contains("0/3").contains("⏱");
    }

    @Test
    void aBrokenDeckIsAPickerRowWithItsErrorOpenableInTheEditor() {
        Headless h = new Headless(100, 30).open(List.of(english), true, review(""));
        h.app.withBrokenDecks(List.of(cuecard.deck.DeckError.error(new Location("decks/bad.yaml", 7, 3),
                "expected a mapping, found a list")));
        h.keys("<Down>");
        int row = rowOf(h, "bad.yaml");
        assertThat(h.row(row)).contains("› ✗ decks/bad.yaml:7: cannot load: expected a mapping, found a list");
        assertThat(h.row(29)).contains("open the file at the error");
        h.keys("<Enter>");
        assertThat(h.edits).containsExactly("decks/bad.yaml:7");
        assertThat(h.screen()).as("fixed: the reload has no broken deck").doesNotContain("bad.yaml").contains("English sample");
    }

    @Test
    void theBrowsersActionsAreUndoneInOrder() {
        Headless h = new Headless(100, 30).open(List.of(english), true, review(""));
        h.app.withProgressViews(new ProgressViews() {
            @Override
            public String statsReport(List<Deck> decks, cuecard.study.Messages m) {
                return "";
            }

            @Override
            public cuecard.study.CardBrowser browser(List<Deck> decks) {
                return new cuecard.study.CardBrowser(decks, h.progress, h.progress.log, (s, at) -> 0.9, 8);
            }
        });
        h.keys("/");
        var key = english.cards().get(0).key(); // the first row
        h.keys("s");
        assertThat(h.progress.suspended(key)).isTrue();
        h.keys("s");
        assertThat(h.progress.suspended(key)).isFalse();
        h.keys("u");
        assertThat(h.progress.suspended(key)).as("the unsuspension undone").isTrue();
        h.keys("u");
        assertThat(h.progress.suspended(key)).as("then the suspension").isFalse();
        h.keys("u");
        assertThat(h.screen()).contains("Nothing to undo");
        h.keys("<Esc>", "<Enter>", " ", "3", "q", "<Enter>", "/"); // one review of the first card, back in the browser
        var reviewed = h.progress.state(key, h.clock.instant());
        assertThat(reviewed.reps()).isEqualTo(1);
        h.keys("s", "r", "y");
        assertThat(h.progress.state(key, h.clock.instant()).reps()).isZero();
        h.keys("u");
        assertThat(h.screen()).contains("Reset undone");
        assertThat(h.progress.state(key, h.clock.instant())).isEqualTo(reviewed);
        assertThat(h.progress.suspended(key)).as("the suspension before the reset is still in effect").isTrue();
        h.keys("u");
        assertThat(h.progress.suspended(key)).isFalse();
    }
}
