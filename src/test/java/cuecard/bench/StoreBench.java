package cuecard.bench;

import cuecard.store.Store;
import cuecard.store.SyntheticLog;
import cuecard.study.Review;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Store figures (a benchmark main, not JMH: each load is one long operation):
 * loading N logged reviews over M cards with no snapshot (every line parsed and replayed) and from the snapshot
 * (snapshot read, logs checked by CRC-32C), and recording one review including its fsync (median of many).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) cuecard.bench.StoreBench [reviews] [cards] [dir]</pre>
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int reviews = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int cards = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path data = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("cuecard-store-bench");
        Clock clock = Clock.systemUTC();
        long t0 = System.nanoTime();
        SyntheticLog.write(data, cards, reviews, 42);
        Path log;
        try (var files = Files.list(data.resolve("reviews"))) {
            log = files.findFirst().orElseThrow();
        }
        System.out.printf("wrote %,d reviews over %,d cards (%,d MB) in %.1f s%n", reviews, cards,
                Files.size(log) >> 20, (System.nanoTime() - t0) / 1e9);

        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Files.deleteIfExists(data.resolve("snapshot.json"));
            long s = System.nanoTime();
            try (Store store = Store.openReadOnly(data, clock)) {
                check(store, cards, Store.Start.COLD);
            }
            cold.add((System.nanoTime() - s) / 1e6);
        }
        try (Store store = Store.open(data, clock)) {
            store.writeSnapshot();
        }
        System.out.printf("snapshot: %,d KB%n", Files.size(data.resolve("snapshot.json")) >> 10);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long s = System.nanoTime();
            try (Store store = Store.openReadOnly(data, clock)) {
                check(store, cards, Store.Start.SNAPSHOT);
            }
            warm.add((System.nanoTime() - s) / 1e6);
        }
        List<Double> record = new ArrayList<>();
        try (Store store = Store.open(data, clock)) {
            Instant at = Instant.parse("2030-01-01T00:00:00Z");
            for (int i = 0; i < 200; i++) {
                at = at.plus(Duration.ofMinutes(1));
                Review r = SyntheticLog.next(store, i * 37 % cards, at);
                long s = System.nanoTime();
                store.record(r);
                record.add((System.nanoTime() - s) / 1e6);
            }
        }
        System.out.printf("load without snapshot (parse + replay every line): median %.0f ms  %s%n", median(cold), cold);
        System.out.printf("load from snapshot (read + CRC-32C of the log): median %.0f ms  %s%n", median(warm), warm);
        System.out.printf("record one review incl. fsync: median %.2f ms, p90 %.2f ms (200 reviews)%n", median(record),
                percentile(record, 0.9));
    }

    private static void check(Store store, int cards, Store.Start expected) {
        if (store.states().size() != cards || store.start() != expected) {
            throw new AssertionError("unexpected load: " + store.states().size() + " cards, " + store.start());
        }
    }

    private static double median(List<Double> xs) {
        return percentile(xs, 0.5);
    }

    private static double percentile(List<Double> xs, double q) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((int) Math.min(s.size() - 1, Math.round(q * (s.size() - 1))));
    }
}
