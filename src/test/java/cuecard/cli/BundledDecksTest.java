package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated decks in decks/ are exactly what the generator writes for the seed interviews, with the arguments
 * in src/test/scripts/generate-decks.sh (its `gen` lines).
 */
class BundledDecksTest {

    private static final Path SCRIPT = Path.of("src/test/scripts/generate-decks.sh");
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    @TempDir
    Path tmp;

    record Gen(String id, String title, String max, List<String> files) {
    }

    static List<Gen> gens() throws Exception {
        List<Gen> out = new ArrayList<>();
        for (String line : Files.readAllLines(SCRIPT)) {
            if (!line.startsWith("gen ")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(line.substring(4));
            while (m.find()) {
                words.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            out.add(new Gen(words.get(0), words.get(1), words.get(2), words.subList(3, words.size())));
        }
        return out;
    }

    @Test
    void theScriptNamesThreeDecks() throws Exception {
        assertThat(gens()).extracting(Gen::id).containsExactly("altman-bloomberg-zh-hans", "altman-bloomberg-zh-hant", "altman-all-in-2024");
    }

    @Test
    void everySeedHasAReadableSourceId() throws Exception {
        for (Gen g : gens()) {
            assertThat(g.files()).allSatisfy(f -> assertThat(f).matches("[^=]+=[a-z][a-z0-9-]+"));
            for (String f : g.files()) {
                String ref = f.split("=", 2)[1];
                assertThat(Files.readString(Path.of("decks", g.id() + ".yaml"))).contains("  - id: " + ref + "\n")
                        .contains("source: {ref: " + ref + ",").doesNotContain(f.split("=", 2)[0].replaceAll("\\.txt$", ""));
            }
        }
    }

    @Test
    void everyGeneratedDeckLoadsWithoutErrors() throws Exception {
        for (Gen g : gens()) {
            DeckResult r = DeckLoader.load(Path.of("decks", g.id() + ".yaml"));
            assertThat(r).as(g.id()).isInstanceOf(DeckResult.Ok.class);
            assertThat(r.problems()).as(g.id()).isEmpty();
        }
    }

    @Test
    void regeneratingGivesByteIdenticalDecks() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "the seed interviews are not in ../shared/seeds; skipped");
        for (Gen g : gens()) {
            Path out = tmp.resolve(g.id() + ".yaml");
            List<String> args = new ArrayList<>(List.of("generate"));
            g.files().forEach(f -> args.add(SEEDS.resolve(f.split("=", 2)[0]).toString()));
            g.files().forEach(f -> args.addAll(List.of("--ref", f.split("=", 2)[1])));
            args.addAll(List.of("--id", g.id(), "--title", g.title(), "--max-cards", g.max(), "-o", out.toString()));
            CliRun.Result r = CliRun.withHome(tmp).run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
            assertThat(Files.readString(out)).as(g.id() + " differs from decks/; run src/test/scripts/generate-decks.sh")
                    .isEqualTo(Files.readString(Path.of("decks", g.id() + ".yaml")));
        }
    }
}
