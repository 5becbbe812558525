package cuecard.stats;

import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.TextLayout;
import java.util.List;
import java.util.Locale;

/** The statistics as plain text with block-character charts, for `cuecard stats` and the stats screen. */
public final class StatsText {

    /** The widest a hardest card's question is shown, in columns. */
    static final int PROMPT_COLUMNS = 40;

    private StatsText() {
    }

    /** The report in English. */
    public static String render(Stats s) {
        return render(s, Messages.english());
    }

    /** The report in the words of {@code m}. */
    public static String render(Stats s, Messages m) {
        StringBuilder out = new StringBuilder();
        Stats.Today t = s.today();
        line(out, m.get(Text.ST_TODAY, m.count(Text.N_REVIEWS, t.reviews()), minutes(t.millis(), m),
                percent(t.accuracy().rate())));
        line(out, m.get(Text.ST_STREAK, m.count(Text.N_DAYS, s.streak()), m.count(Text.N_DAYS, s.longestStreak()),
                m.count(Text.N_REVIEWS, s.totalReviews())));
        out.append('\n');
        Stats.StateCounts c = s.counts();
        line(out, m.get(Text.ST_CARDS, c.fresh(), c.learning(), c.young(), c.mature(), c.suspended(), c.leeches(), c.total()));
        line(out, m.get(Text.ST_RECALL, percent(s.averageRecall()), m.count(Text.N_CARDS, c.young() + c.mature())));
        out.append('\n');
        line(out, m.get(Text.ST_YEAR));
        Charts.heatmap(s.reviewsPerDay(), List.of(m.get(Text.ST_HEATMAP_DAYS).split(",", -1)))
                .forEach(r -> line(out, "  " + r));
        List<Stats.DayCount> month = s.reviewsPerDay().subList(s.reviewsPerDay().size() - 30, s.reviewsPerDay().size());
        int titles = Math.max(TextLayout.width(m.get(Text.ST_PER_DAY)), TextLayout.width(m.get(Text.ST_FORECAST))) + 2;
        line(out, TextLayout.pad(m.get(Text.ST_PER_DAY), titles) + "|"
                + Charts.sparkline(month.stream().map(Stats.DayCount::count).toList()) + "|  "
                + m.get(Text.ST_MAX, month.stream().mapToInt(Stats.DayCount::count).max().orElse(0)));
        line(out, TextLayout.pad(m.get(Text.ST_FORECAST), titles) + "|"
                + Charts.sparkline(s.forecast().stream().map(Stats.DayCount::count).toList()) + "|  "
                + m.get(Text.ST_FORECAST_SUM, s.forecast().stream().mapToInt(Stats.DayCount::count).sum(),
                        s.forecast().get(0).count()));
        out.append('\n');
        List<String> periods = List.of(m.get(Text.ST_LAST_DAY), m.get(Text.ST_LAST_WEEK), m.get(Text.ST_LAST_MONTH),
                m.get(Text.ST_LAST_YEAR));
        int periodWidth = Math.max(periods.stream().mapToInt(TextLayout::width).max().orElse(0) + 4,
                TextLayout.width(m.get(Text.ST_RETENTION)));
        line(out, TextLayout.pad(m.get(Text.ST_RETENTION), periodWidth + 2) + TextLayout.pad(m.get(Text.ST_YOUNG), 17)
                + m.get(Text.ST_MATURE));
        for (Stats.Retention r : s.retention()) {
            String period = r.days() <= 1 ? periods.get(0) : r.days() <= 7 ? periods.get(1) : r.days() <= 31 ? periods.get(2)
                    : periods.get(3);
            line(out, "  " + TextLayout.pad(period, periodWidth) + TextLayout.pad(ratio(r.young()), 17) + ratio(r.mature()));
        }
        out.append('\n');
        histogram(out, m.get(Text.ST_RECALL_BINS), s.recallHistogram());
        histogram(out, m.get(Text.ST_STABILITY), s.stability());
        groups(out, m.get(Text.ST_BY_DECK), s.byDeck(), m);
        groups(out, m.get(Text.ST_BY_TAG), s.byTag(), m);
        groups(out, m.get(Text.ST_BY_TYPE), s.byType(), m);
        if (!s.hardest().isEmpty()) {
            line(out, m.get(Text.ST_HARDEST));
            for (Stats.HardCard h : s.hardest()) {
                line(out, "  " + TextLayout.pad(TextLayout.ellipsize(oneLine(h.shown()), PROMPT_COLUMNS), PROMPT_COLUMNS) + " "
                        + m.get(Text.ST_HARD_CARD, m.count(Text.N_LAPSES, h.lapses()), percent(h.recall())));
            }
        }
        return out.toString();
    }

    /** Text on one line: each run of white space (line breaks included) as one space. */
    static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void histogram(StringBuilder out, String title, List<Stats.Bin> bins) {
        int max = bins.stream().mapToInt(Stats.Bin::count).max().orElse(0);
        if (max == 0) {
            return;
        }
        line(out, title);
        for (Stats.Bin b : bins) {
            line(out, String.format(Locale.ROOT, "  %9s %6d %s", b.label(), b.count(), Charts.bar(b.count(), max, 30)));
        }
        out.append('\n');
    }

    private static void groups(StringBuilder out, String title, List<Stats.Group> groups, Messages m) {
        if (groups.isEmpty()) {
            return;
        }
        line(out, title);
        for (Stats.Group g : groups) {
            line(out, "  " + TextLayout.pad(TextLayout.ellipsize(g.name(), 28), 28) + " "
                    + TextLayout.pad(m.get(Text.ST_OF, String.format(Locale.ROOT, "%6s", percent(g.accuracy().rate())),
                            g.accuracy().total()), 16) + " " + Charts.bar(g.accuracy().rate(), 1, 20));
        }
        out.append('\n');
    }

    static String ratio(Ratio r) {
        return r.total() == 0 ? "-" : percent(r.rate()) + " (" + r.passed() + "/" + r.total() + ")";
    }

    static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String minutes(long millis, Messages m) {
        long s = millis / 1000;
        return s < 60 ? m.get(Text.ST_SECONDS, s) : m.get(Text.ST_MINUTES, s / 60, s % 60);
    }

    static String minutes(long millis) {
        return minutes(millis, Messages.english());
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
