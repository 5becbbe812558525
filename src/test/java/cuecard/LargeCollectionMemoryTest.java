package cuecard;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.bench.SyntheticDecks;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.deckfile.Library;
import cuecard.store.SyntheticLog;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's memory bound: a collection of 100,000 cards in 50 decks (every card type, Latin and CJK text) with
 * 1,000,000 logged reviews studies, shows its statistics and optimizes in a JVM limited to 512 MiB of heap.
 */
class LargeCollectionMemoryTest {

    @TempDir
    Path dir;

    @Test
    void studiesStatsAndOptimizesWithin512MiB() throws Exception {
        Path decks = dir.resolve("decks");
        SyntheticDecks.write(decks, 50, 2000, 42);
        List<Deck> loaded = Library.load(List.of(decks)).decks();
        CardKey[] keys = loaded.stream().flatMap(d -> d.cards().stream()).map(c -> c.key()).toArray(CardKey[]::new);
        assertThat(keys).hasSize(100_000);
        Path data = dir.resolve("data");
        SyntheticLog.write(data, keys, 1_000_000, 7);

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "cuecard.bench.MemoryCheck", decks.toString(), data.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("memory-check.log").toFile()).start();
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        String log = Files.readString(dir.resolve("memory-check.log"), StandardCharsets.UTF_8);
        if (!finished) {
            p.destroyForcibly();
        }
        System.out.println(log);
        assertThat(finished).as("finished in time:\n" + log).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("opened the store: 1000000 reviews").contains("stats:").contains("optimize:")
                .contains("ok; heap limit");
    }
}
