package cuecard.stats;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The memory model behind a group of decks, for the statistics: its desired retention, whether its FSRS
 * parameters were fitted to the learner's own reviews, and the retention the simulator recommends.
 *
 * @param preset               the preset's name
 * @param decks                the decks that use it
 * @param desiredRetention     the retention the schedule aims for
 * @param fittedAt             when {@code cuecard optimize} last fitted it; null while it runs on the defaults
 * @param items                training items of that fit
 * @param logLoss              log loss of that fit
 * @param recommendedRetention the least work per remembered card in the simulation; NaN when not simulated
 */
public record PresetSummary(String preset, List<String> decks, double desiredRetention, Instant fittedAt, int items,
                            double logLoss, double recommendedRetention) {

    public PresetSummary {
        decks = List.copyOf(decks);
    }

    /** One or two lines of plain text. */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Preset %s (%s): desired retention %.0f%%, ",
                preset, String.join(", ", decks), desiredRetention * 100));
        if (fittedAt == null) {
            b.append("default FSRS-6 parameters (run `cuecard optimize` once you have a few hundred reviews)");
        } else {
            b.append(String.format(Locale.ROOT, "parameters fitted %s on %d items (log loss %.4f)",
                    fittedAt.toString().substring(0, 10), items, logLoss));
        }
        if (!Double.isNaN(recommendedRetention)) {
            b.append(String.format(Locale.ROOT, "%n  the simulator recommends %.0f%%: the least study time per card remembered",
                    recommendedRetention * 100));
        }
        return b.toString();
    }
}
