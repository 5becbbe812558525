package cuecard.bench;

import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckCache;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loading deck files: one 2,000-note deck, and the whole 100,000-note synthetic collection (50 decks), parsed from
 * YAML and taken from the deck cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeckLoadBench {

    List<Path> files;
    DeckCache cache;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("cuecard-bench-decks");
        files = SyntheticDecks.write(dir, 50, 2000, 42);
        cache = DeckCache.in(dir.resolve("cache"), "bench");
        Library.load(files, cache); // fills the cache
    }

    @Benchmark
    public Object oneDeckOf2000Notes() {
        return check(DeckLoader.load(files.get(0)));
    }

    @Benchmark
    public int collectionOf100000Notes() {
        int cards = 0;
        for (Path f : files) {
            cards += ((DeckResult.Ok) check(DeckLoader.load(f))).deck().cards().size();
        }
        return cards;
    }

    /** The same 50 decks from the deck cache (what a command reads once the decks were loaded before). */
    @Benchmark
    public int collectionFromTheCache() {
        int cards = 0;
        for (Path f : files) {
            cards += ((DeckResult.Ok) check(cache.load(f))).deck().cards().size();
        }
        return cards;
    }

    private static DeckResult check(DeckResult r) {
        if (!(r instanceof DeckResult.Ok)) {
            throw new IllegalStateException("synthetic deck failed to load: " + r.problems());
        }
        return r;
    }
}
