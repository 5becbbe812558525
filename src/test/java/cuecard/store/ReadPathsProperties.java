package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The split between the two line readers changes nothing: a damaged log (lines mutated as in
 * {@link StoreFuzzProperties}, some rewritten with spaces or another field order, an over-long line) read with the
 * fast path for lines in the exact written form and Jackson for the rest, and read with Jackson's streaming parser
 * alone ({@link EntryJson#jacksonOnly}), gives the same states, the same reviews, the same problems at the same
 * lines, and the same next entry id (ids in damaged lines included).
 */
class ReadPathsProperties {

    private record Outcome(Map<CardKey, ?> states, List<Review> reviews, List<StoreProblem> problems,
                           List<StoreProblem> checked, String nextLine, String refused) {
    }

    @Property(tries = 100)
    void jacksonAloneReadsEveryLogAsTheSplitDoes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int edits)
            throws IOException {
        Path base = Files.createTempDirectory("cuecard-paths");
        try {
            Clock clock = Clock.fixed(Reviews.T0.plus(Duration.ofDays(90)), ZoneOffset.UTC);
            Path a = base.resolve("split");
            String device;
            try (Store s = Store.open(a, clock)) {
                device = s.deviceId();
                for (int c = 0; c < 5; c++) {
                    CardKey key = new CardKey("paths", "card-" + c + (c % 2 == 0 ? "-记忆" : ""));
                    Review r = s.record(Reviews.first(key, Reviews.T0.plus(Duration.ofHours(c))));
                    for (int n = 1; n < 4; n++) {
                        r = s.record(Reviews.next(key, r.after(), n == 2 ? Rating.AGAIN : Rating.GOOD,
                                Reviews.T0.plus(Duration.ofDays(n * 3L)).plus(Duration.ofHours(c))));
                    }
                }
                s.suspend(new CardKey("paths", "card-1"), true);
                s.undoLast();
            } catch (cuecard.review.Progress.StaleCard e) {
                throw new IllegalStateException(e);
            }
            Path log = a.resolve("reviews").resolve(device + ".jsonl");
            Files.deleteIfExists(a.resolve("snapshot.json"));
            Files.deleteIfExists(a.resolve("digest.bin"));
            Files.write(log, damage(Files.readAllBytes(log), seed, edits, device));
            Path b = base.resolve("jackson");
            copy(a, b);

            Outcome split = read(a, clock, false);
            Outcome jackson = read(b, clock, true);
            assertThat(jackson.states()).isEqualTo(split.states());
            assertThat(jackson.reviews()).isEqualTo(split.reviews());
            assertThat(jackson.problems()).isEqualTo(split.problems());
            assertThat(jackson.checked()).isEqualTo(split.checked());
            assertThat(jackson.nextLine()).as("the next id").isEqualTo(split.nextLine());
            assertThat(jackson.refused()).isEqualTo(split.refused());
        } finally {
            EntryJson.jacksonOnly = false;
            try (Stream<Path> walk = Files.walk(base)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Found by the property above: the fast path read these numbers, which are not JSON and which Jackson refuses. */
    @Example
    void numbersWithALeadingZeroOrATrailingDotAreLeftToJackson() throws Exception {
        byte[] good = EntryJson.line(new Entry.Reviewed(Reviews.first(new CardKey("paths", "zero"), Reviews.T0).withId("dev-1")));
        String text = new String(good, StandardCharsets.UTF_8).trim();
        assertThat(new FastLine().parse(good, 0, good.length - 1)).isNotNull();
        for (String[] edit : new String[][] {{"\"ms\":\\d+", "\"ms\":007"}, {"\"s\":[^,]*", "\"s\":01.5"},
                {"\"d\":[^,]*", "\"d\":5."}, {"\"reps\":\\d+", "\"reps\":00"}}) {
            byte[] line = text.replaceFirst(edit[0], edit[1]).getBytes(StandardCharsets.UTF_8);
            assertThat(new String(line, StandardCharsets.UTF_8)).contains(edit[1]);
            assertThat(new FastLine().parse(line, 0, line.length)).as(edit[1]).isNull();
            assertThat(new FastLine(true).parse(line, 0, line.length)).as(edit[1]).isNull();
            byte[] ended = java.util.Arrays.copyOf(line, line.length + 1);
            ended[line.length] = '\n';
            assertThat(new FastLine(true).leanLine(ended, 0, ended.length)).as(edit[1]).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EntryJson().parseGeneral(line, 0, line.length))
                    .as(edit[1]).isInstanceOf(EntryJson.BadLine.class);
        }
    }

    private static Outcome read(Path dir, Clock clock, boolean jacksonOnly) {
        EntryJson.jacksonOnly = jacksonOnly;
        try {
            Outcome o;
            try (Store s = Store.openReadOnly(dir, clock)) {
                assertThat(s.start()).isEqualTo(Store.Start.COLD);
                o = new Outcome(s.states(), s.reviews(), s.problems(), s.check(), null, null);
            } catch (StoreException e) {
                return new Outcome(null, null, null, null, null, e.getMessage());
            }
            try (Store s = Store.open(dir, clock)) {
                s.suspend(new CardKey("paths", "card-3"), true);
            } catch (StoreException e) {
                return new Outcome(o.states(), o.reviews(), o.problems(), o.checked(), null, e.getMessage());
            }
            Path log = dir.resolve("reviews");
            String last;
            try (Stream<Path> files = Files.list(log)) {
                byte[] all = Files.readAllBytes(files.findFirst().orElseThrow());
                String text = new String(all, StandardCharsets.UTF_8);
                String[] lines = text.split("\n");
                last = lines[lines.length - 1].replaceAll("\"at\":\"[^\"]*\"", "");
            }
            return new Outcome(o.states(), o.reviews(), o.problems(), o.checked(), last, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            EntryJson.jacksonOnly = false;
        }
    }

    /** Values at and past the edges of every range of docs/store.md, written where the writer writes them. */
    private static final String[][] IN_PLACE = {
        {"\"at\":\"\\d{4}", "\"at\":\"2200"}, {"\"at\":\"\\d{4}", "\"at\":\"2199"},
        {"\"at\":\"[^\"]*\"", "\"at\":\"1970-01-01T00:00:00Z\""},
        {"\"at\":\"[^\"]*\"", "\"at\":\"1969-12-31T23:59:59.999999999Z\""},
        {"\"at\":\"[^\"]*\"", "\"at\":\"2199-12-31T23:59:59.999999999Z\""},
        {"\"at\":\"[^\"]*\"", "\"at\":\"2026-02-29T00:00:00Z\""},
        {"\"at\":\"[^\"]*\"", "\"at\":\"2028-02-29T00:00:00Z\""},
        {"\"due\":\"\\d{4}", "\"due\":\"2200"}, {"\"last\":\"\\d{4}", "\"last\":\"1969"},
        {"\"s\":[^,]*", "\"s\":36500"}, {"\"s\":[^,]*", "\"s\":36500.000001"},
        {"\"s\":[^,]*", "\"s\":0"}, {"\"s\":[^,]*", "\"s\":-0.0"}, {"\"s\":[^,]*", "\"s\":1E2"},
        {"\"s\":[^,]*", "\"s\":01.5"}, {"\"s\":[^,]*", "\"s\":1."},
        {"\"d\":[^,]*", "\"d\":10"}, {"\"d\":[^,]*", "\"d\":10.0000001"},
        {"\"d\":[^,]*", "\"d\":1"}, {"\"d\":[^,]*", "\"d\":0.9999"},
        {"\"days\":\\d+", "\"days\":36500"}, {"\"days\":\\d+", "\"days\":36501"},
        {"\"step\":\\d+", "\"step\":1000"}, {"\"step\":\\d+", "\"step\":1001"},
        {"\"reps\":\\d+", "\"reps\":10000000"}, {"\"reps\":\\d+", "\"reps\":10000001"},
        {"\"lapses\":\\d+", "\"lapses\":99999999999999999999"},
        {"\"ms\":\\d+", "\"ms\":2147483647"}, {"\"ms\":\\d+", "\"ms\":2147483648"},
        {"\"ms\":\\d+", "\"ms\":007"}, {"\"rating\":\"\\w+", "\"rating\":\"Good"},
        {"\"key\":\"[^\"]*", "\"key\":\"paths/card-\\\\u0031"},
        {"\"key\":\"[^\"]*", "\"key\":\"paths/no slash/here"},
        {"\"offset\":\"[^\"]*", "\"offset\":\"+18:01"},
        {"\"offset\":\"[^\"]*", "\"offset\":\"-18:00"},
    };

    /** Mutations of {@link StoreFuzzProperties#mutate}, then lines in other forms than the written one. */
    private static byte[] damage(byte[] log, long seed, int edits, String device) {
        byte[] mutated = edits == 0 ? log : StoreFuzzProperties.mutate(log, seed, edits);
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        String text = new String(mutated, StandardCharsets.ISO_8859_1); // byte for byte
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < lines.size() - 1; i++) {
            String l = lines.get(i);
            switch (rnd.nextInt(8)) {
                case 0 -> lines.set(i, l.replace("\":", "\": ").replace(",\"", ", \"")); // spaced
                case 1 -> lines.set(i, l.replaceFirst("^\\{\"v\":1,", "{").replaceFirst("}$", ",\"v\":1}")); // v last
                case 2 -> lines.set(i, l.replace("\"s\":", "\"s\":1e400,\"s\":")); // a repeated field, out of range
                case 3 -> lines.set(i, l.replace("\"reps\":", "\"reps\":-1,\"reps\":"));
                case 4, 5, 6 -> { // a value changed in place: the line keeps the exact written form
                    String[] edit = IN_PLACE[rnd.nextInt(IN_PLACE.length)];
                    lines.set(i, l.replaceFirst(edit[0], edit[1]));
                }
                default -> { }
            }
        }
        if (rnd.nextInt(4) == 0) {
            StringBuilder huge = new StringBuilder("{\"v\":1,\"id\":\"" + device + "-999\",\"kind\":\"review\",\"pad\":\"");
            huge.append("x".repeat(Limits.MAX_LINE));
            huge.append("\"}");
            lines.add(rnd.nextInt(lines.size()), huge.toString());
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals("lock")) {
                    Files.copy(p, t);
                }
            }
        }
    }
}
