package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Review logs damaged at random (bytes flipped, lines cut, duplicated, swapped, joined, garbage added, the file
 * truncated): the store always opens, never throws anything but its own located {@link StoreException}, never
 * drops a line it can still read, and never changes a byte of what is on disk except by appending.
 */
class StoreFuzzProperties {

    private static final byte[] LOG = sampleLog();

    private static byte[] sampleLog() {
        try {
            Path dir = Files.createTempDirectory("cuecard-fuzz-sample");
            Clock clock = Clock.fixed(Reviews.T0.plus(Duration.ofDays(60)), ZoneOffset.UTC);
            try (Store s = Store.open(dir, clock)) {
                for (int c = 0; c < 6; c++) {
                    CardKey key = new CardKey("fuzz", "card-" + c + (c % 2 == 0 ? "-记忆" : ""));
                    Review r = s.record(Reviews.first(key, Reviews.T0.plus(Duration.ofHours(c))));
                    for (int n = 1; n < 4; n++) {
                        r = s.record(Reviews.next(key, r.after(), n == 2 ? Rating.AGAIN : Rating.GOOD,
                                Reviews.T0.plus(Duration.ofDays(n * 3L)).plus(Duration.ofHours(c))));
                    }
                }
                s.suspend(new CardKey("fuzz", "card-1"), true);
                s.undoLast();
            }
            try (Stream<Path> logs = Files.list(dir.resolve("reviews"))) {
                return Files.readAllBytes(logs.findFirst().orElseThrow());
            }
        } catch (IOException | cuecard.review.Progress.StaleCard e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] mutate(byte[] log, long seed, int edits) {
        Random rnd = new Random(seed);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < log.length; i++) {
            if (log[i] == '\n') {
                lines.add(Arrays.copyOfRange(log, start, i + 1));
                start = i + 1;
            }
        }
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = rnd.nextInt(lines.size());
            byte[] line = lines.get(i);
            if (line.length == 0) { // cut to nothing by an earlier edit
                lines.remove(i);
                continue;
            }
            switch (rnd.nextInt(7)) {
                case 0 -> line[rnd.nextInt(line.length)] = (byte) rnd.nextInt(256);           // flip a byte
                case 1 -> lines.set(i, Arrays.copyOf(line, rnd.nextInt(line.length)));          // cut a line
                case 2 -> lines.add(i, line.clone());                                           // duplicate
                case 3 -> lines.add(i, "{\"v\":1,\"kind\":\"review\",\"id\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
                case 4 -> lines.add(i, new byte[] {(byte) 0xff, (byte) 0xfe, '{', '\n'});      // not UTF-8
                case 5 -> Collections.swap(lines, i, rnd.nextInt(lines.size()));               // reorder
                default -> lines.remove(i);
            }
        }
        int size = lines.stream().mapToInt(l -> l.length).sum();
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] l : lines) {
            System.arraycopy(l, 0, out, at, l.length);
            at += l.length;
        }
        if (rnd.nextInt(3) == 0 && out.length > 0) {
            out = Arrays.copyOf(out, rnd.nextInt(out.length));                                  // torn tail
        }
        return out;
    }

    private static final class Collections {
        static void swap(List<byte[]> l, int a, int b) {
            byte[] t = l.get(a);
            l.set(a, l.get(b));
            l.set(b, t);
        }
    }

    @Property(tries = 100)
    void damagedLogsOpenWithLocatedProblemsAndLoseNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits)
            throws IOException {
        byte[] damaged = mutate(LOG.clone(), seed, edits);
        Path dir = Files.createTempDirectory("cuecard-fuzz");
        try {
            Path log = dir.resolve("reviews").resolve("other-device.jsonl");
            Files.createDirectories(log.getParent());
            Files.write(log, damaged);
            Clock clock = Clock.fixed(Reviews.T0.plus(Duration.ofDays(90)), ZoneOffset.UTC);

            Set<String> readable = new HashSet<>();
            try (Store s = Store.openReadOnly(dir, clock)) {
                s.reviews().forEach(r -> readable.add(r.id()));
                for (StoreProblem p : s.problems()) {
                    assertThat(p.format()).as("a problem names its file").contains("other-device.jsonl");
                }
            } catch (StoreException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
            assertThat(Files.readAllBytes(log)).as("reading changes nothing").isEqualTo(damaged);

            try (Store s = Store.open(dir, clock)) {
                Set<String> again = new HashSet<>();
                s.reviews().forEach(r -> again.add(r.id()));
                assertThat(again).as("the writer reads what the reader read").containsAll(readable);
                s.suspend(new CardKey("fuzz", "card-0"), true);
            } catch (StoreException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
            assertThat(Files.readAllBytes(log)).as("another device's log is never written").isEqualTo(damaged);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    @Property(tries = 60)
    void damagedOwnLogIsOnlyEverAppendedTo(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits)
            throws IOException {
        byte[] damaged = mutate(LOG.clone(), seed, edits);
        Path dir = Files.createTempDirectory("cuecard-fuzz-own");
        try {
            Clock clock = Clock.fixed(Reviews.T0.plus(Duration.ofDays(90)), ZoneOffset.UTC);
            String device;
            try (Store s = Store.open(dir, clock)) {
                device = s.deviceId();
            }
            Path log = dir.resolve("reviews").resolve(device + ".jsonl");
            Files.write(log, damaged);
            try (Store s = Store.open(dir, clock)) {
                s.suspend(new CardKey("fuzz", "card-2"), true);
                assertThat(s.suspended(new CardKey("fuzz", "card-2"))).isTrue();
            } catch (StoreException e) {
                assertThat(e.getMessage()).isNotBlank();
                return;
            }
            byte[] after = Files.readAllBytes(log);
            assertThat(after.length).isGreaterThan(damaged.length);
            assertThat(Arrays.copyOf(after, damaged.length)).as("what was there stays byte for byte").isEqualTo(damaged);
            try (Store s = Store.openReadOnly(dir, clock)) {
                assertThat(s.suspended(new CardKey("fuzz", "card-2"))).as("the new entry reads back").isTrue();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
