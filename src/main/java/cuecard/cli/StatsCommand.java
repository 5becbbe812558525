package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.Deck;
import cuecard.schedule.Fsrs;
import cuecard.stats.PresetSummary;
import cuecard.stats.Stats;
import cuecard.stats.StatsCalculation;
import cuecard.stats.StatsHtml;
import cuecard.stats.StatsInput;
import cuecard.stats.StatsSource;
import cuecard.stats.StatsText;
import cuecard.store.FittedParameters;
import cuecard.store.Store;
import cuecard.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard stats}: how the learner is doing, as text, JSON or a self-contained HTML page. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Statistics of your reviews: today, the last year, what is due, true retention, recall, "
            + "stability, accuracy by deck, tag and type, the hardest cards and your memory model. Reads the "
            + "store without locking it, so it works while a study session runs.",
        footer = {"", "Exit codes: 0 done, 2 usage error, 3 bad deck or output file (--html FILE exists without --force, is "
            + "inside the data dir or cannot be written), 4 damaged store."})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", arity = "0..*",
            description = "Deck files, folders or deck ids (default: every deck you study).")
    List<String> decks = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML page with charts.")
    Path html;

    @Option(names = "--force", description = "Replace the --html FILE when it exists.")
    boolean force;

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language of the text report (default: config, then $LANG); --json and --html stay English.")
    String lang;

    private final Environment env;
    private final Clock clock;

    StatsCommand(Environment env) {
        this.env = env;
        this.clock = env.clock();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String language = StudyCommand.langOf(spec, lang);
        Path data = dataDir.resolve(env);
        if (html != null) {
            OutputFile.check(html, data, force);
        }
        Schedulers schedulers = Schedulers.of(env, data);
        UserConfig config = schedulers.config();
        List<Deck> chosen = DeckSelection.load(env, data, config, decks, spec.commandLine().getErr());
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Fsrs model = new Fsrs(schedulers.fsrsSettings(config.presetOf(UserConfig.DEFAULT_PRESET)));
        Stats stats;
        try (Store store = Store.openReadOnly(data, clock)) {
            StatsInput input = StatsSource.fromRows(chosen, store::eachReviewRow, store, now, zone,
                    config.dayStartHour(), model::retrievability, config.leechLapses());
            stats = StatsCalculation.of(input);
        } catch (StoreException e) {
            throw new UserError(ExitCode.BAD_STORE, e.getMessage());
        }
        List<PresetSummary> presets = presets(chosen, config, schedulers, data);
        if (html != null) {
            String page = StatsHtml.render(stats, "cuecard statistics, " + cuecard.schedule.LearningDay.of(now, zone, config.dayStartHour()), presets);
            OutputFile.write(html, page, force);
            if (!json) {
                out.println("wrote " + html);
            }
        }
        if (json) {
            ObjectNode root = StatsJson.of(stats);
            ArrayNode arr = root.putArray("presets");
            for (PresetSummary p : presets) {
                ObjectNode n = arr.addObject();
                n.put("preset", p.preset());
                n.putPOJO("decks", p.decks());
                n.put("desired_retention", p.desiredRetention());
                n.put("fitted", p.fittedAt() != null);
                if (p.fittedAt() != null) {
                    n.put("fitted_at", p.fittedAt().toString());
                    n.put("items", p.items());
                    n.put("log_loss", p.logLoss());
                }
                if (!Double.isNaN(p.recommendedRetention())) {
                    n.put("recommended_retention", p.recommendedRetention());
                }
            }
            out.println(root.toString());
        } else if (html == null) {
            cuecard.study.Messages m = StudyCommand.messages(env, config, language);
            out.print(StatsText.render(stats, m));
            presets.forEach(p -> out.println(p.describe(m)));
        }
        return ExitCode.OK;
    }

    static List<PresetSummary> presets(List<Deck> decks, UserConfig config, Schedulers schedulers, Path data) {
        Map<String, List<String>> deckIds = new LinkedHashMap<>();
        for (Deck d : decks) {
            deckIds.computeIfAbsent(config.presetOf(d.id()).name(), k -> new ArrayList<>()).add(d.id());
        }
        List<PresetSummary> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : deckIds.entrySet()) {
            UserConfig.Preset preset = config.presetOf(e.getValue().get(0));
            FittedParameters fit;
            try {
                fit = FittedParameters.read(data, preset.name()).orElse(null);
            } catch (IOException ex) {
                throw new UserError(ExitCode.BAD_STORE, ex.getMessage());
            }
            out.add(new PresetSummary(preset.name(), e.getValue(), preset.retention(),
                    fit == null ? null : fit.fittedAt(), fit == null ? 0 : fit.items(),
                    fit == null ? Double.NaN : fit.logLoss(), fit == null ? Double.NaN : fit.recommendedRetention()));
        }
        return out;
    }
}
