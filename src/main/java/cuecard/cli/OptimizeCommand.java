package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.schedule.FitBounds;
import cuecard.schedule.FitItem;
import cuecard.schedule.FitMetrics;
import cuecard.schedule.FitResult;
import cuecard.schedule.Fitter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cuecard optimize}: fits the FSRS-6 parameters to review histories and reports the fit. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Fit the 21 FSRS-6 parameters to your reviews and report log loss and RMSE(bins) before and "
            + "after. Without --histories it fits each preset of the decks named (default: every deck) on the "
            + "review log, keeps the old parameters unless the new ones fit better, saves them, and simulates "
            + "which desired retention costs least study time per remembered card.",
        footer = {"", "Exit codes: 0 done, 2 usage error, 3 unreadable or malformed input, 4 damaged store."})
public final class OptimizeCommand implements Callable<Integer> {

    private final Environment env;

    OptimizeCommand(Environment env) {
        this.env = env;
    }

    @picocli.CommandLine.Parameters(paramLabel = "DECK", arity = "0..*",
            description = "Deck files, folders or ids whose presets to fit (default: every deck you study).")
    List<String> decks = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--histories", paramLabel = "FILE",
            description = "Fit these histories instead of the review log: JSON Lines ({\"id\", \"reviews\": [{\"rating\", \"delta_days\"}]}); - reads stdin.")
    String histories;

    @Option(names = "--evaluate", description = "Only measure how well the parameters fit; do not fit.")
    boolean evaluate;

    @Option(names = "--parameters", split = ",", paramLabel = "W",
            description = "The 21 parameters to start from or to evaluate (default: the FSRS-6 defaults).")
    double[] parameters;

    // one thread by default: on 140,000 and 420,000 items a second thread made the fit slower, not faster
    // (BENCHMARKS.md), since each batch is too small to pay for handing work between threads
    @Option(names = "--threads", description = "Threads for the gradient (default: ${DEFAULT-VALUE}; see BENCHMARKS.md).")
    int threads = 1;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        double[] current = parameters == null ? FitBounds.defaults() : parameters.clone();
        String problem = FitBounds.problem(current);
        if (problem != null) {
            throw new UserError(ExitCode.USAGE, "--parameters: " + problem);
        }
        if (threads < 1) {
            throw new UserError(ExitCode.USAGE, "--threads must be 1 or more");
        }
        if (histories == null) {
            if (parameters != null) {
                throw new UserError(ExitCode.USAGE, "--parameters goes with --histories; the review log is fitted"
                        + " from each preset's saved parameters");
            }
            return onStore(out);
        }
        if (!decks.isEmpty()) {
            throw new UserError(ExitCode.USAGE, "name decks or --histories, not both");
        }
        List<FitItem> items = readItems();
        FitMetrics before = FitMetrics.of(current, items);
        if (evaluate) {
            print(out, items.size(), -1, current, before, null, null);
            return ExitCode.OK;
        }
        long start = System.nanoTime();
        FitResult result = new Fitter(Fitter.Settings.standard(threads)).fit(items, new ProgressBar(spec));
        long millis = (System.nanoTime() - start) / 1_000_000;
        double[] fitted = result.parameters();
        FitMetrics after = FitMetrics.of(fitted, items);
        boolean better = !(after.logLoss() > before.logLoss());
        print(out, items.size(), millis, better ? fitted : current, before, after, result);
        return ExitCode.OK;
    }

    private int onStore(PrintWriter out) throws IOException {
        Path data = dataDir.resolve(env);
        UserConfig config = UserConfig.load(env);
        List<cuecard.deck.Deck> chosen = DeckSelection.load(env, data, config, decks, spec.commandLine().getErr());
        java.util.LinkedHashMap<String, UserConfig.Preset> presets = new java.util.LinkedHashMap<>();
        for (cuecard.deck.Deck d : chosen) {
            UserConfig.Preset p = config.presetOf(d.id());
            presets.putIfAbsent(p.name(), p);
        }
        if (presets.isEmpty()) {
            presets.put(UserConfig.DEFAULT_PRESET, config.presetOf(UserConfig.DEFAULT_PRESET));
        }
        ArrayNode arr = Json.MAPPER.createArrayNode();
        try (cuecard.store.Store store = cuecard.store.Store.openReadOnly(data, env.clock())) {
            for (UserConfig.Preset p : presets.values()) {
                PresetFit.Outcome o;
                try {
                    o = PresetFit.run(p, config, store::eachReviewRow, data, evaluate, threads, new ProgressBar(spec),
                            env.clock().instant());
                } catch (IOException e) {
                    throw new UserError(ExitCode.BAD_STORE, e.getMessage());
                }
                if (json) {
                    PresetFit.json(arr, o);
                } else {
                    PresetFit.print(out, o);
                }
            }
        } catch (cuecard.store.StoreException e) {
            throw new UserError(ExitCode.BAD_STORE, e.getMessage());
        }
        if (json) {
            out.println(Json.MAPPER.createObjectNode().set("presets", arr).toString());
        }
        return ExitCode.OK;
    }

    private List<FitItem> readItems() throws IOException {
        if ("-".equals(histories)) {
            return Histories.read(new Utf8Lines(System.in, "<stdin>"), "<stdin>");
        }
        Path file = Path.of(histories);
        if (Files.isDirectory(file)) {
            throw new UserError(ExitCode.BAD_INPUT, histories + ": is a directory, not a histories file");
        }
        try (Utf8Lines in = new Utf8Lines(Files.newInputStream(file), histories)) {
            return Histories.read(in, histories);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.BAD_INPUT, histories + ": no such file");
        }
    }

    private void print(PrintWriter out, int items, long millis, double[] chosen, FitMetrics before,
                       FitMetrics after, FitResult result) {
        FitMetrics shown = after == null ? before : (chosen == result.parameters() || after.logLoss() <= before.logLoss() ? after : before);
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("items", items);
            if (millis >= 0) {
                root.put("millis", millis);
            }
            ArrayNode p = root.putArray("parameters");
            for (double v : chosen) {
                p.add(v);
            }
            root.put("log_loss", shown.logLoss());
            root.put("rmse_bins", shown.rmseBins());
            root.put("auc", shown.auc());
            if (result != null) {
                root.put("stage", result.stage().name().toLowerCase(Locale.ROOT));
                root.put("trained_items", result.trained());
                ObjectNode b = root.putObject("before");
                b.put("log_loss", before.logLoss());
                b.put("rmse_bins", before.rmseBins());
                b.put("auc", before.auc());
                root.put("kept_old", after.logLoss() > before.logLoss());
            }
            out.println(root.toString());
            return;
        }
        out.printf(Locale.ROOT, "%d training items%n", items);
        if (result == null) {
            out.printf(Locale.ROOT, "log loss %.4f  RMSE(bins) %.4f  AUC %.4f%n", before.logLoss(), before.rmseBins(), before.auc());
        } else {
            out.printf(Locale.ROOT, "fit: %s in %d ms (%d items after outlier removal)%n",
                    result.stage().name().toLowerCase(Locale.ROOT).replace('_', ' '), millis, result.trained());
            out.printf(Locale.ROOT, "before: log loss %.4f  RMSE(bins) %.4f  AUC %.4f%n", before.logLoss(), before.rmseBins(), before.auc());
            out.printf(Locale.ROOT, "after:  log loss %.4f  RMSE(bins) %.4f  AUC %.4f%n", after.logLoss(), after.rmseBins(), after.auc());
            if (after.logLoss() > before.logLoss()) {
                out.println("the new parameters fit no better; keeping the old ones");
            }
        }
        StringBuilder b = new StringBuilder("parameters: ");
        for (int i = 0; i < chosen.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", chosen[i]));
        }
        out.println(b);
    }
}
