package cuecard.stats;

import cuecard.schedule.LearningDay;
import cuecard.deck.CardKey;
import cuecard.review.Phase;
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
        long todayEpoch = today.toEpochDay();
        List<CardSnapshot> cardList = in.cards();
        Map<CardKey, Integer> index = new HashMap<>(cardList.size() * 2);
        for (int i = 0; i < cardList.size(); i++) {
            index.put(cardList.get(i).key(), i);
        }
        // per card passed/total counts; grouped by deck, tag and type after the pass
        int[] cardPassed = new int[cardList.size()];
        int[] cardTotal = new int[cardList.size()];
        Map<String, Ratio> deck = new TreeMap<>();

        int[] perDay = new int[HISTORY_DAYS];
        java.util.BitSet active = new java.util.BitSet();
        java.util.List<Long> outOfRange = new ArrayList<>();
        int todayCount = 0;
        long todayMillis = 0;
        Ratio todayAcc = Ratio.NONE;
        int[][] youngCounts = new int[PERIODS.length][2];
        int[][] matureCounts = new int[PERIODS.length][2];
        long base = todayEpoch - 4L * HISTORY_DAYS; // days before this are rare: kept in a list
        ReviewTable reviews = in.reviews();
        LearningDay.InZone days = in.learningDays();
        for (int row = 0; row < reviews.size(); row++) {
            long day = days.epochDay(reviews.second(row));
            long ago = todayEpoch - day;
            boolean pass = reviews.passed(row);
            if (day >= base && day - base < Integer.MAX_VALUE) {
                active.set((int) (day - base));
            } else {
                outOfRange.add(day);
            }
            if (ago >= 0 && ago < HISTORY_DAYS) {
                perDay[HISTORY_DAYS - 1 - (int) ago]++;
            }
            if (ago == 0) {
                todayCount++;
                todayMillis += reviews.millis(row);
                todayAcc = todayAcc.add(pass);
            }
            if (reviews.scheduled(row) && reviews.phaseBefore(row) == Phase.REVIEW && ago >= 0) {
                int[][] counts = reviews.intervalBefore(row) >= StatsInput.MATURE_DAYS ? matureCounts : youngCounts;
                for (int p = 0; p < PERIODS.length; p++) {
                    if (ago < PERIOD_DAYS[p]) {
                        counts[p][0] += pass ? 1 : 0;
                        counts[p][1]++;
                    }
                }
            }
            CardKey key = reviews.key(row);
            int i = reviews.card(row); // the source's position when it is right, else a lookup by key
            if (i < 0 || i >= cardList.size() || cardList.get(i).key() != key) {
                Integer found = index.get(key);
                i = found == null ? -1 : found;
            }
            if (i >= 0) {
                cardPassed[i] += pass ? 1 : 0;
                cardTotal[i]++;
            } else {
                deck.merge(key.deckId(), Ratio.NONE.add(pass), StatsCalculation::sum);
            }
        }
        Map<String, Ratio> tag = new TreeMap<>();
        Map<String, Ratio> type = new TreeMap<>();
        for (int i = 0; i < cardList.size(); i++) {
            if (cardTotal[i] == 0) {
                continue;
            }
            CardSnapshot card = cardList.get(i);
            Ratio r = new Ratio(cardPassed[i], cardTotal[i]);
            deck.merge(card.key().deckId(), r, StatsCalculation::sum);
            type.merge(card.type().yamlName(), r, StatsCalculation::sum);
            for (String t : card.tags()) {
                tag.merge(t, r, StatsCalculation::sum);
            }
        }
        Ratio[] young = new Ratio[PERIODS.length];
        Ratio[] mature = new Ratio[PERIODS.length];
        for (int p = 0; p < PERIODS.length; p++) {
            young[p] = new Ratio(youngCounts[p][0], youngCounts[p][1]);
            mature[p] = new Ratio(matureCounts[p][0], matureCounts[p][1]);
        }
        TreeSet<LocalDate> activeDays = new TreeSet<>();
        for (int d = active.nextSetBit(0); d >= 0; d = active.nextSetBit(d + 1)) {
            activeDays.add(LocalDate.ofEpochDay(base + d));
        }
        for (long d : outOfRange) {
            activeDays.add(LocalDate.ofEpochDay(d));
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
        return new Stats(new Stats.Today(todayCount, todayMillis, todayAcc), reviews.size(), history,
                cards.forecast(), cards.counts(), retention, cards.averageRecall(), cards.recallHistogram(),
                cards.stability(), groups(deck), groups(tag), groups(type), cards.hardest(),
                streak(activeDays, today), longestStreak(activeDays));
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
