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

    /**
     * A calendar heatmap: seven rows (Monday to Sunday), one column a week, the last column the current week;
     * each day shaded by its count relative to the busiest day ({@code ·} none).
     */
    public static List<String> heatmap(List<Stats.DayCount> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        int max = days.stream().mapToInt(Stats.DayCount::count).max().orElse(0);
        LocalDate first = days.get(0).day();
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate last = days.get(days.size() - 1).day();
        int weeks = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, last) / 7) + 1;
        char[][] grid = new char[7][weeks];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        for (Stats.DayCount d : days) {
            int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, d.day()) / 7);
            int dow = d.day().getDayOfWeek().getValue() - 1;
            grid[dow][week] = shade(d.count(), max);
        }
        String[] names = {"Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun"};
        List<String> rows = new java.util.ArrayList<>();
        for (DayOfWeek dow : DayOfWeek.values()) {
            rows.add(names[dow.getValue() - 1] + " " + new String(grid[dow.getValue() - 1]));
        }
        return rows;
    }

    static char shade(int count, int max) {
        if (count <= 0 || max == 0) {
            return SHADES[0];
        }
        return SHADES[Math.min(SHADES.length - 1, 1 + (int) ((double) (count - 1) * (SHADES.length - 1) / max))];
    }
}
