package cuecard.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Charts drawn with block characters; they read the same in colour and in monochrome. */
public final class Charts {

    private static final char[] LEVELS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};
    private static final char[] EIGHTHS = {'▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'};
    private static final char[] SHADES = {'·', '░', '▒', '▓', '█'};

    private Charts() {
    }

    /** One character a value, its height proportional to the largest; zero is a blank. */
    public static String sparkline(List<Integer> values) {
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            if (v <= 0 || max == 0) {
                sb.append(' ');
            } else {
                sb.append(LEVELS[Math.min(LEVELS.length - 1, (int) Math.ceil((double) v * LEVELS.length / max) - 1)]);
            }
        }
        return sb.toString();
    }

    /** A horizontal bar {@code width} cells long at its longest, in eighths of a cell. */
    public static String bar(double value, double max, int width) {
        if (max <= 0 || value <= 0) {
            return "";
        }
        int eighths = (int) Math.round(value / max * width * 8);
        eighths = Math.max(1, eighths);
        StringBuilder sb = new StringBuilder();
        sb.append("█".repeat(eighths / 8));
        if (eighths % 8 != 0) {
            sb.append(EIGHTHS[eighths % 8 - 1]);
        }
        return sb.toString();
    }

    /** {@link #heatmap(List, List)} with English day names. */
    public static List<String> heatmap(List<Stats.DayCount> days) {
        return heatmap(days, List.of("Mon", "", "Wed", "", "Fri", "", "Sun"));
    }

    /**
     * A calendar heatmap: seven rows (Monday to Sunday, each after its name in {@code names}, blank names kept as
     * blank room), one column a week, the last column the current week; each day shaded by its count relative to
     * the busiest day ({@code ·} none). It starts on the first Monday of {@code days}, so every row starts in the
     * same column (a partial first week would give the later weekdays one more cell than the others).
     */
    public static List<String> heatmap(List<Stats.DayCount> days, List<String> names) {
        LocalDate start = days.isEmpty() ? null : firstMonday(days.get(0).day());
        if (start == null || start.isAfter(days.get(days.size() - 1).day())) {
            return List.of();
        }
        int max = days.stream().mapToInt(Stats.DayCount::count).max().orElse(0);
        LocalDate last = days.get(days.size() - 1).day();
        int weeks = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, last) / 7) + 1;
        char[][] grid = new char[7][weeks];
        int[] filled = new int[7];
        for (Stats.DayCount d : days) {
            if (d.day().isBefore(start)) {
                continue;
            }
            int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, d.day()) / 7);
            int dow = d.day().getDayOfWeek().getValue() - 1;
            grid[dow][week] = shade(d.count(), max);
            filled[dow] = Math.max(filled[dow], week + 1);
        }
        int nameWidth = names.stream().mapToInt(cuecard.study.TextLayout::width).max().orElse(0);
        List<String> rows = new java.util.ArrayList<>();
        for (DayOfWeek dow : DayOfWeek.values()) {
            int d = dow.getValue() - 1;
            rows.add(cuecard.study.TextLayout.pad(names.get(d), nameWidth) + " " + new String(grid[d], 0, filled[d]));
        }
        return rows;
    }

    /** The first Monday on or after {@code day}: where a heatmap of whole weeks starts. */
    static LocalDate firstMonday(LocalDate day) {
        return day.plusDays((8 - day.getDayOfWeek().getValue()) % 7);
    }

    static char shade(int count, int max) {
        if (count <= 0 || max == 0) {
            return SHADES[0];
        }
        return SHADES[Math.min(SHADES.length - 1, 1 + (int) ((double) (count - 1) * (SHADES.length - 1) / max))];
    }
}
