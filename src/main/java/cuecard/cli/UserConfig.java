package cuecard.cli;

import cuecard.deck.DeckError;
import cuecard.deck.Tree;
import cuecard.deckfile.YamlDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's settings from {@code $XDG_CONFIG_HOME/cuecard/config.yaml} (all optional):
 *
 * <pre>
 * deck-folders: [~/decks]      # deck folders beside the bundled decks, for every command (DeckSelection)
 * language: zh                 # the UI's words: en or zh
 * new-per-day: 20              # each deck's daily limits, unless its preset sets its own
 * reviews-per-day: 200
 * total-new-per-day: 40        # optional: a cap over all decks studied at once (the picker's `a`)
 * total-reviews-per-day: 400
 * day-start-hour: 4            # the learning day starts at 04:00 local time
 * leech-lapses: 8
 * presets:
 *   default: {retention: 0.90, maximum-interval: 36500, scheduler: fsrs}
 *   exam: {retention: 0.95, new-per-day: 5, reviews-per-day: 100}
 * decks:
 *   my-deck: exam              # deck id: preset name
 * </pre>
 *
 * Fitted FSRS parameters are not kept here but in the data dir ({@code parameters/PRESET.json}).
 */
public record UserConfig(List<Path> deckFolders, String language, int newPerDay, int reviewsPerDay,
                         int dayStartHour, int leechLapses, Map<String, Preset> presets,
                         Map<String, String> deckPresets, Integer totalNewPerDay, Integer totalReviewsPerDay) {

    public static final String DEFAULT_PRESET = "default";

    /**
     * A named group of scheduling settings that decks share (and that the optimizer fits parameters for).
     * {@code newPerDay} and {@code reviewsPerDay} are each deck's daily limits; null for the top-level values.
     */
    public record Preset(String name, double retention, int maximumInterval, String scheduler, Integer newPerDay,
                         Integer reviewsPerDay) {
        static Preset standard(String name) {
            return new Preset(name, 0.9, 36500, "fsrs", null, null);
        }
    }

    public UserConfig {
        deckFolders = List.copyOf(deckFolders);
        presets = Map.copyOf(presets);
        deckPresets = Map.copyOf(deckPresets);
    }

    /** No config.yaml: the queue's own defaults (daily limits, day start, leech threshold) and the default preset. */
    public static UserConfig defaults() {
        cuecard.schedule.QueueSettings q = cuecard.schedule.QueueSettings.defaults();
        return new UserConfig(List.of(), null, q.newPerDay(), q.reviewsPerDay(), q.dayStartHour(), q.leechLapses(),
                Map.of(DEFAULT_PRESET, Preset.standard(DEFAULT_PRESET)), Map.of(), null, null);
    }

    /** The daily limits of every deck (its preset's, else the top-level ones) and the optional cap over all decks. */
    public cuecard.schedule.DailyLimits limits() {
        Map<String, cuecard.schedule.DailyLimits.Limit> decks = new LinkedHashMap<>();
        for (String deckId : deckPresets.keySet()) {
            decks.put(deckId, limitOf(presetOf(deckId)));
        }
        cuecard.schedule.DailyLimits.Limit total = new cuecard.schedule.DailyLimits.Limit(
                totalNewPerDay == null ? Integer.MAX_VALUE : totalNewPerDay,
                totalReviewsPerDay == null ? Integer.MAX_VALUE : totalReviewsPerDay);
        return new cuecard.schedule.DailyLimits(decks, limitOf(presetOf("")), total);
    }

    /**
     * The review queue over these cards as config.yaml sets it up (daily limits, day start, leech threshold): the one
     * place the study screen, {@code next} and {@code grade} take these values from. The cap over all decks applies
     * only when the cards come from several decks (the picker's Enter on one deck studies it alone).
     */
    cuecard.schedule.StudyQueue studyQueue(List<cuecard.deck.Card> cards, cuecard.review.Progress progress,
                                           java.time.ZoneId zone, cuecard.schedule.StudiedToday studied) {
        cuecard.schedule.DailyLimits all = limits();
        boolean several = cards.stream().map(c -> c.key().deckId()).distinct().count() > 1;
        cuecard.schedule.DailyLimits limits = several ? all
                : new cuecard.schedule.DailyLimits(all.decks(), all.fallback(), cuecard.schedule.DailyLimits.NONE);
        return new cuecard.schedule.StudyQueue(cards, progress, queueSettings(), zone, studied, limits);
    }

    /** The queue's settings: daily limits, day start and leech threshold. */
    cuecard.schedule.QueueSettings queueSettings() {
        return new cuecard.schedule.QueueSettings(newPerDay, reviewsPerDay, dayStartHour, leechLapses);
    }

    private cuecard.schedule.DailyLimits.Limit limitOf(Preset p) {
        return new cuecard.schedule.DailyLimits.Limit(p.newPerDay() != null ? p.newPerDay() : newPerDay,
                p.reviewsPerDay() != null ? p.reviewsPerDay() : reviewsPerDay);
    }

    /** The preset a deck uses: the one named for it in {@code decks:}, else {@code default}. */
    public Preset presetOf(String deckId) {
        String name = deckPresets.getOrDefault(deckId, DEFAULT_PRESET);
        Preset p = presets.get(name);
        return p != null ? p : presets.getOrDefault(DEFAULT_PRESET, Preset.standard(DEFAULT_PRESET));
    }

    /** Reads the config file of this environment; defaults when there is none; a located error when it is bad. */
    public static UserConfig load(Environment env) {
        Path file = env.configDir().resolve("config.yaml");
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, file + ": cannot read: " + e.getMessage());
        }
        return parse(text, file.toString(), env.home());
    }

    static UserConfig parse(String text, String name, Path home) {
        if (text.isBlank()) {
            return defaults();
        }
        YamlDocument doc = cuecard.deckfile.DeckLoader.compose(text, name);
        if (!doc.errors().isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, doc.errors().get(0).format());
        }
        if (!(doc.tree() instanceof Tree.MapNode root)) {
            throw bad(doc.tree(), "the settings file must be a mapping of `name: value`");
        }
        UserConfig d = defaults();
        List<Path> folders = new ArrayList<>();
        String language = d.language();
        int newPerDay = d.newPerDay();
        int reviewsPerDay = d.reviewsPerDay();
        int dayStart = d.dayStartHour();
        int leech = d.leechLapses();
        Map<String, Preset> presets = new LinkedHashMap<>(d.presets());
        Map<String, String> deckPresets = new LinkedHashMap<>();
        Integer totalNew = null;
        Integer totalReviews = null;
        for (Tree.Entry e : root.entries()) {
            String key = e.key().text();
            Tree v = e.value();
            switch (key) {
                case "deck-folders" -> {
                    for (Tree item : list(v)) {
                        String f = text(item);
                        folders.add(f.startsWith("~/") ? home.resolve(f.substring(2)) : Path.of(f));
                    }
                }
                case "language" -> {
                    language = text(v);
                    if (!language.equals("en") && !language.equals("zh")) {
                        throw bad(v, "language must be `en` or `zh`");
                    }
                }
                case "new-per-day" -> newPerDay = number(v, 0, 100_000);
                case "reviews-per-day" -> reviewsPerDay = number(v, 0, 1_000_000);
                case "total-new-per-day" -> totalNew = number(v, 0, 100_000);
                case "total-reviews-per-day" -> totalReviews = number(v, 0, 1_000_000);
                case "day-start-hour" -> dayStart = number(v, 0, 23);
                case "leech-lapses" -> leech = number(v, 1, 1000);
                case "presets" -> {
                    for (Tree.Entry p : map(v).entries()) {
                        presets.put(p.key().text(), preset(p.key().text(), p.value()));
                    }
                }
                case "decks" -> {
                    for (Tree.Entry p : map(v).entries()) {
                        deckPresets.put(p.key().text(), text(p.value()));
                    }
                }
                default -> throw bad(e.key(), "unknown setting `" + key + "` (known: deck-folders, language, "
                        + "new-per-day, reviews-per-day, total-new-per-day, total-reviews-per-day, day-start-hour, leech-lapses, "
                        + "presets, decks)");
            }
        }
        for (Map.Entry<String, String> dp : deckPresets.entrySet()) {
            if (!presets.containsKey(dp.getValue())) {
                throw new UserError(ExitCode.BAD_INPUT, name + ": deck `" + dp.getKey() + "` names the preset `"
                        + dp.getValue() + "`, which is not under `presets:`");
            }
        }
        return new UserConfig(folders, language, newPerDay, reviewsPerDay, dayStart, leech, presets, deckPresets,
                totalNew, totalReviews);
    }

    private static Preset preset(String name, Tree v) {
        Preset p = Preset.standard(name);
        double retention = p.retention();
        int max = p.maximumInterval();
        String scheduler = p.scheduler();
        Integer newPerDay = null;
        Integer reviewsPerDay = null;
        for (Tree.Entry e : map(v).entries()) {
            switch (e.key().text()) {
                case "retention" -> {
                    retention = decimal(e.value());
                    if (retention < 0.7 || retention > 0.99) {
                        throw bad(e.value(), "retention must be between 0.70 and 0.99");
                    }
                }
                case "maximum-interval" -> max = number(e.value(), 1, 36500);
                case "new-per-day" -> newPerDay = number(e.value(), 0, 100_000);
                case "reviews-per-day" -> reviewsPerDay = number(e.value(), 0, 1_000_000);
                case "scheduler" -> {
                    scheduler = text(e.value());
                    if (!scheduler.equals("fsrs") && !scheduler.equals("sm2")) {
                        throw bad(e.value(), "scheduler must be `fsrs` or `sm2`");
                    }
                }
                default -> throw bad(e.key(), "unknown preset setting `" + e.key().text()
                        + "` (known: retention, maximum-interval, scheduler, new-per-day, reviews-per-day)");
            }
        }
        return new Preset(name, retention, max, scheduler, newPerDay, reviewsPerDay);
    }

    private static Tree.MapNode map(Tree v) {
        if (v instanceof Tree.MapNode m) {
            return m;
        }
        throw bad(v, "expected a mapping, found " + describe(v));
    }

    private static List<Tree> list(Tree v) {
        if (v instanceof Tree.SeqNode s) {
            return s.items();
        }
        if (v instanceof Tree.Scalar) {
            return List.of(v);
        }
        throw bad(v, "expected a list, found a mapping");
    }

    private static String text(Tree v) {
        if (v instanceof Tree.Scalar s && s.kind() != Tree.Scalar.Kind.NULL) {
            return s.text();
        }
        throw bad(v, "expected text, found " + describe(v));
    }

    private static int number(Tree v, int min, int max) {
        if (v instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.INT) {
            try {
                int n = Integer.parseInt(s.text());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // out of int range: reported below
            }
            throw bad(v, "expected a whole number from " + min + " to " + max + ", found " + s.text());
        }
        throw bad(v, "expected a whole number, found " + describe(v));
    }

    private static double decimal(Tree v) {
        if (v instanceof Tree.Scalar s && (s.kind() == Tree.Scalar.Kind.FLOAT || s.kind() == Tree.Scalar.Kind.INT)) {
            return Double.parseDouble(s.text());
        }
        throw bad(v, "expected a number, found " + describe(v));
    }

    private static String describe(Tree v) {
        if (v instanceof Tree.MapNode) {
            return "a mapping";
        }
        if (v instanceof Tree.SeqNode) {
            return "a list";
        }
        return "`" + ((Tree.Scalar) v).text() + "`";
    }

    private static UserError bad(Tree at, String message) {
        return new UserError(ExitCode.BAD_INPUT, DeckError.error(at.at(), message).format());
    }
}
