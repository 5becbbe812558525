package cuecard.stats;

import cuecard.deck.CardKey;
import cuecard.schedule.Phase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes {@link Stats} from the history and the card states in one pass over each. */
public final class StatsCalculation {

    static final int HISTORY_DAYS = 365;
    static final int FORECAST_DAYS = 30;
    private static final String[] PERIODS = {"day", "week", "month", "year"};
    private static final int[] PERIOD_DAYS = {1, 7, 30, 365};

    private StatsCalculation() {
    }

    public static Stats of(StatsInput in) {
        LocalDate today = in.today();
        Map<CardKey, CardSnapshot> byKey = new HashMap<>();
        in.cards().forEach(c -> byKey.put(c.key(), c));

        int[] perDay = new int[HISTORY_DAYS];
        TreeSet<LocalDate> activeDays = new TreeSet<>();
        int todayCount = 0;
        long todayMillis = 0;
        Ratio todayAcc = Ratio.NONE;
        Ratio[] young = filled(PERIODS.length);
        Ratio[] mature = filled(PERIODS.length);
        Map<String, Ratio> deck = new TreeMap<>();
        Map<String, Ratio> tag = new TreeMap<>();
        Map<String, Ratio> type = new TreeMap<>();
        for (ReviewEvent r : in.reviews()) {
            LocalDate day = in.day(r.at());
            long ago = ChronoUnit.DAYS.between(day, today);
            activeDays.add(day);
            if (ago >= 0 && ago < HISTORY_DAYS) {
                perDay[HISTORY_DAYS - 1 - (int) ago]++;
            }
            if (ago == 0) {
                todayCount++;
                todayMillis += r.millis();
                todayAcc = todayAcc.add(r.passed());
            }
            if (r.scheduled() && r.phaseBefore() == Phase.REVIEW && ago >= 0) {
                for (int p = 0; p < PERIODS.length; p++) {
                    if (ago < PERIOD_DAYS[p]) {
                        if (r.intervalBefore() >= StatsInput.MATURE_DAYS) {
                            mature[p] = mature[p].add(r.passed());
                        } else {
                            young[p] = young[p].add(r.passed());
                        }
                    }
                }
            }
            deck.merge(r.key().deckId(), Ratio.NONE.add(r.passed()), StatsCalculation::sum);
            CardSnapshot card = byKey.get(r.key());
            if (card != null) {
                type.merge(card.type().yamlName(), Ratio.NONE.add(r.passed()), StatsCalculation::sum);
                for (String t : card.tags()) {
                    tag.merge(t, Ratio.NONE.add(r.passed()), StatsCalculation::sum);
                }
            }
        }
        List<Stats.DayCount> history = new ArrayList<>();
        for (int i = 0; i < HISTORY_DAYS; i++) {
            history.add(new Stats.DayCount(today.minusDays(HISTORY_DAYS - 1 - i), perDay[i]));
        }
        List<Stats.Retention> retention = new ArrayList<>();
        for (int p = 0; p < PERIODS.length; p++) {
            retention.add(new Stats.Retention(PERIODS[p], PERIOD_DAYS[p], young[p], mature[p]));
        }
        CardFigures cards = CardFigures.of(in);
        return new Stats(new Stats.Today(todayCount, todayMillis, todayAcc), in.reviews().size(), history,
                cards.forecast(), cards.counts(), retention, cards.averageRecall(), cards.recallHistogram(),
                cards.stability(), groups(deck), groups(tag), groups(type), cards.hardest(),
                streak(activeDays, today), longestStreak(activeDays));
    }

    private static Ratio[] filled(int n) {
        Ratio[] r = new Ratio[n];
        java.util.Arrays.fill(r, Ratio.NONE);
        return r;
    }

    private static Ratio sum(Ratio a, Ratio b) {
        return new Ratio(a.passed() + b.passed(), a.total() + b.total());
    }

    private static List<Stats.Group> groups(Map<String, Ratio> m) {
        return m.entrySet().stream().map(e -> new Stats.Group(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Stats.Group::name)).toList();
    }

    /** Days in a row with reviews, ending today, or yesterday when nothing was reviewed yet today. */
    static int streak(TreeSet<LocalDate> days, LocalDate today) {
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }

    static int longestStreak(TreeSet<LocalDate> days) {
        int best = 0;
        int run = 0;
        LocalDate prev = null;
        for (LocalDate d : days) {
            run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
            best = Math.max(best, run);
            prev = d;
        }
        return best;
    }
}
