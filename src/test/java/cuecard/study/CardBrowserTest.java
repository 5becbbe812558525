package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardBrowserTest {

    private static final Instant NOW = Fixtures.T0;
    private final MemoryProgress progress = new MemoryProgress();
    private final List<Review> log = new ArrayList<>();
    private CardBrowser browser;
    private final Deck en = Fixtures.englishDeck();
    private final Deck zh = Fixtures.chineseDeck();

    private void answer(Card card, Rating rating, Instant at) throws Progress.StaleCard {
        CardState before = progress.state(card.key(), at);
        CardState after = Fixtures.steps().apply(before, rating, at, 0);
        log.add(progress.record(new Review(null, card.key(), at, ZoneOffset.UTC, rating, Mode.REVIEW, AnswerKind.SELF,
                null, Duration.ofSeconds(4), before, after)));
    }

    @BeforeEach
    void setUp() throws Exception {
        Card ebbinghaus = Fixtures.card(en, 0);
        answer(ebbinghaus, Rating.GOOD, NOW.minus(Duration.ofDays(10)));   // review, due 3 days later: due now
        answer(ebbinghaus, Rating.AGAIN, NOW.minus(Duration.ofDays(5)));   // a lapse: learning, 1 minute
        answer(Fixtures.card(en, 1), Rating.EASY, NOW.minus(Duration.ofDays(1))); // due in 6 days
        progress.suspend(Fixtures.card(en, 3).key(), true);
        browser = new CardBrowser(List.of(en, zh), progress, log, (s, at) -> s.memory() == null ? 0 : 0.5, 1);
    }

    private List<String> keys(String query) {
        BrowserQuery.Result r = BrowserQuery.parse(query);
        assertThat(r.error()).isNull();
        return browser.search(r.query(), NOW).stream().map(row -> row.key().toString()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                    | 8",
        "deck:chinese          | 3",
        "ebbinghaus            | 1",
        "EBBINGHAUS forgetting | 1",
        "首都                  | 1",
        "首都 北京             | 1",
        "type:typed            | 3",
        "tag:fsrs              | 2",
        "is:new                | 6",
        "is:learning           | 1",
        "is:review             | 1",
        "is:suspended          | 1",
        "is:leech              | 1",
        "is:due                | 1",
        "due<=7                | 2",
        "due<=0                | 1",
        "lapses>=1             | 1",
        "deck:english is:new   | 3",
        "nothing-like-this     | 0",
    })
    void filtersAndWords(String query, int count) {
        assertThat(keys(query)).hasSize(count);
    }

    @Test
    void traditionalSearchFindsSimplifiedText() {
        assertThat(keys("首都 北京")).containsExactly("chinese/capital");
        assertThat(keys("城市")).containsExactly("chinese/capital");
        assertThat(keys("這筆投資")).containsExactly("chinese/money");
        assertThat(keys("ＣｈａｔＧＰＴ")).containsExactly("chinese/date");
    }

    @Test
    void badFiltersAreMessages() {
        assertThat(BrowserQuery.parse("is:sleeping").error()).contains("is:new");
        assertThat(BrowserQuery.parse("due<=soon").error()).contains("whole number");
    }

    @Test
    void historyShowsEveryAnswerWithTheRecallExpectedThen() {
        CardKey key = Fixtures.card(en, 0).key();
        List<CardBrowser.HistoryLine> h = browser.history(key);
        assertThat(h).extracting(CardBrowser.HistoryLine::rating).containsExactly(Rating.GOOD, Rating.AGAIN);
        assertThat(h.get(0).recallThen()).isNaN();              // a new card has no prediction
        assertThat(h.get(1).recallThen()).isEqualTo(0.5);
        assertThat(h.get(0).intervalDays()).isEqualTo(3);
        assertThat(h.get(1).after().phase()).isEqualTo(Phase.LEARNING);
        assertThat(browser.history(Fixtures.card(zh, 0).key())).isEmpty();
    }
}
