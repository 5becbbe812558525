package cuecard.bench;

import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * CPU time of one FSRS review step (all four outcomes), measured with the thread's CPU clock rather than the wall
 * clock, for machines where other work shares the cores and JMH's wall-clock figures mostly measure waiting.
 * Run: {@code java -cp target/test-classes:target/classes cuecard.bench.FsrsCpuTime}.
 */
public final class FsrsCpuTime {

    private FsrsCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        Instant now = Instant.parse("2026-11-01T12:00:00Z");
        CardState[] cards = new CardState[1024];
        Random rnd = new Random(3);
        for (int k = 0; k < cards.length; k++) {
            double s = Math.exp(rnd.nextDouble() * 7);
            int elapsed = 1 + rnd.nextInt((int) Math.max(2, s * 2));
            cards[k] = new CardState(Phase.REVIEW, 0, new MemoryState(s, 1 + rnd.nextDouble() * 9), now,
                    now.minus(Duration.ofDays(elapsed)), 6, 1, (int) s);
        }
        Fsrs fuzzed = new Fsrs(FsrsSettings.defaults());
        Fsrs plain = new Fsrs(FsrsSettings.defaults().withFuzz(false));
        int n = 3_000_000;
        long sink = 0;
        for (int round = 1; round <= 6; round++) {
            long t0 = clock.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += fuzzed.next(cards[i & 1023], now, i).good().scheduledDays();
            }
            long t1 = clock.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += plain.next(cards[i & 1023], now, i).good().scheduledDays();
            }
            long t2 = clock.getCurrentThreadCpuTime();
            System.out.printf("round %d: review step %.0f ns CPU with fuzz, %.0f ns without%s%n", round,
                    (t1 - t0) / (double) n, (t2 - t1) / (double) n, round <= 2 ? " (warm-up)" : "");
        }
        System.out.println("checksum " + sink);
    }
}
