package cuecard.bench;

import cuecard.review.Review;
import cuecard.store.Store;
import cuecard.store.SyntheticLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Store figures (a benchmark main, not JMH: a load is one long operation, and what matters is a fresh process).
 * Run by {@code src/test/scripts/bench-store.sh}, which starts one JVM per load:
 * <pre>
 *   StoreBench generate DIR REVIEWS CARDS   write a synthetic log (no fsync per line)
 *   StoreBench cold DIR                     load with no snapshot: every line parsed and replayed (read-only)
 *   StoreBench snapshot DIR                 write the snapshot once, then load from it (read-only)
 *   StoreBench record DIR N                 record N reviews, each fsynced; median and p90
 * </pre>
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        Clock clock = Clock.systemUTC();
        switch (args[0]) {
            case "generate" -> {
                long t0 = System.nanoTime();
                SyntheticLog.write(data, Integer.parseInt(args[3]), Integer.parseInt(args[2]), 42);
                long bytes = 0;
                try (var files = Files.list(data.resolve("reviews"))) {
                    for (Path p : files.toList()) {
                        bytes += Files.size(p);
                    }
                }
                System.out.printf("wrote %s reviews over %s cards, %d MB, in %.1f s%n", args[2], args[3], bytes >> 20,
                        (System.nanoTime() - t0) / 1e9);
            }
            case "cold" -> {
                Files.deleteIfExists(data.resolve("snapshot.json"));
                load(data, clock, Store.Start.COLD);
            }
            case "snapshot" -> {
                if (!Files.exists(data.resolve("snapshot.json"))) {
                    try (Store s = Store.open(data, clock)) {
                        s.writeSnapshot();
                    }
                }
                load(data, clock, Store.Start.SNAPSHOT);
            }
            case "record" -> record(data, clock, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("generate, cold, snapshot or record");
        }
    }

    /** CPU time of the whole process (all threads: JIT compiler and GC included), in ms. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static void load(Path data, Clock clock, Store.Start expected) {
        long s = System.nanoTime();
        long cpu = cpuMillis();
        try (Store store = Store.openReadOnly(data, clock)) {
            long ms = (System.nanoTime() - s) / 1_000_000;
            cpu = cpuMillis() - cpu;
            if (store.start() != expected) {
                throw new AssertionError("loaded " + store.start() + ", expected " + expected);
            }
            System.out.printf("%s load: %d ms (process CPU %d ms; %d cards, %d reviews)%n", expected, ms, cpu,
                    store.states().size(), store.reviewCount());
        }
    }

    private static void record(Path data, Clock clock, int n) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Store store = Store.open(data, clock)) {
            int cards = Math.max(1, store.states().size());
            Instant at = Instant.parse("2030-01-01T00:00:00Z");
            for (int i = 0; i < n; i++) {
                at = at.plus(Duration.ofMinutes(1));
                Review r = SyntheticLog.next(store, i * 37 % cards, at);
                long s = System.nanoTime();
                store.record(r);
                times.add((System.nanoTime() - s) / 1e6);
            }
        }
        Collections.sort(times);
        System.out.printf("record one review incl. fsync: median %.2f ms, p90 %.2f ms (%d reviews)%n",
                times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), n);
    }
}
