package cuecard.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a learner whose memory follows a given FSRS-6 parameter vector (the {@link ForgettingCurve} and the
 * optimizer's step, {@link FitModel}), once for each desired retention, to show what each retention costs (reviews and minutes a day) and yields (cards remembered at the end).
 *
 * <p>Assumptions, stated so the figures can be judged: a fixed number of new cards a day; first ratings
 * Again/Hard/Good/Easy with probabilities 0.2/0.1/0.6/0.1; a recalled review is Hard/Good/Easy with 0.1/0.8/0.1;
 * the time to learn a new card, to recall one and to relearn a forgotten one are given ({@link Costs#standard()}:
 * 20 s, 8 s and 30 s); no fuzz and no daily review limit.
 *
 * @param days       simulated days
 * @param newPerDay  new cards introduced a day
 * @param seed       seed for the recall draws (the same seed gives the same figures)
 * @param costs      seconds per kind of review
 */
public record RetentionSimulation(int days, int newPerDay, long seed, Costs costs) {

    /** Seconds spent learning a new card, on a recalled review and on a forgotten one (with its relearning). */
    public record Costs(double learn, double recall, double forget) {
        public static Costs standard() {
            return new Costs(20, 8, 30);
        }
    }

    /** What one desired retention costs and yields. */
    public record Outcome(double retention, long reviews, double reviewsPerDay, double minutesPerDay,
                          double remembered, double secondsPerRemembered, long[] reviewsByDay) {
    }

    public List<Outcome> run(double[] w, double from, double to, double step) {
        List<Outcome> outcomes = new ArrayList<>();
        int n = (int) Math.round((to - from) / step);
        for (int i = 0; i <= n; i++) {
            double retention = Math.round((from + i * step) * 1e6) / 1e6;
            outcomes.add(run(w, retention));
        }
        return outcomes;
    }

    /** The retention with the least time per remembered card. */
    public static Outcome best(List<Outcome> outcomes) {
        Outcome best = null;
        for (Outcome o : outcomes) {
            if (best == null || o.secondsPerRemembered() < best.secondsPerRemembered()) {
                best = o;
            }
        }
        return best;
    }

    public Outcome run(double[] w, double retention) {
        int cards = days * newPerDay;
        double[] stability = new double[cards];
        double[] difficulty = new double[cards];
        int[] lastDay = new int[cards];
        int[] dueDay = new int[cards];
        SplittableRandom random = new SplittableRandom(seed);
        long[] byDay = new long[days];
        double seconds = 0;
        long reviews = 0;
        double[] sd = new double[2];
        int learned = 0;
        ForgettingCurve curve = new ForgettingCurve(w[20]);
        FitModel model = new FitModel();
        double factor = curve.intervalScale(retention);
        // buckets of cards by due day keep each day's work proportional to the cards due
        List<List<Integer>> due = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            due.add(new ArrayList<>());
        }
        for (int day = 0; day < days; day++) {
            for (int c : due.get(day)) {
                double r = curve.recall(day - lastDay[c], stability[c]);
                int rating;
                if (random.nextDouble() < r) {
                    double u = random.nextDouble();
                    rating = u < 0.1 ? 2 : (u < 0.9 ? 3 : 4);
                    seconds += costs.recall();
                } else {
                    rating = 1;
                    seconds += costs.forget();
                }
                sd[0] = stability[c];
                sd[1] = difficulty[c];
                model.step(w, sd, rating, day - lastDay[c], false);
                schedule(c, day, sd, factor, stability, difficulty, lastDay, dueDay, due);
                reviews++;
                byDay[day]++;
            }
            due.get(day).clear();
            for (int k = 0; k < newPerDay && learned < cards; k++, learned++) {
                double u = random.nextDouble();
                int rating = u < 0.2 ? 1 : (u < 0.3 ? 2 : (u < 0.9 ? 3 : 4));
                model.step(w, sd, rating, 0, true);
                seconds += costs.learn();
                schedule(learned, day, sd, factor, stability, difficulty, lastDay, dueDay, due);
            }
        }
        double remembered = 0;
        for (int c = 0; c < learned; c++) {
            remembered += curve.recall(days - lastDay[c], stability[c]);
        }
        return new Outcome(retention, reviews, reviews / (double) days, seconds / 60 / days, remembered,
                remembered > 0 ? seconds / remembered : Double.POSITIVE_INFINITY, byDay);
    }

    private void schedule(int c, int day, double[] sd, double factor, double[] stability, double[] difficulty,
                          int[] lastDay, int[] dueDay, List<List<Integer>> due) {
        stability[c] = sd[0];
        difficulty[c] = sd[1];
        lastDay[c] = day;
        long interval = Math.max(1, Math.min(36500, Math.round(sd[0] * factor)));
        long next = day + interval;
        dueDay[c] = (int) Math.min(Integer.MAX_VALUE, next);
        if (next < days) {
            due.get((int) next).add(c);
        }
    }
}
