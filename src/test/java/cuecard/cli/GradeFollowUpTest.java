package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 3: {@code cuecard grade} takes the study screen's path after an answer: the card's siblings waiting
 * today are buried until the next learning day, and a card whose lapses reach {@code leech-lapses} (config.yaml) is
 * suspended as a leech.
 */
class GradeFollowUpTest extends DeckInTempDirTest {

    static final String DECK = """
            deck: pairs
            title: Pairs
            language: en
            cards:
              - type: basic
                id: sun
                front: sun
                back: Sonne
                reverse: true
              - type: basic
                id: moon
                front: moon
                back: Mond
            """;

    @Override
    String deckFile() {
        return "pairs.yaml";
    }

    @Override
    String deckText() {
        return DECK;
    }

    @Override
    CliRun commandLine() {
        return CliRun.withHome(tmp.resolve("home")).env("XDG_CONFIG_HOME", tmp.resolve("xdg-config").toString())
                .env("TZ", "UTC");
    }

    @BeforeEach
    void writeConfig() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("xdg-config/cuecard"));
        Files.writeString(config.resolve("config.yaml"), "leech-lapses: 3\n");
    }

    private CliRun.Result grade(String key, String rating, Instant at) {
        var r = run("grade", key, rating, "--at", at.toString(), deck.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private String next(Instant at) {
        return run("next", deck.toString(), "--all", "--json", "--at", at.toString()).out();
    }

    @Test
    void gradingAgainUntilTheLeechThresholdSuspendsTheCardAndBuriesItsSibling() {
        String card = null;
        for (String line : next(Instant.parse("2026-01-05T09:00:00Z")).lines().toList()) {
            if (line.contains("\"key\":\"pairs/sun")) {
                card = line.replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
                break;
            }
        }
        assertThat(card).isNotNull();
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        var first = grade(card, "easy", t);
        assertThat(first.out()).contains("buried pairs/sun").as("the other direction waits today: buried");
        String buried = first.out().lines().filter(l -> l.startsWith("buried ")).findFirst().orElseThrow()
                .split(" ")[1];
        assertThat(buried).isNotEqualTo(card).startsWith("pairs/sun");
        assertThat(next(t.plusSeconds(60))).doesNotContain("\"key\":\"" + buried + "\"")
                .contains("\"key\":\"pairs/moon\"");
        var lastAgain = first;
        for (int lapse = 1; lapse <= 3; lapse++) {
            t = t.plus(Duration.ofDays(40));
            lastAgain = grade(card, "again", t);
            if (lapse < 3) {
                assertThat(lastAgain.out()).doesNotContain("suspended");
                t = t.plus(Duration.ofHours(1));
                grade(card, "easy", t);
            }
        }
        assertThat(lastAgain.out()).contains("suspended " + card + " as a leech (3 lapses)");
        String later = next(t.plus(Duration.ofDays(2)));
        assertThat(later).as("a suspended card is not studied").doesNotContain("\"key\":\"" + card + "\"")
                .contains("\"key\":\"" + buried + "\"");
        var stats = run("stats", "--json", deck.toString());
        assertThat(stats.out()).contains("\"suspended\":1").contains("\"leeches\":1");
    }

    @Test
    void leechesForCramAreCountedWithTheConfiguredThreshold() throws Exception {
        Path config = tmp.resolve("xdg-config/cuecard/config.yaml");
        Files.writeString(config, "leech-lapses: 50\n");
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        grade("pairs/moon", "easy", t);
        for (int lapse = 1; lapse <= 2; lapse++) {
            t = t.plus(Duration.ofDays(40));
            grade("pairs/moon", "again", t);
            t = t.plus(Duration.ofHours(1));
            grade("pairs/moon", "easy", t);
        }
        String[] cram = {"study", "--mode", "cram", "--leeches", deck.toString()};
        assertThat(run(cram).err()).as("50: no leech").contains("no cards match --leeches");
        Files.writeString(config, "leech-lapses: 2\n");
        var found = run(cram);
        assertThat(found.err()).as("2: moon is one").doesNotContain("no cards match").contains("needs a terminal");
    }
}
