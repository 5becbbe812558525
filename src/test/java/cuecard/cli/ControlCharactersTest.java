package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Control characters in card text, field names and file names never reach the terminal raw. */
class ControlCharactersTest extends DeckInTempDirTest {

    /** The card's front retitles an xterm ({@code ESC ] 0 ; ... BEL}) and clears the screen (C1 CSI). */
    static final String DECK = "deck: evil\ntitle: \"Evil \\e[31m\"\ncards:\n  - type: basic\n    id: a\n"
            + "    front: \"Front \\e]0;pwned\\a text \\x9b2J\"\n    back: \"Back\\rover\"\n";

    @Override
    String deckFile() {
        return "evil.yaml";
    }

    @Override
    String deckText() {
        return DECK;
    }

    static void noRawControls(String s) {
        assertThat(s.chars().filter(c -> c != '\n' && c != '\t').noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)))
                .as("raw control characters in %s", s).isTrue();
    }

    @Test
    void nextShowsTheFrontEscaped() {
        CliRun.Result r = run("next", deck.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Front \\u001b]0;pwned\\u0007 text \\u009b2J");
        noRawControls(r.out());
    }

    @Test
    void nextJsonStaysJsonWithTheExactText() throws Exception {
        CliRun.Result r = run("next", deck.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        noRawControls(r.out());
        assertThat(new ObjectMapper().readTree(r.out()).get("prompt").asText())
                .isEqualTo("Front \u001b]0;pwned\u0007 text \u009b2J");
    }

    @Test
    void lintQuotesAFieldNameAndAFileNameEscaped() throws Exception {
        Path odd = tmp.resolve("odd\u001b]0;x\u0007.yaml");
        Files.writeString(odd, "deck: odd\ncards:\n  - type: basic\n    \"fr\\ent\": x\n    front: a\n    back: b\n");
        CliRun.Result r = run("lint", odd.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("odd\\u001b]0;x\\u0007.yaml:4:5").contains("fr\\u001bnt");
        noRawControls(r.out());
        CliRun.Result missing = run("lint", tmp.resolve("gone\u001b[2J.yaml").toString());
        noRawControls(missing.out() + missing.err());
    }

    @Test
    void exportKeepsTheDataExact() throws Exception {
        Path out = tmp.resolve("evil.json");
        CliRun.Result r = run("export", deck.toString(), "--format", "json", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(Files.readString(out)).toString()).contains("\\u001B]0;pwned\\u0007");
        CliRun.Result csv = run("export", deck.toString(), "--format", "csv");
        assertThat(csv.out()).contains("Front \u001b]0;pwned\u0007 text");
    }

    @Test
    void statsAndTheDeckListInAPipeAreEscaped() {
        CliRun.Result s = run("stats", deck.toString());
        noRawControls(s.out() + s.err());
        CliRun.Result study = run("study", deck.toString());
        noRawControls(study.out() + study.err());
    }
}
