package cuecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.review.Review;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code cuecard grade} processes, killed with SIGKILL at seeded random moments: every grade whose process
 * exited 0 is in the log afterwards, and the store loads after every kill.
 */
class KillTest {

    private static final Pattern SAVED = Pattern.compile("saved (\\S+) \\w+ \\((\\S+)\\)");
    private static final int CARDS = 12;

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

    private Process grade(Path data, Path deck, String key, Instant at) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "cuecard.Main",
                "grade", key, "good", "--at", at.toString(), deck.toString(), "--data-dir", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        return pb.start();
    }

    @Test
    void gradesThatReturnedZeroSurviveKillsAndTheStoreAlwaysLoads() throws Exception {
        Path data = tmp.resolve("data");
        Path deck = deck();
        Random random = new Random(20261123L);
        Set<String> confirmed = new HashSet<>();
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
        int killed = 0;
        int finished = 0;
        for (int round = 0; round < 60 && System.nanoTime() < deadline; round++) {
            at = at.plus(Duration.ofMinutes(30));
            Process p = grade(data, deck, "kill/c" + random.nextInt(CARDS), at);
            boolean killThis = random.nextInt(3) > 0;
            boolean done = p.waitFor(killThis ? 150 + random.nextInt(900) : 20_000, TimeUnit.MILLISECONDS);
            if (!done) {
                p.destroyForcibly();
                p.waitFor();
                killed++;
            } else {
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.exitValue() == 0) {
                    Matcher m = SAVED.matcher(out);
                    assertThat(m.find()).as(out).isTrue();
                    confirmed.add(m.group(2));
                    finished++;
                } else {
                    assertThat(out).as("a grade that ran to its end failed").isEmpty();
                }
            }
            if (round % 7 == 6) {
                tearLastLine(data, random); // a crash inside write(): one system call rarely tears, so tear one here
            }
            // the store always loads, and everything confirmed so far is in it
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
        assertThat(finished).as("some grades ran to completion").isPositive();
        assertThat(killed).as("some grades were killed").isPositive();
        try (Store s = Store.open(data, Clock.systemUTC())) {
            List<StoreProblem> found = s.check();
            assertThat(found).noneMatch(pr -> pr.serious() && !pr.message().contains("torn"));
            System.out.printf("kill test: %d grades confirmed, %d killed, %d torn lines found, %d reviews in the log%n",
                    finished, killed, found.size(), s.reviewCount());
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
