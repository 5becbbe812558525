package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every {@code --json} output on invalid input: a refusal or valid JSON, never an internal error. */
class JsonOnBadInputTest extends DeckInTempDirTest {

    static final String BROKEN = """
            deck: broken
            title: Broken
            cards:
              - type: basic
                front: a front without a back
            """;

    @Override
    String deckFile() {
        return "broken.yaml";
    }

    @Override
    String deckText() {
        return BROKEN;
    }

    @Test
    void lintJsonListsTheErrorsOfAnInvalidDeck() throws Exception {
        CliRun.Result r = run("lint", "--json", deck.toString());
        assertThat(r.err()).doesNotContain("internal error");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("errors").asInt()).isEqualTo(1);
        JsonNode file = root.get("files").get(0);
        assertThat(file.get("deck").isNull()).isTrue();
        assertThat(file.get("problems").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(file.get("lostProgress")).isEmpty();
    }

    @Test
    void lintJsonWithProgressInTheDataDirAndAnInvalidDeck() throws Exception {
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, "deck: good\ntitle: Good\ncards:\n  - type: basic\n    id: a\n    front: A\n    back: B\n");
        CliRun.Result g = run("grade", "good/a", "good", good.toString(), "--at", "2026-01-05T09:00:00Z");
        assertThat(g.exitCode()).as(g.err()).isZero();
        CliRun.Result r = run("lint", "--json", deck.toString(), good.toString());
        assertThat(r.err()).doesNotContain("internal error");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(new ObjectMapper().readTree(r.out()).get("files")).hasSize(2);
    }

    @ParameterizedTest(name = "{0} --json")
    @ValueSource(strings = {"next", "stats", "optimize", "doctor"})
    void deckCommandsRefuseAnInvalidDeckWithTheErrorOnStderr(String verb) {
        CliRun.Result r = run(verb, "--json", deck.toString());
        assertThat(r.err()).doesNotContain("internal error").contains("broken.yaml:4:5");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void doctorJsonStaysJsonWithADamagedLog() throws Exception {
        Files.createDirectories(data.resolve("reviews"));
        Files.write(data.resolve("reviews/other.jsonl"), new byte[] {'{', '"', (byte) 0xff, '\n', 'x', '\n'});
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, "deck: good\ntitle: Good\ncards:\n  - type: basic\n    id: a\n    front: A\n    back: B\n");
        CliRun.Result r = run("doctor", "--json", good.toString());
        assertThat(r.err()).doesNotContain("internal error");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.isObject()).isTrue();
        assertThat(root.get("problems").asInt()).isPositive();
        // an invalid deck named beside it is refused (exit 3), as next and stats refuse it, rather than its cards'
        // history being called orphaned
        CliRun.Result refused = run("doctor", "--json", deck.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).doesNotContain("internal error").contains("broken.yaml:4:5");
    }

    @Test
    void optimizeJsonRefusesBadHistories() throws Exception {
        Path h = tmp.resolve("h.jsonl");
        Files.writeString(h, "{\"id\": 1, \"reviews\": [{\"rating\": 9, \"delta_days\": 0}]}\n");
        CliRun.Result r = run("optimize", "--json", "--histories", h.toString());
        assertThat(r.err()).doesNotContain("internal error").contains("h.jsonl:1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
