package cuecard.stats;

import cuecard.deck.CardKey;
import java.time.LocalDate;
import java.util.List;

/**
 * What a learner sees when asking "how am I doing": the figures computed by {@link StatsCalculation}.
 *
 * @param reviewsPerDay    one entry per learning day of the last 365, oldest first (zeros included): the heatmap
 * @param forecast         cards due on each of the next 30 learning days, today first (overdue cards count today)
 * @param retention        true retention of review cards, young and mature, over the last day, week, month, year
 * @param recallHistogram  cards (in review) by predicted recall now, in ten bins of 10 %
 * @param stability        cards (in review) by stability, on a doubling scale
 * @param hardest          cards with the most lapses, then the lowest predicted recall
 * @param streak           consecutive learning days with a review, ending today (or yesterday)
 */
public record Stats(Today today, int totalReviews, List<DayCount> reviewsPerDay, List<DayCount> forecast,
                    StateCounts counts, List<Retention> retention, double averageRecall, List<Bin> recallHistogram,
                    List<Bin> stability, List<Group> byDeck, List<Group> byTag, List<Group> byType,
                    List<HardCard> hardest, int streak, int longestStreak) {

    /** Today's work: reviews, time spent, and how many were remembered. */
    public record Today(int reviews, long millis, Ratio accuracy) {
    }

    public record DayCount(LocalDate day, int count) {
    }

    public record StateCounts(int fresh, int learning, int young, int mature, int suspended, int leeches) {
        public int total() {
            return fresh + learning + young + mature + suspended;
        }
    }

    public record Retention(String period, int days, Ratio young, Ratio mature) {
    }

    public record Bin(String label, int count) {
    }

    public record Group(String name, Ratio accuracy) {
    }

    /** A card often forgotten; {@code prompt} is its question (null when unknown: its key stands for it). */
    public record HardCard(CardKey key, int lapses, double recall, String prompt) {

        /** The question, else the key. */
        public String shown() {
            return prompt == null || prompt.isBlank() ? key.toString() : prompt;
        }
    }
}
