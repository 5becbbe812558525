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
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class FitterTest {

    private static final Fitter FITTER = new Fitter(Fitter.Settings.standard(2));

    @Test
    void fewerThanEightItemsKeepTheDefaults() {
        List<FitItem> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            items.add(new FitItem(new int[] {3, 3}, new int[] {0, 1 + i}));
        }
        FitResult result = FITTER.fit(items, null);
        assertThat(result.stage()).isEqualTo(FitResult.Stage.DEFAULTS);
        assertThat(result.parameters()).containsExactly(FitBounds.defaults());
    }

    @Test
    void onlyFirstIntervalsFitOnlyTheInitialStabilities() {
        // 200 cards with a single long-term review: Good cards always remembered after 10 days, Again cards
        // mostly forgotten after 1 day
        List<FitItem> items = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            boolean good = i % 2 == 0;
            int days = good ? 10 : 1;
            int outcome = good ? 3 : (random.nextInt(10) < 4 ? 3 : 1);
            items.add(new FitItem(new int[] {good ? 3 : 1, outcome}, new int[] {0, days}));
        }
        FitResult result = FITTER.fit(items, null);
        assertThat(result.stage()).isEqualTo(FitResult.Stage.INITIAL_STABILITY);
        double[] w = result.parameters();
        double[] defaults = FitBounds.defaults();
        for (int i = 4; i < 21; i++) {
            assertThat(w[i]).as("w%d", i).isEqualTo(defaults[i]);
        }
        assertThat(w[2]).as("Good remembered at 10 days: long stability").isGreaterThan(defaults[2]);
        assertThat(w[0]).as("Again forgotten after a day: short stability").isLessThan(1.0);
        assertThat(w[0]).isLessThanOrEqualTo(w[1]);
        assertThat(w[1]).isLessThanOrEqualTo(w[2]);
        assertThat(w[2]).isLessThanOrEqualTo(w[3]);
    }

    @Test
    void fewerThanSixtyFourItemsFitOnlyTheInitialStabilities() {
        List<FitItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(new FitItem(new int[] {3, 3, 3}, new int[] {0, 2, 5}));
        }
        for (int i = 0; i < 20; i++) {
            items.add(new FitItem(new int[] {3, 3}, new int[] {0, 2}));
        }
        FitResult result = FITTER.fit(items, null);
        assertThat(result.stage()).isEqualTo(FitResult.Stage.INITIAL_STABILITY);
        assertThat(result.parameters()[8]).isEqualTo(FitBounds.defaults()[8]);
    }

    @Test
    void clippingKeepsEveryParameterInItsRange() {
        double[] w = new double[21];
        for (int i = 0; i < 21; i++) {
            w[i] = i % 2 == 0 ? 1e9 : -1e9;
        }
        w[20] = Double.NaN;
        FitBounds.clip(w);
        assertThat(FitBounds.problem(w)).isNull();
        assertThat(w[0]).isEqualTo(100);
        assertThat(w[1]).isEqualTo(0.001);
        assertThat(w[20]).isEqualTo(0.1542);
        assertThat(FitBounds.problem(new double[] {1, 2})).contains("expected 21");
        double[] bad = FitBounds.defaults();
        bad[16] = 0.5;
        assertThat(FitBounds.problem(bad)).contains("w16");
    }

    @Test
    void initialStabilitiesAreMadeMonotoneAndFilled() {
        // Again above Good: the rating seen more often (Good) wins
        double[] s = InitialStability.smoothAndFill(Map.of(1, 5.0, 3, 2.0, 4, 9.0), Map.of(1, 10, 3, 100, 4, 50));
        assertThat(s[0]).isEqualTo(2.0);
        assertThat(s[2]).isEqualTo(2.0);
        assertThat(s[1]).as("Hard filled between Again and Good").isCloseTo(2.0, within(1e-9));
        assertThat(s[3]).isEqualTo(9.0);
        // only Hard known: all four scaled from the defaults
        double[] one = InitialStability.smoothAndFill(Map.of(2, 2.5862), Map.of(2, 40));
        assertThat(one[1]).isCloseTo(2.5862, within(1e-9));
        assertThat(one[0]).isCloseTo(0.212 * 2, within(1e-3));
        // Again and Easy known: Hard and Good interpolated in log space, in order
        double[] ends = InitialStability.smoothAndFill(Map.of(1, 0.5, 4, 20.0), Map.of(1, 5, 4, 5));
        assertThat(ends[0]).isLessThan(ends[1]);
        assertThat(ends[1]).isLessThan(ends[2]);
        assertThat(ends[2]).isLessThan(ends[3]);
    }

    /** Histories drawn from a known memory model with non-default parameters: the fit finds them again. */
    @Test
    void recoversTheParametersThatMatterFromSyntheticHistories() {
        double[] truth = FitBounds.defaults();
        truth[0] = 0.5;
        truth[1] = 1.8;
        truth[2] = 5.0;
        truth[3] = 15.0;
        truth[20] = 0.35;
        List<FitItem> items = simulate(truth, 6000, 41);
        FitResult result = FITTER.fit(items, null);
        assertThat(result.stage()).isEqualTo(FitResult.Stage.FULL);
        double[] w = result.parameters();
        assertThat(w[0]).as("w0").isCloseTo(truth[0], within(0.25 * truth[0]));
        assertThat(w[1]).as("w1").isCloseTo(truth[1], within(0.25 * truth[1]));
        assertThat(w[2]).as("w2").isCloseTo(truth[2], within(0.25 * truth[2]));
        assertThat(w[3]).as("w3").isCloseTo(truth[3], within(0.25 * truth[3]));
        assertThat(w[20]).as("w20").isCloseTo(truth[20], within(0.1));
        double fitted = FitMetrics.of(w, items).logLoss();
        double ideal = FitMetrics.of(truth, items).logLoss();
        double defaults = FitMetrics.of(FitBounds.defaults(), items).logLoss();
        assertThat(fitted).isLessThan(defaults);
        assertThat(fitted).isCloseTo(ideal, within(0.002));
    }

    /** On histories fsrs-rs was fitted to (fixture made with the oracle), our fit is at least as good. */
    @Test
    void fitsAsWellAsFsrsRsOnTheSameHistories() throws IOException {
        List<FitItem> items = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("/fsrs/histories-1500.jsonl.gz")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode reviews = json.readTree(line).get("reviews");
                int[] ratings = new int[reviews.size()];
                int[] days = new int[reviews.size()];
                for (int i = 0; i < ratings.length; i++) {
                    ratings[i] = reviews.get(i).get("rating").asInt();
                    days[i] = reviews.get(i).get("delta_days").asInt();
                }
                items.addAll(FitItem.prefixes(ratings, days));
            }
        }
        JsonNode reference = json.readTree(getClass().getResourceAsStream("/fsrs/histories-1500.fsrs-rs.json"));
        assertThat(items).hasSize(reference.get("items").asInt());
        double[] theirs = new double[21];
        for (int i = 0; i < 21; i++) {
            theirs[i] = reference.get("parameters").get(i).asDouble();
        }
        double[] ours = FITTER.fit(items, null).parameters();
        double ourLoss = FitMetrics.of(ours, items).logLoss();
        double theirLoss = FitMetrics.of(theirs, items).logLoss();
        assertThat(ourLoss).isLessThanOrEqualTo(theirLoss + 0.001);
        assertThat(ourLoss).isLessThan(FitMetrics.of(FitBounds.defaults(), items).logLoss() + 1e-9);
    }

    @Test
    void theSameHistoriesGiveTheSameParametersWithOneOrTwoThreads() {
        List<FitItem> items = simulate(FitBounds.defaults(), 800, 5);
        double[] one = new Fitter(Fitter.Settings.standard(1)).fit(items, null).parameters();
        double[] two = new Fitter(Fitter.Settings.standard(2)).fit(items, null).parameters();
        for (int i = 0; i < 21; i++) {
            assertThat(two[i]).isCloseTo(one[i], within(1e-9));
        }
    }

    /**
     * Cards reviewed 8 times each: first rating uniform, later ratings drawn from the model's recall probability,
     * each next review after a spread of intervals around the card's stability (a fifth of it to three times
     * it), so the shape of the forgetting curve (w20) can be seen in the data.
     */
    static List<FitItem> simulate(double[] w, int cards, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FitModel model = new FitModel();
        List<FitItem> items = new ArrayList<>();
        double[] state = new double[2];
        for (int c = 0; c < cards; c++) {
            int[] ratings = new int[8];
            int[] days = new int[8];
            ratings[0] = 1 + random.nextInt(4);
            for (int k = 1; k < 8; k++) {
                ratings[k] = 3; // placeholder: state() reads only the reviews before k
                days[k] = 1;
                model.state(w, new FitItem(java.util.Arrays.copyOf(ratings, k + 1), java.util.Arrays.copyOf(days, k + 1)), state);
                int gap = (int) Math.max(1, Math.round(state[0] * Math.exp(-1.6 + 2.8 * random.nextDouble())));
                double r = new ForgettingCurve(w[20]).recall(gap, state[0]);
                int rating;
                if (random.nextDouble() < r) {
                    double u = random.nextDouble();
                    rating = u < 0.1 ? 2 : (u < 0.25 ? 4 : 3);
                } else {
                    rating = 1;
                }
                ratings[k] = rating;
                days[k] = gap;
            }
            items.addAll(FitItem.prefixes(ratings, days));
        }
        return items;
    }
}
