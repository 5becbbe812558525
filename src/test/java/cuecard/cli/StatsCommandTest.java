package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.schedule.CardSeed;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import cuecard.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cuecard stats` over a small history whose figures are known: three cards, five reviews. */
class StatsCommandTest {

    private static final String NOW = "2026-03-10T12:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path data;
    Path deck;

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        deck = dir.resolve("geo.yaml");
        Files.writeString(deck, """
                deck: geo
                title: Geography
                language: en
                cards:
                  - {type: basic, id: fr, front: "Capital of France?", back: Paris, tags: [europe]}
                  - {type: basic, id: jp, front: "Capital of Japan?", back: Tokyo, tags: [asia]}
                  - {type: truefalse, id: nile, statement: The Nile flows north., answer: true}
                  - {type: cloze, id: alps, text: "Mont Blanc is in the {{Alps}}."}
                """);
        Fsrs fsrs = new Fsrs(FsrsSettings.defaults().withFuzz(false));
        Instant now = Instant.parse(NOW);
        try (Store store = Store.open(data, Clock.fixed(now, ZoneOffset.UTC))) {
            // fr: Good 3 days ago, Good today; jp: Again today, then Good today; nile: Easy yesterday
            answer(store, fsrs, new CardKey("geo", "fr"), Rating.GOOD, now.minus(Duration.ofDays(3)));
            answer(store, fsrs, new CardKey("geo", "fr"), Rating.GOOD, now.minus(Duration.ofHours(1)));
            answer(store, fsrs, new CardKey("geo", "jp"), Rating.AGAIN, now.minus(Duration.ofMinutes(30)));
            answer(store, fsrs, new CardKey("geo", "jp"), Rating.GOOD, now.minus(Duration.ofMinutes(10)));
            answer(store, fsrs, new CardKey("geo", "nile"), Rating.EASY, now.minus(Duration.ofDays(1)));
        }
    }

    private static void answer(Store store, Fsrs fsrs, CardKey key, Rating rating, Instant at) throws Exception {
        CardState before = store.state(key, at);
        CardState after = fsrs.apply(before, rating, at, CardSeed.of(key));
        store.record(new Review(null, key, at, ZoneOffset.UTC, rating, Mode.REVIEW, AnswerKind.SELF, null,
                Duration.ofSeconds(6), before, after));
    }

    private CliRun cli() {
        return CliRun.withHome(dir.resolve("home")).at(NOW, "UTC");
    }

    @Test
    void jsonHasTheKnownFigures() throws Exception {
        CliRun.Result r = cli().run("stats", deck.toString(), "--json", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.at("/reviews/total").asInt()).isEqualTo(5);
        assertThat(s.at("/reviews/today/count").asInt()).isEqualTo(3);
        assertThat(s.at("/reviews/today/millis").asLong()).isEqualTo(18_000);
        assertThat(s.toString()).contains("\"cards\"", "\"retention\"", "\"forecast\"", "\"decks\"");
        assertThat(s.at("/presets/0/preset").asText()).isEqualTo("default");
        assertThat(s.at("/presets/0/fitted").asBoolean()).isFalse();
    }

    @Test
    void textSummaryShowsTodayAndCounts() {
        CliRun.Result r = cli().run("stats", deck.toString(), "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Today: 3 reviews in 18 s, 66.7% remembered")
                .contains("Cards: 1 new")
                .contains("5 reviews in all")
                .contains("Preset default (geo): desired retention 90%, default FSRS-6 parameters");
    }

    /** Issue 18, item 16: the text report in Chinese, by the verb's --lang or the one before the verb. */
    @Test
    void textReportInChinese() {
        CliRun.Result zh = cli().run("stats", deck.toString(), "--lang", "zh", "--data-dir", data.toString());
        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("今天：3 次复习，用时 18 秒").contains("卡片：新卡 1").contains("预设 default（geo）")
                .doesNotContain("Today").doesNotContain("Cards:");
        CliRun.Result before = cli().run("--lang", "zh", "stats", deck.toString(), "--data-dir", data.toString());
        assertThat(before.out()).isEqualTo(zh.out());
        assertThat(cli().run("stats", deck.toString(), "--lang", "de", "--data-dir", data.toString()).exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void deckIdsWorkAsArgumentsAndUnknownOnesAreErrors() {
        CliRun run = cli().bundledDecks(dir);
        assertThat(run.run("stats", "geo", "--json", "--data-dir", data.toString()).exitCode()).isZero();
        CliRun.Result bad = run.run("stats", "nowhere", "--data-dir", data.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("no deck file or deck id `nowhere`").contains("geo").doesNotContain("Exception");
    }

    @Test
    void htmlPageIsWritten() throws Exception {
        Path page = dir.resolve("stats.html");
        CliRun.Result r = cli().run("stats", deck.toString(), "--html", page.toString(), "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("Memory model").contains("<svg");
        CliRun.Result dirAsFile = cli().run("stats", deck.toString(), "--html", dir.toString(), "--data-dir", data.toString());
        assertThat(dirAsFile.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void anEmptyStoreGivesZeroes() throws Exception {
        CliRun.Result r = cli().run("stats", deck.toString(), "--json", "--data-dir", dir.resolve("fresh").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).at("/reviews/total").asInt()).isZero();
    }
}
