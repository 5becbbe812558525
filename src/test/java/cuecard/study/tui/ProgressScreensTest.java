package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.review.Phase;
import cuecard.stats.StatsCalculation;
import cuecard.stats.StatsSource;
import cuecard.stats.StatsText;
import cuecard.study.CardBrowser;
import cuecard.study.Fixtures;
import cuecard.study.SessionSettings;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics tab and the card browser, driven by keys on a virtual terminal. */
class ProgressScreensTest {

    private final Deck english = Fixtures.englishDeck();
    private final Deck chinese = Fixtures.chineseDeck();

    private Headless open() {
        return open(100);
    }

    private Headless open(int columns) {
        return open(columns, cuecard.study.Messages.Lang.EN);
    }

    private Headless open(int columns, cuecard.study.Messages.Lang lang) {
        Headless h = new Headless(columns, 30).open(List.of(english, chinese), true,
                SessionSettings.review("all", ZoneOffset.UTC), lang, true);
        h.app.withProgressViews(new ProgressViews() {
            @Override
            public String statsReport(List<Deck> decks, cuecard.study.Messages m) {
                return StatsText.render(StatsCalculation.of(StatsSource.input(decks, h.progress.log, h.progress,
                        h.clock.instant(), ZoneOffset.UTC, 4, (s, at) -> s.memory() == null ? 0 : 0.9, 8)), m);
            }

            @Override
            public CardBrowser browser(List<Deck> decks) {
                return new CardBrowser(decks, h.progress, h.progress.log, (s, at) -> s.memory() == null ? 0 : 0.9, 8);
            }
        });
        return h;
    }

    @Test
    void statsTabFromThePickerAndAfterASession() {
        Headless h = open();
        assertThat(h.row(29)).contains("t stats").contains("/ browse");
        h.keys("t");
        assertThat(h.row(0)).contains("Statistics");
        assertThat(h.screen()).contains("Cards: 8 new, 0 learning").contains("Reviews over the last year");
        h.keys("q");
        assertThat(h.row(0)).contains("Decks");

        h.keys("<Enter>", " ", "3", "q");        // study the English deck: one card rated Good, then quit
        assertThat(h.progress.log).hasSize(1);
        h.keys("t");
        assertThat(h.screen()).contains("Today: 1 review in").contains("Cards: 7 new");
        h.keys("<Esc>");
        assertThat(h.screen()).doesNotContain("Statistics");   // back on the summary
    }

    @Test
    void browserSearchesShowsHistoryAndSuspendsAndResets() {
        Headless h = open();
        h.keys("<Enter>", " ", "3", "q", "<Enter>");   // one review of "Who measured the forgetting curve?"
        h.keys("/");
        assertThat(h.row(0)).contains("Card browser");
        assertThat(h.screen()).contains("8 cards").contains("english/ebbinghaus");

        h.keys("/", "forgetting", "<Enter>");
        assertThat(h.screen()).containsPattern("\\b1 card\\b(?!s)").doesNotContain("1 cards").contains("english/ebbinghaus").doesNotContain("chinese/capital");
        h.keys("/");
        for (int i = 0; i < "forgetting".length(); i++) {
            h.keys("<Backspace>");
        }
        h.keys("首都", "<Enter>");
        assertThat(h.screen()).contains("chinese/capital").containsPattern("\\b1 card\\b(?!s)");
        h.keys("/");
        for (int i = 0; i < 2; i++) {
            h.keys("<Backspace>");
        }
        h.keys("is:review", "<Enter>");
        assertThat(h.screen()).contains("english/ebbinghaus").containsPattern("\\b1 card\\b(?!s)");

        h.keys("<Enter>");
        assertThat(h.screen()).contains("History").contains("Good").contains("review").contains("Who measured the forgetting curve?");
        CardKey key = english.cards().get(0).key();
        h.keys("s");
        assertThat(h.progress.suspended(key)).isTrue();
        assertThat(h.screen()).contains("Suspended.");
        h.keys("s");
        assertThat(h.progress.suspended(key)).isFalse();

        h.keys("e");
        assertThat(h.edits).containsExactly("fixture.yaml:10");

        h.keys("r");
        assertThat(h.row(29)).contains("Reset this card to new?");
        h.keys("n");
        assertThat(h.progress.state(key, h.clock.instant()).phase()).isNotEqualTo(Phase.NEW);
        h.keys("r", "y");
        assertThat(h.progress.state(key, h.clock.instant()).phase()).isEqualTo(Phase.NEW);
        assertThat(h.screen()).contains("Reset to new.").doesNotContain("english/ebbinghaus"); // no longer in is:review
        h.keys("q");
        assertThat(h.row(0)).contains("Decks");
    }

    @Test
    void badSearchesAreExplainedNotFatal() {
        Headless h = open();
        h.keys("/", "/", "is:sleepy", "<Enter>");
        assertThat(h.screen()).contains("use is:new");
    }

    /** Issue 18, item 12: the card column takes the width, questions are whole characters, steps are minutes. */
    @Test
    void browserShowsQuestionsInTheWidthAndLearningStepsAsMinutes() {
        Headless wide = open(140);
        wide.keys("<Enter>", " ", "1", "q", "<Enter>", "/");   // "Who measured ...?" rated Again: a 1-minute step
        assertThat(wide.screen()).contains("Who measured the forgetting curve?  english/ebbinghaus")
                .contains("中国的首都是哪座城市？  chinese/capital");
        wide.keys("<Enter>");
        assertThat(wide.screen()).contains("interval 1 min").doesNotContain("0 d").contains("Stability 2 h")
                .contains("1 review,").contains("0 lapses");
        wide.keys("q", "<Down>", "<Enter>");                  // a card never studied
        assertThat(wide.screen()).contains("How many parameters").doesNotContain("Stability");

        Headless narrow = open(60);
        narrow.keys("/");
        String chinese = narrow.screen().lines().filter(l -> l.contains("中国")).findFirst().orElseThrow();
        String english = narrow.screen().lines().filter(l -> l.contains("Who measured")).findFirst().orElseThrow();
        assertThat(chinese).contains("中国的首都是哪座…");
        int stateColumn = 2 + BrowserScreen.cardWidth(60) + 1;
        assertThat(cuecard.study.TextLayout.width(chinese.substring(0, chinese.indexOf("new")))).isEqualTo(stateColumn);
        assertThat(cuecard.study.TextLayout.width(english.substring(0, english.indexOf("new")))).isEqualTo(stateColumn);
    }

    /** Issue 18, item 16: the statistics tab speaks the UI's language, plurals included. */
    @Test
    void statsTabIsChineseInTheChineseUi() {
        Headless h = open(100, cuecard.study.Messages.Lang.ZH);
        h.keys("<Enter>", " ", "3", "q", "<Enter>", "t");
        assertThat(h.row(0)).contains("统计");
        assertThat(h.screen()).contains("今天：1 次复习").contains("卡片：新卡 7").contains("过去一年的复习")
                .contains("周一").contains("当前记得率").doesNotContain("Cards:").doesNotContain("Today")
                .doesNotContain("Reviews").doesNotContain("Streak");
        Headless en = open(100);
        en.keys("<Enter>", " ", "3", "q", "<Enter>", "t");
        assertThat(en.screen()).contains("Today: 1 review in").contains("Streak: 1 day (longest 1 day); 1 review in all");
    }

    /**
     * Issue 18, item 14: the seven heatmap rows start in the same column, Sunday's too, on a Sunday (the year shown
     * then starts on a Sunday: the old map gave that row one cell more, one column left of the others).
     */
    @Test
    void heatmapRowsStartInOneColumn() {
        Headless en = open(100);
        en.keys("<Enter>", " ", "3", "q", "<Enter>", "t");
        en.keys("q");
        en.clock.advance(java.time.Duration.ofDays(6));
        en.keys("t");
        assertThat(en.clock.instant().atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        List<String> lines = en.screen().lines().toList();
        int year = lines.indexOf(lines.stream().filter(l -> l.contains("Reviews over the last year")).findFirst().orElseThrow());
        List<String> map = lines.subList(year + 1, year + 8);
        assertThat(map.get(6)).contains("Sun");
        java.util.function.ToIntFunction<String> firstCell = row -> {
            for (int i = 0; i < row.length(); i++) {
                if ("·░▒▓█".indexOf(row.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        };
        for (String row : map) {
            assertThat(firstCell.applyAsInt(row)).as(row).isPositive().isEqualTo(firstCell.applyAsInt(map.get(0)));
        }
    }

    /** Issue 18, item 13: the picker's recall averages the cards in review, as stats does, and says so. */
    @Test
    void pickerRecallLeavesUnseenCardsOutAndIsNamed() {
        Headless h = open(100);
        assertThat(h.screen()).contains("recall: predicted recall now of the cards in review (new cards not counted)");
        String before = h.screen().lines().filter(l -> l.contains("English sample")).findFirst().orElseThrow();
        assertThat(before).doesNotContain("%").contains(" -  ");
        h.keys("<Enter>", " ", "3", "q", "<Enter>");          // one card of five rated Good: in review now
        String english = h.screen().lines().filter(l -> l.contains("English sample")).findFirst().orElseThrow();
        assertThat(english).contains("100%").doesNotContain(" 20%");
        h.keys("t");
        assertThat(h.screen()).contains("Recall now: 90.0% on average over the 1 card in review (new cards not counted)");
    }
}
