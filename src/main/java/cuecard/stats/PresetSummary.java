package cuecard.stats;

import cuecard.study.Messages.Text;
import java.time.Instant;
import java.util.List;

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

    /** One or two lines of plain text, in English. */
    public String describe() {
        return describe(cuecard.study.Messages.english());
    }

    /** One or two lines of plain text in the words of {@code m}. */
    public String describe(cuecard.study.Messages m) {
        StringBuilder b = new StringBuilder(m.get(Text.ST_PRESET, preset, String.join(", ", decks), desiredRetention * 100));
        if (fittedAt == null) {
            b.append(m.get(Text.ST_PRESET_DEFAULT));
        } else {
            b.append(m.get(Text.ST_PRESET_FITTED, fittedAt.toString().substring(0, 10), items, logLoss));
        }
        if (!Double.isNaN(recommendedRetention)) {
            b.append("\n  ").append(m.get(Text.ST_PRESET_RECOMMENDS, recommendedRetention * 100));
        }
        return b.toString();
    }
}
