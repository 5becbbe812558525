package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line built for one command's arguments behaves exactly as the whole one. */
class CliFactoryTest {

    @TempDir
    Path tmp;

    @Test
    void everyVerbIsListedUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> v : CliFactory.VERBS.entrySet()) {
            var byHand = CliFactory.BY_HAND.get(v.getValue());
            if (byHand != null) {
                assertThat(byHand.apply(new Environment(Map.of(), tmp, null)).name()).isEqualTo(v.getKey());
                assertThat(v.getValue().getAnnotation(CommandLine.Command.class)).as(v.getKey()).isNull();
                continue;
            }
            CommandLine.Command c = v.getValue().getAnnotation(CommandLine.Command.class);
            assertThat(c).as(v.getKey()).isNotNull();
            assertThat(c.name()).as(v.getKey()).isEqualTo(v.getKey());
        }
    }

    @Test
    void aLineNamingOneVerbBuildsOnlyThatVerb() {
        assertThat(CliFactory.needed(new String[] {"next", "decks"}).keySet()).containsExactly("next");
        assertThat(CliFactory.needed(new String[] {"--data-dir", "d", "stats", "--json"}).keySet())
                .containsExactly("stats");
        assertThat(CliFactory.needed(new String[] {"--data-dir=d", "grade"}).keySet()).containsExactly("grade");
        assertThat(CliFactory.needed(new String[] {})).isEmpty();
        assertThat(CliFactory.needed(new String[] {"--version"})).isEmpty();
        assertThat(CliFactory.needed(new String[] {"--data-dir", "d"})).isEmpty();
        for (String[] whole : List.of(new String[] {"--help"}, new String[] {"help", "next"},
                new String[] {"nxt"}, new String[] {"generate-completion"}, new String[] {"--data-dir"},
                new String[] {"--version", "next"}, new String[] {"-x", "next"})) {
            assertThat(CliFactory.needed(whole)).as(String.join(" ", whole)).isEqualTo(CliFactory.VERBS);
        }
    }

    @Test
    void bothLinesPrintTheSameAndExitAlike() throws Exception {
        Path deck = tmp.resolve("d.yaml");
        Files.writeString(deck, """
                deck: d
                title: D
                language: en
                cards:
                  - type: basic
                    id: one
                    front: one?
                    back: "1"
                  - type: basic
                    id: two
                    front: two?
                    back: "2"
                """);
        List<String[]> lines = List.of(
                new String[] {"--version"},
                new String[] {"--help"},
                new String[] {"next", "--help"},
                new String[] {"help", "stats"},
                new String[] {"nxt"},
                new String[] {"lint", deck.toString()},
                new String[] {"--data-dir", "DATA", "next", "--json", "--all", deck.toString()},
                new String[] {"next", "--data-dir", "DATA", "--no-such-flag"},
                new String[] {"grade", "--data-dir", "DATA", "d/one", "good", "--at", "2026-01-02T03:04:05Z"},
                new String[] {"doctor", "--data-dir", "DATA", "--json"},
                new String[] {"fsrs", "--help"},
                new String[] {"--data-dir"});
        for (String[] line : lines) {
            CliRun run = CliRun.withHome(tmp).at("2026-01-02T03:04:05Z", "UTC");
            // each in a data dir of its own, as both may record
            CliRun.Result part = run.run(in(line, tmp.resolve("part")));
            CliRun.Result whole = run.runOnWholeLine(in(line, tmp.resolve("whole")));
            String shown = String.join(" ", line);
            assertThat(part.exitCode()).as(shown).isEqualTo(whole.exitCode());
            assertThat(part.out().replace(tmp.resolve("part").toString(), "DATA")).as(shown)
                    .isEqualTo(whole.out().replace(tmp.resolve("whole").toString(), "DATA"));
            assertThat(part.err().replace(tmp.resolve("part").toString(), "DATA")).as(shown)
                    .isEqualTo(whole.err().replace(tmp.resolve("whole").toString(), "DATA"));
        }
        assertThat(CliRun.withHome(tmp).run("next", "--json", "--all", deck.toString()).out()).contains("d/one");
        assertThat(CliRun.withHome(tmp).run("--help").out()).contains("next", "stats", "study", "optimize");
    }

    private static String[] in(String[] line, Path data) {
        String[] out = line.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].replace("DATA", data.toString());
        }
        return out;
    }
}
