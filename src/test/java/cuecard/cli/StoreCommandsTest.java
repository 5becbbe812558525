package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** grade, next, doctor and sync through the command line, on small decks written here (English and Chinese). */
class StoreCommandsTest extends DeckInTempDirTest {

    static final String WORDS = """
            deck: words
            title: 常用词
            language: zh-Hans
            cards:
              - type: basic
                id: ni-hao
                front: 你好
                back: hello
              - type: basic
                id: xie-xie
                front: 谢谢
                back: thank you
              - type: truefalse
                id: zai-jian
                statement: 再见 means goodbye.
                answer: true
            """;

    @Override
    String deckFile() {
        return "words.yaml";
    }

    @Override
    String deckText() {
        return WORDS;
    }

    @Test
    void gradeSavesAndNextMovesOn() throws Exception {
        var next = run("next", deck.toString(), "--json", "--at", "2026-01-05T09:00:00Z");
        assertThat(next.exitCode()).isZero();
        JsonNode first = new ObjectMapper().readTree(next.out().lines().findFirst().orElseThrow());
        assertThat(first.get("key").asText()).isEqualTo("words/ni-hao");
        assertThat(first.get("deck").asText()).isEqualTo("words");
        assertThat(first.get("type").asText()).isEqualTo("basic");
        assertThat(first.get("prompt").asText()).isEqualTo("你好");
        assertThat(first.get("due").asText()).isEqualTo("2026-01-05T09:00:00Z");

        var g = run("grade", "words/ni-hao", "easy", "--at", "2026-01-05T09:00:00Z", deck.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(g.out()).startsWith("saved words/ni-hao easy");
        // the interval in the study screen's words (Messages.interval), days for a new card rated easy
        assertThat(g.out().strip()).matches("saved words/ni-hao easy \\(.+\\); due \\S+ \\(\\d+ d\\)");

        var after = run("next", deck.toString(), "--all", "--json", "--at", "2026-01-05T09:01:00Z");
        List<String> keys = after.out().lines().map(l -> l.replaceAll(".*\"key\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(keys).containsExactly("words/xie-xie", "words/zai-jian");

        var text = run("next", deck.toString(), "--at", "2026-01-05T09:01:00Z");
        assertThat(text.out()).contains("words/xie-xie").contains("谢谢").doesNotContain("zai-jian");
    }

    @Test
    void editingACardsTextKeepsItsProgressBecauseTheKeyStays() throws Exception {
        run("grade", "words/ni-hao", "easy", "--at", "2026-01-05T09:00:00Z", deck.toString());
        Files.writeString(deck, WORDS.replace("front: 你好", "front: 您好（礼貌）"));
        var next = run("next", deck.toString(), "--all", "--json", "--at", "2026-01-05T09:01:00Z");
        assertThat(next.out()).doesNotContain("words/ni-hao"); // still scheduled days ahead, not new again
        var doc = new ObjectMapper().readTree(run("doctor", deck.toString(), "--json").out());
        assertThat(doc.get("orphans").asInt()).isZero();
        assertThat(doc.get("cards").asInt()).isEqualTo(1);
    }

    @Test
    void theDeckCacheGivesTheSameAnswersAndFollowsEdits() throws Exception {
        Path cache = tmp.resolve("cache");
        cli.env("CUECARD_CACHE", cache.toString());
        var first = run("next", deck.toString(), "--all", "--json", "--at", "2026-01-05T09:00:00Z");
        assertThat(first.exitCode()).as(first.err()).isZero();
        try (var entries = Files.list(cache.resolve("decks"))) {
            assertThat(entries.filter(p -> p.toString().endsWith(".deck")).count()).isEqualTo(1);
        }
        var again = run("next", deck.toString(), "--all", "--json", "--at", "2026-01-05T09:00:00Z");
        assertThat(again.out()).isEqualTo(first.out());
        // an edit of the deck file is seen at once: the entry no longer matches its bytes
        Files.writeString(deck, WORDS.replace("你好", "您好"));
        var edited = run("next", deck.toString(), "--all", "--json", "--at", "2026-01-05T09:00:00Z");
        assertThat(edited.out()).contains("您好").doesNotContain("\"你好\"");
        // and a broken edit is reported with its place, never served from the cache
        Files.writeString(deck, WORDS + "  - type: basic\n    front: only a front\n");
        var broken = run("next", deck.toString());
        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.err()).contains(deck.toString() + ":");
    }

    @Test
    void gradeRefusesUnknownCardsAndRatings() {
        assertThat(run("grade", "words/nope", "good", deck.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        var bad = run("grade", "words/ni-hao", "great", deck.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("`great` is not a rating");
        assertThat(run("grade", "words/ni-hao", "good", tmp.resolve("missing.yaml").toString()).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aSecondWriterGetsExitCodeFiveWhileReadersWork() throws Exception {
        run("grade", "words/ni-hao", "good", "--at", "2026-01-05T09:00:00Z", deck.toString());
        try (var held = cuecard.store.Store.open(data, java.time.Clock.systemUTC())) {
            var g = run("grade", "words/xie-xie", "good", deck.toString());
            assertThat(g.exitCode()).isEqualTo(ExitCode.LOCKED);
            assertThat(g.err()).contains("in use by another cuecard process").doesNotContain("Exception");
            assertThat(run("next", deck.toString()).exitCode()).isZero();
            assertThat(run("doctor", deck.toString()).exitCode()).isZero();
        }
    }

    @Test
    void doctorCountsListsOrphansAndRemapsThem() throws Exception {
        run("grade", "words/ni-hao", "good", "--at", "2026-01-05T09:00:00Z", deck.toString());
        run("grade", "words/xie-xie", "good", "--at", "2026-01-05T09:00:00Z", deck.toString());
        // the author renames xie-xie to thanks: its history is now an orphan
        Files.writeString(deck, WORDS.replace("id: xie-xie", "id: thanks"));
        var doc = run("doctor", deck.toString(), "--json");
        assertThat(doc.exitCode()).isZero();
        JsonNode o = new ObjectMapper().readTree(doc.out());
        assertThat(o.get("reviews").asInt()).isEqualTo(2);
        assertThat(o.get("cards").asInt()).isEqualTo(2);
        assertThat(o.get("orphans").asInt()).isEqualTo(1);
        assertThat(o.get("devices").asInt()).isEqualTo(1);
        assertThat(o.get("problems").asInt()).isZero();
        assertThat(o.get("orphanKeys").get(0).asText()).isEqualTo("words/xie-xie");

        var remap = run("doctor", deck.toString(), "--remap", "words/xie-xie", "words/thanks");
        assertThat(remap.exitCode()).as(remap.err()).isZero();
        assertThat(remap.out()).contains("remapped words/xie-xie -> words/thanks").contains("0 orphans");
        var next = run("next", deck.toString(), "--all", "--at", "2026-01-05T09:01:00Z");
        assertThat(next.out()).contains("words/thanks  [basic]  due ").doesNotContain("words/thanks  [basic]  new");

        // the author puts the old id back: the card is found again with its history
        Files.writeString(deck, WORDS);
        assertThat(run("doctor", deck.toString()).out()).contains("1 orphans").contains("orphan: words/thanks");
    }

    @Test
    void doctorFailsOnADamagedLineAndNamesIt() throws Exception {
        run("grade", "words/ni-hao", "good", "--at", "2026-01-05T09:00:00Z", deck.toString());
        run("grade", "words/xie-xie", "good", "--at", "2026-01-05T09:00:00Z", deck.toString());
        Path log;
        try (var files = Files.list(data.resolve("reviews"))) {
            log = files.findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(log);
        Files.write(log, List.of("{\"v\":1,\"id\":", lines.get(1)));
        var doc = run("doctor", deck.toString());
        assertThat(doc.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(doc.out()).contains(data.relativize(log) + ":1: damaged line");
        var rebuilt = run("doctor", deck.toString(), "--rebuild");
        assertThat(rebuilt.out()).contains("snapshot rebuilt");
        assertThat(Files.readAllLines(log).get(0)).isEqualTo("{\"v\":1,\"id\":");
    }

    @Test
    void syncMergesAnotherDevicesLogsOnceOnly() throws Exception {
        Path other = tmp.resolve("other");
        cli.run("grade", "words/ni-hao", "good", "--at", "2026-01-05T09:00:00Z", deck.toString(),
                "--data-dir", other.toString());
        run("grade", "words/xie-xie", "good", "--at", "2026-01-05T09:00:00Z", deck.toString());
        var s = run("sync", other.toString());
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.out()).contains("1 new entry added, 0 already here");
        assertThat(run("sync", other.toString()).out()).contains("0 new entries added, 1 already here");
        var doc = new ObjectMapper().readTree(run("doctor", deck.toString(), "--json").out());
        assertThat(doc.get("devices").asInt()).isEqualTo(2);
        assertThat(doc.get("reviews").asInt()).isEqualTo(2);
        assertThat(run("sync", tmp.resolve("nowhere").toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
