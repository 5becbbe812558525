package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint says when cards with progress have left their deck, e.g. because a prompt without an `id` was edited. */
class LintProgressTest {

    private static final String DECK = """
            deck: words
            cards:
              - type: basic
                front: 谢谢
                back: thank you
              - type: basic
                id: ni-hao
                front: 你好
                back: hello
            """;

    @TempDir
    Path tmp;

    @Test
    void editingAnUnpinnedPromptIsReported() throws Exception {
        Path deck = tmp.resolve("words.yaml");
        Files.writeString(deck, DECK);
        String data = tmp.resolve("data").toString();
        CliRun cli = CliRun.withHome(tmp);
        String oldKey = cuecard.deckfile.Library.load(java.util.List.of(deck)).decks().get(0).cards().get(0).key().toString();
        assertThat(cli.run("grade", oldKey, "good", deck.toString(), "--data-dir", data).exitCode()).isZero();
        assertThat(cli.run("grade", "words/ni-hao", "good", deck.toString(), "--data-dir", data).exitCode()).isZero();

        CliRun.Result clean = cli.run("lint", deck.toString(), "--data-dir", data);
        assertThat(clean.out()).doesNotContain("no longer in the deck");

        Files.writeString(deck, DECK.replace("谢谢", "谢谢！").replace("你好", "您好"));
        CliRun.Result r = cli.run("lint", deck.toString(), "--data-dir", data);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("1 card with progress is no longer in the deck (" + oldKey + ")")
                .contains("doctor --remap");
        CliRun.Result j = cli.run("lint", deck.toString(), "--data-dir", data, "--json");
        JsonNode files = new ObjectMapper().readTree(j.out()).get("files");
        assertThat(files.get(0).get("lostProgress").get(0).asText()).isEqualTo(oldKey);
    }

    @Test
    void withoutAStoreLintOnlyChecksDecks() throws Exception {
        Path deck = tmp.resolve("words.yaml");
        Files.writeString(deck, DECK);
        CliRun.Result r = CliRun.withHome(tmp).run("lint", deck.toString(), "--data-dir", tmp.resolve("none").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("no longer in the deck");
        assertThat(tmp.resolve("none")).doesNotExist();
    }
}
