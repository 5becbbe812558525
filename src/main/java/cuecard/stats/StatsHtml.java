package cuecard.stats;

import cuecard.deck.Html;
import cuecard.study.Messages.Text;
import cuecard.study.Messages;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The statistics as one self-contained HTML page: inline CSS and SVG charts, no scripts, no remote assets. The
 * charts take the width of the page (a view box scaled to it) and space their axis labels by an estimate of their
 * width, so labels never run into each other; the heatmap has month labels and a legend.
 */
public final class StatsHtml {

    /** The width of every chart in view-box units; the page scales it to its own width. */
    static final int CHART_WIDTH = 1000;
    private static final int LEFT = 44;
    /** What a character of the 12-unit axis font takes at most, with room between labels. */
    private static final double CHAR_WIDTH = 7.5;
    private static final int LABEL_GAP = 14;
    private static final Messages EN = Messages.english();

    private StatsHtml() {
    }

    public static String render(Stats s, String title) {
        return render(s, title, java.util.List.of());
    }

    /** The page, with a section on the memory model of each preset. */
    public static String render(Stats s, String title, java.util.List<PresetSummary> presets) {
        StringBuilder h = new StringBuilder(48_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n")
                .append("body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:1100px;color:#222;padding:0 1.5em}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse}td,th{padding:.2em .8em;text-align:right}th{text-align:left}\n")
                .append("td:first-child{text-align:left}.num{font-variant-numeric:tabular-nums}\n")
                .append("svg.chart{display:block;width:100%;height:auto}\n")
                .append("svg text{font:12px sans-serif;fill:#444}svg .axis{fill:#666}\n")
                .append(".key{color:#888;font-size:.85em}\n</style></head><body>\n");
        h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        Stats.Today t = s.today();
        h.append("<p id=\"today\">Today: <b>").append(t.reviews()).append("</b> ")
                .append(t.reviews() == 1 ? "review" : "reviews").append(" in ")
                .append(StatsText.minutes(t.millis())).append(", ").append(StatsText.percent(t.accuracy().rate()))
                .append(" remembered. Streak: <b>").append(EN.count(Text.N_DAYS, s.streak()).replace(" ", "</b> "))
                .append(", longest ").append(EN.count(Text.N_DAYS, s.longestStreak())).append(". ")
                .append(EN.count(Text.N_REVIEWS, s.totalReviews())).append(" in all.</p>\n");

        Stats.StateCounts c = s.counts();
        h.append("<h2>Cards</h2>\n<table id=\"counts\"><tr><th>new</th><th>learning</th><th>young</th><th>mature</th>")
                .append("<th>suspended</th><th>leeches</th><th>total</th></tr><tr class=\"num\">");
        for (int v : new int[] {c.fresh(), c.learning(), c.young(), c.mature(), c.suspended(), c.leeches(), c.total()}) {
            h.append("<td>").append(v).append("</td>");
        }
        h.append("</tr></table>\n<p>").append(Html.escape(EN.get(Text.ST_RECALL, StatsText.percent(s.averageRecall()),
                EN.count(Text.N_CARDS, c.young() + c.mature())))).append(".</p>\n");

        h.append("<h2>Reviews over the last year</h2>\n").append(heatmap(s.reviewsPerDay()));
        List<Stats.DayCount> month = s.reviewsPerDay().subList(s.reviewsPerDay().size() - 30, s.reviewsPerDay().size());
        h.append("<h2>Reviews per day (last 30 days)</h2>\n").append(bars(month.stream().map(Stats.DayCount::count).toList(),
                month.stream().map(d -> d.day().toString().substring(5)).toList(), "reviews-per-day"));
        h.append("<h2>Due in the next 30 days</h2>\n").append(bars(s.forecast().stream().map(Stats.DayCount::count).toList(),
                s.forecast().stream().map(d -> d.day().toString().substring(5)).toList(), "forecast"));

        h.append("<h2>True retention</h2>\n<table id=\"retention\"><tr><th>period</th><th>young</th><th>mature</th></tr>\n");
        for (Stats.Retention r : s.retention()) {
            h.append("<tr><td>last ").append(r.period()).append("</td><td>").append(Html.escape(StatsText.ratio(r.young())))
                    .append("</td><td>").append(Html.escape(StatsText.ratio(r.mature()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>Predicted recall of review cards</h2>\n").append(bars(counts(s.recallHistogram()), labels(s.recallHistogram()), "recall"));
        h.append("<h2>Stability of review cards</h2>\n").append(bars(counts(s.stability()), labels(s.stability()), "stability"));
        groups(h, "Accuracy by deck", s.byDeck());
        groups(h, "Accuracy by tag", s.byTag());
        groups(h, "Accuracy by question type", s.byType());
        if (!s.hardest().isEmpty()) {
            h.append("<h2>Hardest cards</h2>\n<table id=\"hardest\"><tr><th>question</th><th>lapses</th><th>recall now</th></tr>\n");
            for (Stats.HardCard hc : s.hardest()) {
                h.append("<tr><td>").append(Html.escape(StatsText.oneLine(hc.shown())));
                if (hc.prompt() != null && !hc.prompt().isBlank()) {
                    h.append(" <span class=\"key\">").append(Html.escape(hc.key().toString())).append("</span>");
                }
                h.append("</td><td>").append(hc.lapses()).append("</td><td>").append(StatsText.percent(hc.recall()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!presets.isEmpty()) {
            h.append("<h2>Memory model</h2>\n");
            for (PresetSummary p : presets) {
                h.append("<p class=\"preset\">").append(Html.escape(p.describe()).replace("\n", "<br>")).append("</p>\n");
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
            h.append("<tr><td>").append(Html.escape(g.name())).append("</td><td>").append(StatsText.percent(g.accuracy().rate()))
                    .append("</td><td>").append(g.accuracy().total()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The room a label takes on the axis, in view-box units (an upper estimate). */
    static double labelWidth(String label) {
        return label.length() * CHAR_WIDTH + LABEL_GAP;
    }

    /**
     * A column chart as wide as the page: the largest value and zero on the left axis, a label centred under every
     * column when they fit, else under every second, third... (as many as the widest label leaves room for), and
     * each column's count in its tooltip.
     */
    static String bars(List<Integer> values, List<String> labels, String id) {
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(0));
        int top = 12;
        int height = 150;
        int total = top + height + 28;
        double col = (double) (CHART_WIDTH - LEFT) / Math.max(1, values.size());
        double widest = labels.stream().mapToDouble(StatsHtml::labelWidth).max().orElse(0);
        int step = Math.max(1, (int) Math.ceil(widest / col));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\">\n",
                id, CHART_WIDTH, total));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>\n",
                LEFT, top, CHART_WIDTH, top));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n",
                LEFT, top + height, CHART_WIDTH, top + height));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>\n",
                LEFT - 6, top + 4, max));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n",
                LEFT - 6, top + height));
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            double bh = (double) v / max * height;
            double x = LEFT + i * col;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a6fa5\"><title>%s: %d</title></rect>\n",
                    x + col * 0.1, top + height - bh, col * 0.8, bh, Html.escape(labels.get(i)), v));
            if (i % step == 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                        x + col / 2, top + height + 18, Html.escape(labels.get(i))));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** The five shades of the heatmap, from no reviews to the busiest day; light to dark, readable in grey too. */
    private static final String[] SHADES = {"#ebedf0", "#c6d4e6", "#8fa9cc", "#5878a8", "#2b4a7a"};

    /**
     * A calendar heatmap as wide as the page: a column per week from the first Monday (so every weekday row starts
     * in the same column), a row per weekday, month names over the week each month starts in, and a legend.
     */
    static String heatmap(List<Stats.DayCount> days) {
        int max = Math.max(1, days.stream().mapToInt(Stats.DayCount::count).max().orElse(0));
        LocalDate start = Charts.firstMonday(days.get(0).day());
        LocalDate last = days.get(days.size() - 1).day();
        int weeks = (int) (ChronoUnit.DAYS.between(start, last) / 7) + 1;
        double cell = Math.min(24, (double) (CHART_WIDTH - LEFT) / weeks);
        int top = 22;
        double gridBottom = top + 7 * cell;
        int total = (int) Math.ceil(gridBottom + 34);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"heatmap\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\">\n",
                CHART_WIDTH, total));
        double lastLabelEnd = -1;
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = start.plusWeeks(w);
            if (w > 0 && monday.getMonth() == monday.minusWeeks(1).getMonth()) {
                continue;
            }
            String name = monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            double x = LEFT + w * cell;
            if (x < lastLabelEnd) {
                continue; // a month that starts right after the first week: its label would run into the first one
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"axis month\" x=\"%.1f\" y=\"%d\">%s</text>\n", x, top - 8, name));
            lastLabelEnd = x + labelWidth(name);
        }
        String[] names = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int d = 0; d < 7; d++) {
            if (!names[d].isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"0\" y=\"%.1f\">%s</text>\n",
                        top + d * cell + cell * 0.72, names[d]));
            }
        }
        for (Stats.DayCount dc : days) {
            if (dc.day().isBefore(start)) {
                continue;
            }
            int week = (int) (ChronoUnit.DAYS.between(start, dc.day()) / 7);
            int dow = dc.day().getDayOfWeek().getValue() - 1;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"%s\"><title>%s: %d</title></rect>\n",
                    LEFT + week * cell, top + dow * cell, cell - 3, cell - 3, SHADES[level(dc.count(), max)], dc.day(), dc.count()));
        }
        // the legend: the five shades between "Less" and "More", and what the darkest one means
        double y = gridBottom + 10;
        double x = CHART_WIDTH - 5 * (cell + 2) - 120;
        svg.append(String.format(Locale.ROOT, "<text class=\"axis legend\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">Less</text>\n",
                x - 6, y + cell * 0.72));
        for (int i = 0; i < SHADES.length; i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>\n",
                    x + i * (cell + 2), y, cell - 3, cell - 3, SHADES[i]));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"axis legend\" x=\"%.1f\" y=\"%.1f\">More (%d a day)</text>\n",
                x + 5 * (cell + 2) + 4, y + cell * 0.72, max));
        return svg.append("</svg>\n").toString();
    }

    /** The shade of a day: 0 for none, then four equal steps up to the busiest day. */
    static int level(int count, int max) {
        if (count <= 0) {
            return 0;
        }
        return Math.min(SHADES.length - 1, 1 + (int) ((long) (count - 1) * (SHADES.length - 1) / max));
    }
}
