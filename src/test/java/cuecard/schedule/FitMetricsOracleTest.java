package cuecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Our log loss and RMSE(bins) are the figures fsrs-rs's own evaluation gives for the same parameters on the same
 * items. The fixture was made with the oracle (src/test/scripts/fsrs-metrics-fixture.mjs): 400 simulated cards,
 * some with same-day learning and relearning steps, evaluated by the fsrs-rs binding with two parameter vectors.
 * fsrs-rs computes in 32-bit floats, hence the tolerance.
 */
class FitMetricsOracleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void logLossAndRmseAreFsrsRsOwnOnTheSameItems() throws IOException {
        List<FitItem> items = read("/fsrs/metrics-400.jsonl.gz");
        JsonNode expected = JSON.readTree(getClass().getResourceAsStream("/fsrs/metrics-400.fsrs-rs.json"));
        assertThat(items).hasSize(expected.get("items").asInt());
        assertThat(expected.get("evaluations")).hasSize(2);
        for (JsonNode e : expected.get("evaluations")) {
            double[] w = new double[21];
            for (int i = 0; i < 21; i++) {
                w[i] = e.get("parameters").get(i).asDouble();
            }
            FitMetrics m = FitMetrics.of(w, items);
            String name = e.get("name").asText();
            assertThat(m.logLoss()).as(name + " log loss").isCloseTo(e.get("log_loss").asDouble(), within(1e-5));
            assertThat(m.rmseBins()).as(name + " RMSE(bins)").isCloseTo(e.get("rmse_bins").asDouble(), within(1e-5));
        }
    }

    @Test
    void theRarestFirstIntervalsAreLeftOutAsFsrsRsLeavesThemOut() {
        // 30 cards remembered after 5 days, and one forgotten after 90 days: fsrs-rs drops that lone first
        // interval as an outlier before it evaluates, so it counts for nothing
        List<FitItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(new FitItem(new int[] {3, 3}, new int[] {0, 5}));
        }
        FitMetrics common = FitMetrics.of(FitBounds.defaults(), items);
        items.add(new FitItem(new int[] {3, 1}, new int[] {0, 90}));
        FitMetrics withOutlier = FitMetrics.of(FitBounds.defaults(), items);
        assertThat(withOutlier.logLoss()).isEqualTo(common.logLoss());
        assertThat(withOutlier.items()).isEqualTo(30);
    }

    @Test
    void itemsWithOneLongTermReviewComeFirstInTheRecencyWeighting() {
        // fsrs-rs weighs items with one long-term review before all others, whatever their order: a badly
        // predicted longer item weighs as the last one in both orders
        List<FitItem> first = new ArrayList<>();
        FitItem bad = new FitItem(new int[] {3, 3, 1}, new int[] {0, 5, 60});
        first.add(bad);
        for (int i = 0; i < 30; i++) {
            first.add(new FitItem(new int[] {3, 3}, new int[] {0, 5}));
        }
        List<FitItem> last = new ArrayList<>(first.subList(1, first.size()));
        last.add(bad);
        double[] w = FitBounds.defaults();
        assertThat(FitMetrics.of(w, first).logLoss()).isEqualTo(FitMetrics.of(w, last).logLoss());
        // the oracle's figure for this set (FSRSBinding.evaluate, default parameters)
        assertThat(FitMetrics.of(w, first).logLoss()).isCloseTo(0.28007271885871887, within(1e-5));
    }

    static List<FitItem> read(String resource) throws IOException {
        List<FitItem> items = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                FitMetricsOracleTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode reviews = JSON.readTree(line).get("reviews");
                int[] ratings = new int[reviews.size()];
                int[] days = new int[reviews.size()];
                for (int i = 0; i < ratings.length; i++) {
                    ratings[i] = reviews.get(i).get("rating").asInt();
                    days[i] = i == 0 ? 0 : reviews.get(i).get("delta_days").asInt();
                }
                items.addAll(FitItem.prefixes(ratings, days));
            }
        }
        return items;
    }
}
