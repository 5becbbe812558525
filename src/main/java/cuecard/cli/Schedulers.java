package cuecard.cli;

import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import cuecard.schedule.Scheduler;
import cuecard.store.FittedParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The scheduler each deck uses: its preset's desired retention and maximum interval (config.yaml), with the
 * FSRS parameters {@code cuecard optimize} fitted for that preset, else the defaults; or Anki's SM-2 when the
 * preset says {@code scheduler: sm2}.
 */
public final class Schedulers {

    private final UserConfig config;
    private final Path dataDir;
    private final Map<String, Scheduler> byPreset = new HashMap<>();

    public Schedulers(UserConfig config, Path dataDir) {
        this.config = config;
        this.dataDir = dataDir;
    }

    public static Schedulers of(Environment env, Path dataDir) {
        return new Schedulers(UserConfig.load(env), dataDir);
    }

    public UserConfig config() {
        return config;
    }

    public Scheduler forDeck(String deckId) {
        UserConfig.Preset preset = config.presetOf(deckId);
        return byPreset.computeIfAbsent(preset.name(), n -> build(preset));
    }

    /** The FSRS settings of a preset: the fitted parameters when there are any. */
    public FsrsSettings fsrsSettings(UserConfig.Preset preset) {
        FsrsSettings s = FsrsSettings.defaults().withDesiredRetention(preset.retention())
                .withMaximumInterval(preset.maximumInterval());
        try {
            return FittedParameters.read(dataDir, preset.name()).map(p -> s.withParameters(p.w())).orElse(s);
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_STORE, e.getMessage() + " (move the file away to use the default parameters)");
        }
    }

    private Scheduler build(UserConfig.Preset preset) {
        if ("sm2".equals(preset.scheduler())) {
            cuecard.schedule.Sm2Settings d = cuecard.schedule.Sm2Settings.defaults();
            return new cuecard.schedule.Sm2(new cuecard.schedule.Sm2Settings(d.learningSteps(), d.relearningSteps(),
                    d.graduatingInterval(), d.easyInterval(), d.startingEase(), d.easyBonus(), d.hardFactor(),
                    d.intervalModifier(), d.lapseFactor(), d.minimumInterval(),
                    Math.min(d.maximumInterval(), preset.maximumInterval()), d.enableFuzz()));
        }
        return new Fsrs(fsrsSettings(preset));
    }
}
