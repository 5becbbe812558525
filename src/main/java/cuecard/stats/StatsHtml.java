package cuecard.stats;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The statistics as one self-contained HTML page: inline CSS and SVG charts, no scripts, no remote assets. */
public final class StatsHtml {

    private StatsHtml() {
    }

    public static String render(Stats s, String title) {
        return render(s, title, java.util.List.of());
    }

    /** The page, with a section on the memory model of each preset. */
    public static String render(Stats s, String title, java.util.List<PresetSummary> presets) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222;padding:0 1em}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse}td,th{padding:.2em .8em;text-align:right}th{text-align:left}\n")
                .append("td:first-child{text-align:left}.num{font-variant-numeric:tabular-nums}\n")
                .append("svg text{font:11px sans-serif;fill:#444}\n</style></head><body>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        Stats.Today t = s.today();
        h.append("<p id=\"today\">Today: <b>").append(t.reviews()).append("</b> reviews in ")
                .append(StatsText.minutes(t.millis())).append(", ").append(StatsText.percent(t.accuracy().rate()))
                .append(" remembered. Streak: <b>").append(s.streak()).append("</b> day(s), longest ")
                .append(s.longestStreak()).append(". ").append(s.totalReviews()).append(" reviews in all.</p>\n");

        Stats.StateCounts c = s.counts();
        h.append("<h2>Cards</h2>\n<table id=\"counts\"><tr><th>new</th><th>learning</th><th>young</th><th>mature</th>")
                .append("<th>suspended</th><th>leeches</th><th>total</th></tr><tr class=\"num\">");
        for (int v : new int[] {c.fresh(), c.learning(), c.young(), c.mature(), c.suspended(), c.leeches(), c.total()}) {
            h.append("<td>").append(v).append("</td>");
        }
        h.append("</tr></table>\n<p>Predicted recall now: ").append(StatsText.percent(s.averageRecall()))
                .append(" on average.</p>\n");

        h.append("<h2>Reviews over the last year</h2>\n").append(heatmap(s.reviewsPerDay()));
        List<Stats.DayCount> month = s.reviewsPerDay().subList(s.reviewsPerDay().size() - 30, s.reviewsPerDay().size());
        h.append("<h2>Reviews per day (last 30 days)</h2>\n").append(bars(month.stream().map(Stats.DayCount::count).toList(),
                month.stream().map(d -> d.day().toString().substring(5)).toList(), "reviews-per-day"));
        h.append("<h2>Due in the next 30 days</h2>\n").append(bars(s.forecast().stream().map(Stats.DayCount::count).toList(),
                s.forecast().stream().map(d -> d.day().toString().substring(5)).toList(), "forecast"));

        h.append("<h2>True retention</h2>\n<table id=\"retention\"><tr><th>period</th><th>young</th><th>mature</th></tr>\n");
        for (Stats.Retention r : s.retention()) {
            h.append("<tr><td>last ").append(r.period()).append("</td><td>").append(escape(StatsText.ratio(r.young())))
                    .append("</td><td>").append(escape(StatsText.ratio(r.mature()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>Predicted recall of review cards</h2>\n").append(bars(counts(s.recallHistogram()), labels(s.recallHistogram()), "recall"));
        h.append("<h2>Stability of review cards</h2>\n").append(bars(counts(s.stability()), labels(s.stability()), "stability"));
        groups(h, "Accuracy by deck", s.byDeck());
        groups(h, "Accuracy by tag", s.byTag());
        groups(h, "Accuracy by question type", s.byType());
        if (!s.hardest().isEmpty()) {
            h.append("<h2>Hardest cards</h2>\n<table id=\"hardest\"><tr><th>card</th><th>lapses</th><th>recall now</th></tr>\n");
            for (Stats.HardCard hc : s.hardest()) {
                h.append("<tr><td>").append(escape(hc.key().toString())).append("</td><td>").append(hc.lapses())
                        .append("</td><td>").append(StatsText.percent(hc.recall())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!presets.isEmpty()) {
            h.append("<h2>Memory model</h2>\n");
            for (PresetSummary p : presets) {
                h.append("<p class=\"preset\">").append(escape(p.describe()).replace("\n", "<br>")).append("</p>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static List<Integer> counts(List<Stats.Bin> bins) {
        return bins.stream().map(Stats.Bin::count).toList();
    }

    private static List<String> labels(List<Stats.Bin> bins) {
        return bins.stream().map(Stats.Bin::label).toList();
    }

    private static void groups(StringBuilder h, String title, List<Stats.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        h.append("<h2>").append(title).append("</h2>\n<table><tr><th>name</th><th>accuracy</th><th>answers</th></tr>\n");
        for (Stats.Group g : groups) {
            h.append("<tr><td>").append(escape(g.name())).append("</td><td>").append(StatsText.percent(g.accuracy().rate()))
                    .append("</td><td>").append(g.accuracy().total()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** A column chart with a label under every few columns and the count in each column's tooltip. */
    static String bars(List<Integer> values, List<String> labels, String id) {
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(0));
        int w = 22;
        int height = 120;
        int width = values.size() * w + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"%s\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
                id, width, height + 40, width, height + 40));
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"12\">%d</text>\n", max));
        int step = Math.max(1, values.size() / 10);
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            double bh = (double) v / max * height;
            int x = 30 + i * w;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#4a6fa5\"><title>%s: %d</title></rect>\n",
                    x, height - bh + 10, w - 4, bh, escape(labels.get(i)), v));
            if (i % step == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x, height + 28, escape(labels.get(i))));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** A calendar heatmap: a column per week, a row per weekday, darker squares for busier days. */
    static String heatmap(List<Stats.DayCount> days) {
        int max = Math.max(1, days.stream().mapToInt(Stats.DayCount::count).max().orElse(0));
        java.time.LocalDate first = days.get(0).day();
        java.time.LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        int cell = 12;
        int weeks = (int) (ChronoUnit.DAYS.between(start, days.get(days.size() - 1).day()) / 7) + 1;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"heatmap\" role=\"img\" width=\"%d\" height=\"%d\">\n",
                weeks * cell + 40, 7 * cell + 10));
        String[] names = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int d = 0; d < 7; d++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>\n", d * cell + 10, names[d]));
        }
        for (Stats.DayCount dc : days) {
            int week = (int) (ChronoUnit.DAYS.between(start, dc.day()) / 7);
            int dow = dc.day().getDayOfWeek().getValue() - 1;
            String fill = dc.count() == 0 ? "#eeeeee" : shade(dc.count(), max);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>\n",
                    32 + week * cell, dow * cell, cell - 2, cell - 2, fill, dc.day(), dc.count()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String shade(int count, int max) {
        // From light to dark grey-blue: readable when printed in black and white too.
        int level = (int) Math.round(200 - 170.0 * count / max);
        return String.format(Locale.ROOT, "#%02x%02x%02x", level / 2, level * 3 / 4, level);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
