package cuecard.bench;

import cuecard.deck.Deck;
import cuecard.generate.Generator;
import cuecard.generate.InputText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generator in-process (HanLP warm): every seed interview in ../shared/seeds into one deck, and our own six
 * small fixtures. With no seeds present the seed benchmark runs over the fixtures too (and says so).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneratorBench {

    List<InputText> seeds;
    List<InputText> fixtures;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        fixtures = read(Path.of("src/test/resources/generate"));
        Path shared = Path.of("../shared/seeds");
        seeds = Files.isDirectory(shared) ? read(shared) : fixtures;
        if (!Files.isDirectory(shared)) {
            System.err.println("GeneratorBench: no ../shared/seeds; the seed figure is over the fixtures");
        }
    }

    private static List<InputText> read(Path dir) throws IOException {
        List<InputText> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                out.add(new InputText(Generator.refFor(name), name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Benchmark
    public Deck allSeeds() {
        return Generator.generate(seeds, Generator.Settings.defaults(), Generator.Progress.NONE);
    }

    @Benchmark
    public Deck ownFixtures() {
        return Generator.generate(fixtures, Generator.Settings.defaults(), Generator.Progress.NONE);
    }
}
