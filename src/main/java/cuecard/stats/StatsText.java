package cuecard.stats;

import java.util.List;
import java.util.Locale;

/** The statistics as plain text with block-character charts, for `cuecard stats` and the stats screen. */
public final class StatsText {

    private StatsText() {
    }

    public static String render(Stats s) {
        StringBuilder out = new StringBuilder();
        Stats.Today t = s.today();
        line(out, "Today: %d reviews in %s, %s remembered", t.reviews(), minutes(t.millis()), percent(t.accuracy().rate()));
        line(out, "Streak: %d day(s) (longest %d); %d reviews in all", s.streak(), s.longestStreak(), s.totalReviews());
        out.append('\n');
        Stats.StateCounts c = s.counts();
        line(out, "Cards: %d new, %d learning, %d young, %d mature, %d suspended (%d leeches); %d in all",
                c.fresh(), c.learning(), c.young(), c.mature(), c.suspended(), c.leeches(), c.total());
        line(out, "Predicted recall now: %s on average", percent(s.averageRecall()));
        out.append('\n');
        line(out, "Reviews over the last year");
        Charts.heatmap(s.reviewsPerDay()).forEach(r -> line(out, "  %s", r));
        List<Stats.DayCount> month = s.reviewsPerDay().subList(s.reviewsPerDay().size() - 30, s.reviewsPerDay().size());
        line(out, "Reviews per day, last 30 days  |%s|  max %d", Charts.sparkline(month.stream().map(Stats.DayCount::count).toList()),
                month.stream().mapToInt(Stats.DayCount::count).max().orElse(0));
        line(out, "Due in the next 30 days        |%s|  %d in all, %d today",
                Charts.sparkline(s.forecast().stream().map(Stats.DayCount::count).toList()),
                s.forecast().stream().mapToInt(Stats.DayCount::count).sum(), s.forecast().get(0).count());
        out.append('\n');
        line(out, "True retention   young            mature");
        for (Stats.Retention r : s.retention()) {
            line(out, "  last %-6s  %-16s %s", r.period(), ratio(r.young()), ratio(r.mature()));
        }
        out.append('\n');
        histogram(out, "Predicted recall of review cards", s.recallHistogram());
        histogram(out, "Stability of review cards", s.stability());
        groups(out, "Accuracy by deck", s.byDeck());
        groups(out, "Accuracy by tag", s.byTag());
        groups(out, "Accuracy by question type", s.byType());
        if (!s.hardest().isEmpty()) {
            line(out, "Hardest cards");
            for (Stats.HardCard h : s.hardest()) {
                line(out, "  %-40s %2d lapses, recall %s", h.key(), h.lapses(), percent(h.recall()));
            }
        }
        return out.toString();
    }

    private static void histogram(StringBuilder out, String title, List<Stats.Bin> bins) {
        int max = bins.stream().mapToInt(Stats.Bin::count).max().orElse(0);
        if (max == 0) {
            return;
        }
        line(out, "%s", title);
        for (Stats.Bin b : bins) {
            line(out, "  %9s %6d %s", b.label(), b.count(), Charts.bar(b.count(), max, 30));
        }
        out.append('\n');
    }

    private static void groups(StringBuilder out, String title, List<Stats.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        line(out, "%s", title);
        for (Stats.Group g : groups) {
            line(out, "  %-28s %6s of %d %s", g.name(), percent(g.accuracy().rate()), g.accuracy().total(),
                    Charts.bar(g.accuracy().rate(), 1, 20));
        }
        out.append('\n');
    }

    static String ratio(Ratio r) {
        return r.total() == 0 ? "-" : percent(r.rate()) + " (" + r.passed() + "/" + r.total() + ")";
    }

    static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String minutes(long millis) {
        long s = millis / 1000;
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
