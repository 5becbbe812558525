package cuecard.bench;

import cuecard.deck.CardKey;
import cuecard.store.Store;
import cuecard.store.SyntheticLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The store in a warm JVM: loading 1,000,000 logged reviews over 100,000 cards cold (every line parsed and
 * replayed) and from the snapshot (targets: under 2 s and under 0.3 s), and recording one review with its fsync
 * (sampled: JMH prints the median as p0.50), and reading every review's brief from the review digest against parsing
 * the log again. A fresh process per load, as {@code cuecard} starts, is measured by
 * {@link StoreBench} through {@code src/test/scripts/bench-store.sh}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreLoadBench {

    @Param("1000000")
    int reviews;

    @Param("100000")
    int cards;

    private Path root;
    private Path cold;
    private Path snapshot;
    private Path recording;
    private Store open;
    private Store reader;
    private int recorded;
    private Instant at;
    private final Clock clock = Clock.systemUTC();

    @Setup(Level.Trial)
    public void write() throws IOException {
        root = Files.createTempDirectory("cuecard-store-jmh");
        cold = root.resolve("cold");
        SyntheticLog.write(cold, cards, reviews, 42);
        // the same log files, linked, beside a snapshot of them
        snapshot = root.resolve("snapshot");
        Files.createDirectories(snapshot.resolve("reviews"));
        try (Stream<Path> logs = Files.list(cold.resolve("reviews"))) {
            for (Path p : logs.toList()) {
                Files.createLink(snapshot.resolve("reviews").resolve(p.getFileName()), p);
            }
        }
        try (Store s = Store.open(snapshot, clock)) {
            s.writeSnapshot();
        }
        reader = Store.openReadOnly(snapshot, clock);
        reader.eachReviewBrief(b -> { }); // writes the review digest
        recording = root.resolve("record");
        SyntheticLog.write(recording, 1000, 10_000, 7);
        open = Store.open(recording, clock);
        at = Instant.parse("2030-01-01T00:00:00Z");
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        open.close();
        reader.close();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public int coldLoad() {
        return load(cold, Store.Start.COLD);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public int snapshotLoad() {
        return load(snapshot, Store.Start.SNAPSHOT);
    }

    /** Every review's brief from the review digest (what {@code stats} and {@code optimize} read). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public long reviewsFromTheDigest() {
        long[] n = {0};
        reader.eachReviewBrief(b -> n[0] += b.rating().ordinal() + 1);
        return n[0];
    }

    /** The same by parsing every line of the log again (what they read before the digest). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public long reviewsFromTheLog() {
        long[] n = {0};
        reader.eachReview(r -> n[0] += r.rating().ordinal() + 1);
        return n[0];
    }

    /** One card's history for the card browser, read at the places the digest gives. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public int historyOfOneCard() {
        int i = ++historyCard * 7919 % cards;
        return reader.history(new CardKey("deck" + (i % 50), "card-" + i)).size();
    }

    private int historyCard;

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public void recordOneReview() throws Exception {
        at = at.plus(Duration.ofMinutes(1));
        open.record(SyntheticLog.next(open, recorded++ * 37 % 1000, at));
    }

    private int load(Path dir, Store.Start expected) {
        try (Store s = Store.openReadOnly(dir, clock)) {
            if (s.start() != expected || s.reviewCount() != reviews) {
                throw new IllegalStateException("loaded " + s.start() + " with " + s.reviewCount() + " reviews");
            }
            return s.states().size();
        }
    }
}
