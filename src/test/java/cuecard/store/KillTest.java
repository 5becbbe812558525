package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.review.Review;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes writing the store, killed with SIGKILL: each child ({@link KillChild}) says on standard output what it
 * has done, and the test kills it right after a seeded random step, so the kill lands in the step after it (a
 * review's append and fsync, a snapshot's write, closing) with no clock deciding when. Every review the child said
 * was saved is in the log afterwards, and the store loads after every kill. Real {@code cuecard grade} processes are
 * checked for the write lock.
 */
class KillTest {

    static final int CARDS = 12;
    private static final int REVIEWS = 12;

    @TempDir
    Path tmp;

    private Path deck() throws IOException {
        StringBuilder yaml = new StringBuilder("deck: kill\ntitle: Kill test\ncards:\n");
        for (int i = 0; i < CARDS; i++) {
            yaml.append("  - type: basic\n    id: c").append(i).append("\n    front: 问题 ").append(i)
                    .append("\n    back: answer ").append(i).append('\n');
        }
        Path deck = tmp.resolve("kill.yaml");
        Files.writeString(deck, yaml);
        return deck;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Process grade(Path data, Path deck, String key, Instant at) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "cuecard.Main",
                "grade", key, "good", "--at", at.toString(), deck.toString(), "--data-dir", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        return pb.start();
    }

    private static Process child(Path data, long seed, Instant at) throws IOException {
        return new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), KillChild.class.getName(),
                data.toString(), Long.toString(seed), Integer.toString(REVIEWS), at.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void reviewsSaidToBeSavedSurviveKillsAndTheStoreAlwaysLoads() throws Exception {
        Path data = tmp.resolve("data");
        Random random = new Random(20261123L);
        Set<String> confirmed = new HashSet<>();
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        int killed = 0;
        int finished = 0;
        int steps = REVIEWS + REVIEWS / 4 + 2; // open, a line per review and snapshot, closed
        for (int round = 0; round < 24; round++) {
            at = at.plus(Duration.ofDays(1));
            Process p = child(data, random.nextLong(), at);
            int killAfter = round % 6 == 5 ? Integer.MAX_VALUE : random.nextInt(steps); // some run to their end
            List<String> said = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (said.size() < killAfter && (line = out.readLine()) != null) {
                    said.add(line);
                    if (line.startsWith("saved ")) {
                        confirmed.add(line.substring("saved ".length()));
                    }
                }
                if (said.size() == killAfter) {
                    p.destroyForcibly(); // SIGKILL, in the middle of the step after the one it just reported
                    p.waitFor();
                    killed++;
                } else { // it ran to its end: all well, and it said every step
                    assertThat(p.waitFor()).as(String.join("\n", said)).isZero();
                    assertThat(said).hasSize(steps).last().isEqualTo("closed");
                    finished++;
                }
            }
            if (round % 7 == 6) {
                tearLastLine(data, random); // a crash inside write(): one system call rarely tears, so tear one here
            }
            // the store always loads, and everything said to be saved so far is in it
            try (Store s = Store.openReadOnly(data, Clock.systemUTC())) {
                Set<String> ids = new HashSet<>();
                for (Review r : s.reviews()) {
                    ids.add(r.id());
                }
                assertThat(ids).containsAll(confirmed);
                assertThat(s.problems()).allSatisfy(pr ->
                        assertThat(!pr.serious() || pr.message().contains("torn")).as(pr.format()).isTrue());
            }
        }
        assertThat(finished).as("some children ran to completion").isPositive();
        assertThat(killed).as("some children were killed").isPositive();
        assertThat(confirmed).as("reviews were saved").hasSizeGreaterThan(REVIEWS);
        try (Store s = Store.open(data, Clock.systemUTC())) {
            List<StoreProblem> found = s.check();
            assertThat(found).noneMatch(pr -> pr.serious() && !pr.message().contains("torn"));
            System.out.printf("kill test: %d children ran to completion, %d killed, %d reviews said saved, "
                    + "%d problems found, %d reviews in the log%n", finished, killed, confirmed.size(), found.size(),
                    s.reviewCount());
        }
    }

    /** Appends the first part of the log's last line again, without a newline, as a torn write leaves it. */
    private static void tearLastLine(Path data, Random random) throws IOException {
        Path reviews = data.resolve("reviews");
        if (!Files.isDirectory(reviews)) {
            return;
        }
        try (var files = Files.list(reviews)) {
            for (Path log : files.toList()) {
                List<String> lines = Files.readAllLines(log);
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                if (last.length() > 10 && Files.readString(log).endsWith("\n")) {
                    Files.writeString(log, last.substring(0, 5 + random.nextInt(last.length() - 6)),
                            java.nio.file.StandardOpenOption.APPEND);
                }
            }
        }
    }

    @Test
    void aSecondProcessIsRefusedTheWriteLock() throws Exception {
        Path data = tmp.resolve("data");
        Path deck = deck();
        try (Store held = Store.open(data, Clock.systemUTC())) {
            Process p = grade(data, deck, "kill/c1", Instant.parse("2026-01-05T09:00:00Z"));
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isEqualTo(5);
            assertThat(out).contains("in use by another cuecard process");
        }
        Process p = grade(data, deck, "kill/c1", Instant.parse("2026-01-05T09:00:00Z"));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
