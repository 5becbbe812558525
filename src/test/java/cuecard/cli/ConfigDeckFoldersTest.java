package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the {@code deck-folders} of config.yaml are decks of every command that takes decks, not only of
 * {@code study} and {@code stats}: the bare command lists them, {@code next} and {@code grade} find their cards,
 * {@code doctor} does not call their history orphaned.
 */
class ConfigDeckFoldersTest {

    static final String SHELF_DECK = """
            deck: shelf-only
            title: Only in the configured folder
            language: en
            cards:
              - type: basic
                id: capital
                front: Capital of Peru?
                back: Lima
              - type: basic
                id: river
                front: Longest river of Peru?
                back: Ucayali
            """;

    @TempDir
    Path tmp;
    Path data;
    CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        data = tmp.resolve("data");
        Path shelf = Files.createDirectories(tmp.resolve("shelf"));
        Files.writeString(shelf.resolve("peru.yaml"), SHELF_DECK);
        Path config = Files.createDirectories(tmp.resolve("xdg-config/cuecard"));
        Files.writeString(config.resolve("config.yaml"), "deck-folders: [" + shelf + "]\n");
        cli = CliRun.withHome(tmp.resolve("home")).env("XDG_CONFIG_HOME", tmp.resolve("xdg-config").toString());
    }

    private CliRun.Result run(String... args) {
        return cli.runIn(data, args);
    }

    @Test
    void theBareCommandListsTheConfiguredFoldersDecksInAPipe() {
        var r = run();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("shelf-only").contains("2 cards");
    }

    @Test
    void nextFindsTheConfiguredFoldersCardsWithAndWithoutTheDeckId() {
        var all = run("next", "--all", "--json", "--at", "2026-01-05T09:00:00Z");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("\"key\":\"shelf-only/capital\"").contains("\"key\":\"shelf-only/river\"");
        var byId = run("next", "shelf-only", "--json", "--at", "2026-01-05T09:00:00Z");
        assertThat(byId.exitCode()).as(byId.err()).isZero();
        assertThat(byId.out()).contains("\"key\":\"shelf-only/capital\"");
    }

    @Test
    void gradeRecordsACardOfTheConfiguredFolderAndNextMovesOn() {
        var g = run("grade", "shelf-only/capital", "good", "--at", "2026-01-05T09:00:00Z");
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(g.out()).startsWith("saved shelf-only/capital good");
        var byId = run("grade", "shelf-only/river", "easy", "--at", "2026-01-05T09:00:00Z", "shelf-only");
        assertThat(byId.exitCode()).as(byId.err()).isZero();
        var next = run("next", "--all", "--json", "--at", "2026-01-05T09:01:00Z");
        assertThat(next.out()).doesNotContain("\"key\":\"shelf-only/river\"");
    }

    @Test
    void doctorDoesNotCallTheConfiguredFoldersCardsOrphans() throws Exception {
        run("grade", "shelf-only/capital", "good", "--at", "2026-01-05T09:00:00Z");
        var doc = run("doctor", "--json");
        assertThat(doc.exitCode()).as(doc.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(doc.out());
        assertThat(o.get("cards").asInt()).isEqualTo(1);
        assertThat(o.get("orphans").asInt()).isZero();
        var byId = new ObjectMapper().readTree(run("doctor", "shelf-only", "--json").out());
        assertThat(byId.get("orphans").asInt()).isZero();
    }

    @Test
    void doctorSeesTheConfiguredFoldersCardsEvenWhenGradedThroughAFile() throws Exception {
        var g = run("grade", "shelf-only/capital", "good", "--at", "2026-01-05T09:00:00Z",
                tmp.resolve("shelf/peru.yaml").toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(run("doctor", "--json").out());
        assertThat(o.get("orphans").asInt()).as(o.toString()).isZero();
    }

    @Test
    void everyDeckCommandTakesTheConfiguredDecksIdAndRefusesAnUnknownOne() {
        assertThat(run("study", "shelf-only").err()).contains("needs a terminal"); // found; no terminal in tests
        for (String[] args : new String[][] {{"next", "nowhere"}, {"grade", "shelf-only/capital", "good", "nowhere"},
                {"doctor", "nowhere"}, {"stats", "nowhere"}, {"study", "nowhere"}}) {
            var r = run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err()).contains("no deck file or deck id `nowhere`").contains("known decks: shelf-only")
                    .doesNotContain("Exception");
        }
        var missing = run("next", tmp.resolve("gone.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("gone.yaml: no such file or folder");
    }

    @Test
    void statsAndNextAgreeOnWhichDecksExist() throws Exception {
        cli.bundledDecks(Path.of("decks"));
        var stats = run("stats", "--json");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        Set<String> statsDecks = new TreeSet<>();
        for (JsonNode p : new ObjectMapper().readTree(stats.out()).get("presets")) {
            p.get("decks").forEach(d -> statsDecks.add(d.asText()));
        }
        var next = run("next", "--all", "--json", "--at", "2026-01-05T09:00:00Z");
        assertThat(next.exitCode()).as(next.err()).isZero();
        Set<String> nextDecks = new TreeSet<>();
        for (String line : next.out().lines().toList()) {
            nextDecks.add(new ObjectMapper().readTree(line).get("deck").asText());
        }
        assertThat(nextDecks).contains("shelf-only", "spaced-repetition").isEqualTo(statsDecks);
    }

    @Test
    void statsNextAndDoctorSeeTheSameDecksFromEveryKindOfFolder() throws Exception {
        cli.bundledDecks(Path.of("decks"));
        Path own = Files.createDirectories(data.resolve("decks"));
        Files.writeString(own.resolve("own.yaml"), SHELF_DECK.replace("deck: shelf-only", "deck: own-deck"));
        Set<String> statsDecks = new TreeSet<>();
        for (JsonNode p : new ObjectMapper().readTree(run("stats", "--json").out()).get("presets")) {
            p.get("decks").forEach(d -> statsDecks.add(d.asText()));
        }
        var next = run("next", "--all", "--json", "--at", "2026-01-05T09:00:00Z");
        Set<String> nextDecks = new TreeSet<>();
        java.util.Map<String, String> firstCard = new java.util.TreeMap<>();
        for (String line : next.out().lines().toList()) {
            JsonNode o = new ObjectMapper().readTree(line);
            nextDecks.add(o.get("deck").asText());
            firstCard.putIfAbsent(o.get("deck").asText(), o.get("key").asText());
        }
        assertThat(nextDecks).contains("shelf-only", "own-deck", "spaced-repetition").isEqualTo(statsDecks);
        for (String key : firstCard.values()) {
            var g = run("grade", key, "good", "--at", "2026-01-05T09:00:00Z");
            assertThat(g.exitCode()).as(key + ": " + g.err()).isZero();
        }
        JsonNode doctor = new ObjectMapper().readTree(run("doctor", "--json").out());
        assertThat(doctor.get("cards").asInt()).isEqualTo(firstCard.size());
        assertThat(doctor.get("orphans").asInt()).as("doctor knows every deck stats and next know").isZero();
        for (String id : List.of("shelf-only", "own-deck")) {
            JsonNode one = new ObjectMapper().readTree(run("doctor", id, "--json").out());
            assertThat(one.get("orphans").asInt()).as(id).isEqualTo(firstCard.size() - 1);
            assertThat(run("next", id, "--all", "--json", "--at", "2026-01-05T09:01:00Z").out()).contains("\"deck\":\"" + id + "\"");
        }
    }
}
