package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.review.ReviewSink;
import cuecard.schedule.FitBounds;
import cuecard.schedule.FitItem;
import cuecard.schedule.FitMetrics;
import cuecard.schedule.FitResult;
import cuecard.schedule.Fitter;
import cuecard.schedule.RetentionSimulation;
import cuecard.store.FittedParameters;
import cuecard.study.TrainingItems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code cuecard optimize} on the learner's own review log, for one preset: fits its parameters to the reviews of
 * the decks that use it, keeps the old parameters unless the new ones fit better, simulates the retention that
 * costs least per remembered card, and saves the result ({@code DATA/parameters/PRESET.json}).
 */
final class PresetFit {

    /** What happened to one preset. */
    record Outcome(String preset, int items, FitMetrics before, FitMetrics after, FitResult result,
                   double[] chosen, boolean keptOld, double recommendedRetention, long millis) {
    }

    private PresetFit() {
    }

    static Outcome run(UserConfig.Preset preset, UserConfig config, java.util.function.Consumer<ReviewSink> log,
                       Path data, boolean evaluate,
                       int threads, Fitter.Progress progress, Instant now) throws IOException {
        List<FitItem> items = TrainingItems.ofRows(log, config.dayStartHour(),
                key -> config.presetOf(key.deckId()).name().equals(preset.name()));
        Optional<FittedParameters> saved = FittedParameters.read(data, preset.name());
        double[] current = saved.map(FittedParameters::w).orElse(FitBounds.defaults());
        FitMetrics before = FitMetrics.of(current, items);
        if (evaluate) {
            return new Outcome(preset.name(), items.size(), before, null, null, current, true,
                    saved.map(FittedParameters::recommendedRetention).orElse(Double.NaN), 0);
        }
        long start = System.nanoTime();
        FitResult result = new Fitter(Fitter.Settings.standard(threads)).fit(items, progress);
        long millis = (System.nanoTime() - start) / 1_000_000;
        FitMetrics after = FitMetrics.of(result.parameters(), items);
        boolean better = items.isEmpty() ? false : after.logLoss() < before.logLoss();
        double[] chosen = better ? result.parameters() : current;
        FitMetrics chosenMetrics = better ? after : before;
        double recommended = Double.NaN;
        if (result.stage() != FitResult.Stage.DEFAULTS) {
            RetentionSimulation sim = new RetentionSimulation(365, config.newPerDay() > 0 ? config.newPerDay() : 20, 7,
                    RetentionSimulation.Costs.standard());
            recommended = RetentionSimulation.best(sim.run(chosen, 0.70, 0.97, 0.01)).retention();
        }
        if (better || (saved.isEmpty() && !Double.isNaN(recommended))) {
            new FittedParameters(preset.name(), chosen, now, items.size(), chosenMetrics.logLoss(),
                    chosenMetrics.rmseBins(), recommended).write(data);
        }
        return new Outcome(preset.name(), items.size(), before, after, result, chosen, !better, recommended, millis);
    }

    static void print(PrintWriter out, Outcome o) {
        out.printf(Locale.ROOT, "preset %s: %d training items%n", o.preset(), o.items());
        if (o.result() == null) {
            out.printf(Locale.ROOT, "  log loss %.4f  RMSE(bins) %.4f  AUC %.4f%n", o.before().logLoss(),
                    o.before().rmseBins(), o.before().auc());
            return;
        }
        if (o.result().stage() == FitResult.Stage.DEFAULTS) {
            out.println("  too few reviews to fit (at least 8 reviews a day or more after the one before are needed);"
                    + " keeping the parameters as they are");
            return;
        }
        out.printf(Locale.ROOT, "  fit: %s in %d ms%n", o.result().stage().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                o.millis());
        out.printf(Locale.ROOT, "  before: log loss %.4f  RMSE(bins) %.4f%n", o.before().logLoss(), o.before().rmseBins());
        out.printf(Locale.ROOT, "  after:  log loss %.4f  RMSE(bins) %.4f%n", o.after().logLoss(), o.after().rmseBins());
        out.println(o.keptOld() ? "  the new parameters fit no better; kept the old ones" : "  saved the new parameters");
        if (!Double.isNaN(o.recommendedRetention())) {
            out.printf(Locale.ROOT, "  the simulator recommends a desired retention of %.0f%% (set `retention:` of the preset"
                    + " in config.yaml)%n", o.recommendedRetention() * 100);
        }
    }

    static void json(ArrayNode arr, Outcome o) {
        ObjectNode n = arr.addObject();
        n.put("preset", o.preset());
        n.put("items", o.items());
        metrics(n.putObject("before"), o.before());
        if (o.after() != null) {
            metrics(n.putObject("after"), o.after());
            n.put("stage", o.result().stage().name().toLowerCase(Locale.ROOT));
            n.put("kept_old", o.keptOld());
            n.put("millis", o.millis());
        }
        ArrayNode p = n.putArray("parameters");
        for (double v : o.chosen()) {
            p.add(v);
        }
        if (!Double.isNaN(o.recommendedRetention())) {
            n.put("recommended_retention", o.recommendedRetention());
        }
    }

    private static void metrics(ObjectNode n, FitMetrics m) {
        number(n, "log_loss", m.logLoss());
        number(n, "rmse_bins", m.rmseBins());
        number(n, "auc", m.auc());
    }

    /** JSON has no NaN: a figure that cannot be computed (no items) is null. */
    private static void number(ObjectNode n, String name, double v) {
        if (Double.isNaN(v)) {
            n.putNull(name);
        } else {
            n.put(name, v);
        }
    }
}
