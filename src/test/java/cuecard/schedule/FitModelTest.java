package cuecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FitModelTest {

    /** Hand-derived gradients agree with central finite differences on random items and parameters. */
    @Test
    void gradientMatchesFiniteDifferences() {
        Random random = new Random(7);
        FitModel model = new FitModel();
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            double[] w = FitBounds.defaults();
            for (int i = 0; i < w.length; i++) {
                double span = FitBounds.high(i) - FitBounds.low(i);
                w[i] = Math.max(FitBounds.low(i) + 0.02 * span,
                        Math.min(FitBounds.high(i) - 0.02 * span, w[i] * (0.7 + 0.6 * random.nextDouble())));
            }
            int n = 2 + random.nextInt(7);
            int[] ratings = new int[n];
            int[] days = new int[n];
            for (int k = 0; k < n; k++) {
                ratings[k] = 1 + random.nextInt(4);
                days[k] = k == 0 ? 0 : (random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(60));
            }
            days[n - 1] = 1 + random.nextInt(30);
            FitItem item = new FitItem(ratings, days);
            double[] grad = new double[21];
            model.loss(w, item, 0.7, grad);
            for (int i = 0; i < 21; i++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[i]));
                double[] up = w.clone();
                double[] down = w.clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (model.loss(up, item, 0.7, null) - model.loss(down, item, 0.7, null)) / (2 * h);
                assertThat(grad[i]).as("w%d on %s", i, item).isCloseTo(numeric, within(1e-5 + 1e-4 * Math.abs(numeric)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(300 * 21);
    }

    @Test
    void recallIsNinetyPercentAfterStabilityDays() {
        for (double s : new double[] {0.5, 1, 3.7, 100, 3000}) {
            assertThat(new ForgettingCurve(0.1542).recall(s, s)).isCloseTo(0.9, within(1e-12));
        }
    }

    @Test
    void predictsFromTheHistoryOnly() {
        FitModel model = new FitModel();
        double[] w = FitBounds.defaults();
        // one Good first review: stability w2, so recall after w2 days is 0.9 whatever the rating of the target
        FitItem recalled = new FitItem(new int[] {3, 3}, new int[] {0, 2});
        FitItem forgot = new FitItem(new int[] {3, 1}, new int[] {0, 2});
        assertThat(model.predict(w, recalled)).isEqualTo(model.predict(w, forgot));
        assertThat(model.predict(w, recalled)).isCloseTo(new ForgettingCurve(w[20]).recall(2, w[2]), within(1e-12));
        assertThat(List.of(recalled.recalled(), forgot.recalled())).containsExactly(true, false);
    }
}
