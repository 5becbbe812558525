package cuecard.schedule;

import cuecard.review.CardState;
import cuecard.review.Rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every step of thousands of review histories, against ts-fsrs 5.4.2 (the oracle in ../shared/tools/fsrs-oracle).
 * Fixtures: {@code golden-sim-2000} (the oracle's simulate.mjs, seed 7), {@code golden-edge-1500}
 * (src/test/scripts/fsrs-edge-histories.mjs: same-day steps, UTC midnight, lapses, gaps of years), both replayed by
 * replay.mjs with fuzz off; {@code golden-fuzz-800} replayed with fuzz on by src/test/scripts/fsrs-fuzz-replay.mjs,
 * seeded as cuecard seeds it (ts-fsrs's card-id seed strategy with cuecard's card id). Packed by fsrs-golden-pack.mjs.
 */
class FsrsGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TOLERANCE = 1e-4;
    private static final int MAXIMUM = 36500;

    private int beyondMaximum;

    @ParameterizedTest
    @CsvSource({"golden-sim-2000.jsonl.gz, false, 2000", "golden-edge-1500.jsonl.gz, false, 1500",
        "golden-fuzz-800.jsonl.gz, true, 800"})
    void everyStepMatchesTheOracle(String file, boolean fuzz, int histories) throws IOException {
        Fsrs fsrs = new Fsrs(FsrsSettings.defaults().withFuzz(fuzz));
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        int steps = 0;
        for (JsonNode h : read(file)) {
            count++;
            String id = h.get("id").asText();
            long seed = CardSeed.of(id);
            if (fuzz) {
                assertThat(seed).as("card seed of " + id).isEqualTo(Long.parseLong(h.get("seed").asText()));
                assertThat(Fsrs.fuzzCardId(seed)).as("fuzz card id of " + id).isEqualTo(h.get("card_id").asLong());
            }
            JsonNode r = h.get("r");
            JsonNode x = h.get("x");
            CardState state = CardState.fresh(Instant.ofEpochMilli(r.get(0).get(1).asLong()));
            for (int n = 0; n < r.size(); n++) {
                steps++;
                Instant at = Instant.ofEpochMilli(r.get(n).get(1).asLong());
                state = fsrs.apply(state, Rating.of(r.get(n).get(0).asInt()), at, seed);
                JsonNode e = x.get(n);
                String problem = compare(state, e);
                if (problem != null) {
                    mismatches.add(id + " review " + n + ": " + problem);
                    break;
                }
            }
        }
        assertThat(count).isEqualTo(histories);
        assertThat(steps).isGreaterThan(histories * 3);
        assertThat(mismatches).as("histories differing from ts-fsrs").isEmpty();
        assertThat(beyondMaximum).as("reviews where ts-fsrs exceeds the maximum interval").isLessThan(steps / 100);
    }

    @org.junit.jupiter.api.Test
    void theFixturesCoverTheCornerCases() throws IOException {
        int sameDay = 0;
        int acrossMidnight = 0;
        int lapses = 0;
        int longGaps = 0;
        int[] ratings = new int[5];
        int histories = 0;
        for (String file : List.of("golden-sim-2000.jsonl.gz", "golden-edge-1500.jsonl.gz")) {
            for (JsonNode h : read(file)) {
                histories++;
                JsonNode r = h.get("r");
                JsonNode x = h.get("x");
                for (int n = 0; n < r.size(); n++) {
                    ratings[r.get(n).get(0).asInt()]++;
                    if (n == 0) {
                        continue;
                    }
                    Instant before = Instant.ofEpochMilli(r.get(n - 1).get(1).asLong());
                    Instant at = Instant.ofEpochMilli(r.get(n).get(1).asLong());
                    int days = Fsrs.utcDays(before, at);
                    if (days == 0) {
                        sameDay++;
                    } else if (days == 1 && java.time.Duration.between(before, at).toHours() < 1) {
                        acrossMidnight++;
                    }
                    if (days > 365) {
                        longGaps++;
                    }
                    if ("Review".equals(x.get(n - 1).get(0).asText()) && r.get(n).get(0).asInt() == 1) {
                        lapses++;
                    }
                }
            }
        }
        assertThat(histories).isGreaterThanOrEqualTo(2000);
        assertThat(sameDay).isGreaterThan(1000);
        assertThat(acrossMidnight).isGreaterThan(100);
        assertThat(lapses).isGreaterThan(1000);
        assertThat(longGaps).isGreaterThan(500);
        for (int g = 1; g <= 4; g++) {
            assertThat(ratings[g]).as("rating " + g).isGreaterThan(1000);
        }
    }

    private String compare(CardState s, JsonNode e) {
        String phase = s.phase().name().charAt(0) + s.phase().name().substring(1).toLowerCase(Locale.ROOT);
        double es = e.get(1).asDouble();
        double ed = e.get(2).asDouble();
        if (!phase.equals(e.get(0).asText())) {
            return "state " + phase + " != " + e.get(0).asText();
        }
        if (Math.abs(s.memory().stability() - es) > TOLERANCE * Math.abs(es)) {
            return "stability " + s.memory().stability() + " != " + es;
        }
        if (Math.abs(s.memory().difficulty() - ed) > TOLERANCE * Math.abs(ed)) {
            return "difficulty " + s.memory().difficulty() + " != " + ed;
        }
        int expectedDays = e.get(3).asInt();
        long expectedDue = e.get(4).asLong();
        if (expectedDays > MAXIMUM) {
            // ts-fsrs lets "good > hard" push an interval past the maximum; cuecard clamps it, as Anki does
            expectedDue -= (expectedDays - MAXIMUM) * 86_400_000L;
            expectedDays = MAXIMUM;
            beyondMaximum++;
        }
        if (s.scheduledDays() != expectedDays) {
            return "scheduled_days " + s.scheduledDays() + " != " + expectedDays;
        }
        if (s.due().toEpochMilli() != expectedDue) {
            return "due " + s.due() + " != " + Instant.ofEpochMilli(expectedDue);
        }
        return null;
    }

    static List<JsonNode> read(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = FsrsGoldenTest.class.getResourceAsStream("/fsrs/" + file)) {
            assertThat(in).as(file).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}
