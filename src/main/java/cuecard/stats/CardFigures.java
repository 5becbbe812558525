package cuecard.stats;

import cuecard.schedule.LearningDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The figures that come from the cards as they stand now: counts, forecast, recall, stability, hardest cards. */
record CardFigures(Stats.StateCounts counts, List<Stats.DayCount> forecast, double averageRecall,
                   List<Stats.Bin> recallHistogram, List<Stats.Bin> stability, List<Stats.HardCard> hardest) {

    static final int HARDEST = 10;
    /** Stability bins: under 1 day, then doubling up to a year and more. */
    static final double[] STABILITY_EDGES = {1, 2, 4, 8, 16, 32, 64, 128, 256, 365};

    static CardFigures of(StatsInput in) {
        LocalDate today = in.today();
        long todayEpoch = today.toEpochDay();
        LearningDay.InZone days = in.learningDays();
        int fresh = 0;
        int learning = 0;
        int young = 0;
        int mature = 0;
        int suspended = 0;
        int leeches = 0;
        int[] due = new int[StatsCalculation.FORECAST_DAYS];
        int[] recallBins = new int[10];
        int[] stabilityBins = new int[STABILITY_EDGES.length + 1];
        double recallSum = 0;
        int recallCount = 0;
        List<Stats.HardCard> hard = new ArrayList<>();
        for (CardSnapshot c : in.cards()) {
            if (c.leech()) {
                leeches++;
            }
            if (c.suspended()) {
                suspended++;
                continue;
            }
            switch (c.state().phase()) {
                case NEW -> fresh++;
                case LEARNING, RELEARNING -> learning++;
                case REVIEW -> {
                    if (c.mature()) {
                        mature++;
                    } else {
                        young++;
                    }
                }
            }
            if (c.state().phase() == cuecard.review.Phase.NEW) {
                continue;
            }
            long inDays = Math.max(0, days.epochDay(c.state().due().getEpochSecond()) - todayEpoch);
            if (inDays < due.length) {
                due[(int) inDays]++;
            }
            double r = in.recall().applyAsDouble(c.state(), in.now());
            if (c.state().phase() == cuecard.review.Phase.REVIEW) {
                recallSum += r;
                recallCount++;
                recallBins[Math.min(9, (int) Math.floor(r * 10))]++;
                stabilityBins[stabilityBin(c.state().memory() == null ? 0 : c.state().memory().stability())]++;
            }
            if (c.state().lapses() > 0) {
                keepHardest(hard, new Stats.HardCard(c.key(), c.state().lapses(), r, c.prompt()));
            }
        }
        List<Stats.DayCount> forecast = new ArrayList<>();
        for (int i = 0; i < due.length; i++) {
            forecast.add(new Stats.DayCount(today.plusDays(i), due[i]));
        }
        List<Stats.Bin> recall = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            recall.add(new Stats.Bin((i * 10) + "-" + (i * 10 + 10) + "%", recallBins[i]));
        }
        List<Stats.Bin> stability = new ArrayList<>();
        for (int i = 0; i < stabilityBins.length; i++) {
            stability.add(new Stats.Bin(stabilityLabel(i), stabilityBins[i]));
        }
        return new CardFigures(new Stats.StateCounts(fresh, learning, young, mature, suspended, leeches), forecast,
                recallCount == 0 ? Double.NaN : recallSum / recallCount, recall, stability, List.copyOf(hard));
    }

    /** Hardest first: most lapses, then lowest recall, then by key. */
    static final Comparator<Stats.HardCard> HARDEST_FIRST = Comparator.comparingInt(Stats.HardCard::lapses)
            .reversed().thenComparingDouble(Stats.HardCard::recall).thenComparing(Stats.HardCard::key);

    /**
     * Keeps {@code hard} the {@link #HARDEST} hardest cards seen so far, in order: a card goes in at its place when it
     * is harder than the last one kept (a full sort of every card with a lapse cost more than the rest of the figures).
     */
    static void keepHardest(List<Stats.HardCard> hard, Stats.HardCard card) {
        if (hard.size() == HARDEST && HARDEST_FIRST.compare(card, hard.get(HARDEST - 1)) >= 0) {
            return;
        }
        int at = hard.size();
        while (at > 0 && HARDEST_FIRST.compare(card, hard.get(at - 1)) < 0) {
            at--;
        }
        hard.add(at, card);
        if (hard.size() > HARDEST) {
            hard.remove(HARDEST);
        }
    }

    static int stabilityBin(double s) {
        for (int i = 0; i < STABILITY_EDGES.length; i++) {
            if (s < STABILITY_EDGES[i]) {
                return i;
            }
        }
        return STABILITY_EDGES.length;
    }

    static String stabilityLabel(int i) {
        if (i == 0) {
            return "<1d";
        }
        if (i == STABILITY_EDGES.length) {
            return ">=" + (int) STABILITY_EDGES[i - 1] + "d";
        }
        return (int) STABILITY_EDGES[i - 1] + "-" + (int) STABILITY_EDGES[i] + "d";
    }
}
