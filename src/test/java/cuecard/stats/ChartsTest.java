package cuecard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void sparklineScalesToTheLargestValue() {
        assertThat(Charts.sparkline(List.of(0, 1, 4, 8))).isEqualTo(" ▁▄█");
    }

    @Test
    void barUsesEighths() {
        assertThat(Charts.bar(10, 10, 4)).isEqualTo("████");
        assertThat(Charts.bar(5, 10, 3)).isEqualTo("█▌");
        assertThat(Charts.bar(0, 10, 3)).isEmpty();
        assertThat(Charts.bar(0.001, 10, 3)).isEqualTo("▏");
    }

    @Test
    void heatmapHasARowPerWeekdayAndAColumnPerWeek() {
        List<Stats.DayCount> days = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 14; i++) {
            days.add(new Stats.DayCount(monday.plusDays(i), i == 9 ? 8 : i == 0 ? 1 : 0));
        }
        List<String> rows = Charts.heatmap(days);
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).isEqualTo("Mon ░·");
        assertThat(rows.get(2)).isEqualTo("Wed ·█");
    }

    /**
     * Issue 18, item 14: a year that starts on a Sunday gave the Sunday row one cell more than the others, drawn
     * one column to their left; the map now starts on the first Monday, so every row starts in the same column.
     */
    @Test
    void everyRowOfTheHeatmapStartsInTheSameColumn() {
        for (int shift = 0; shift < 7; shift++) {
            List<Stats.DayCount> days = new ArrayList<>();
            LocalDate last = LocalDate.of(2026, 12, 6).plusDays(shift);
            for (int i = 364; i >= 0; i--) {
                days.add(new Stats.DayCount(last.minusDays(i), i % 5));
            }
            List<String> rows = Charts.heatmap(days);
            assertThat(rows).hasSize(7);
            int mondayCells = rows.get(0).length() - 4;
            for (String row : rows) {
                assertThat(row.charAt(4)).as("%s (year to %s)", row, last).isNotEqualTo(' ');
                assertThat(row.substring(4)).doesNotContain(" ");
                assertThat(row.length() - 4).as(row).isBetween(mondayCells - 1, mondayCells);
            }
            assertThat(mondayCells).isBetween(52, 53);
        }
        List<String> zh = Charts.heatmap(List.of(new Stats.DayCount(LocalDate.of(2026, 3, 2), 1)),
                List.of("周一", "", "周三", "", "周五", "", "周日"));
        assertThat(zh.get(0)).isEqualTo("周一 ░");
        assertThat(zh.get(1)).isEqualTo("     ");
    }

    @Test
    void textReportShowsTheKnownFigures() {
        String text = StatsText.render(StatsCalculation.of(StatsCalculationTest.input()));
        assertThat(text).contains("Today: 3 reviews in 30 s, 66.7% remembered")
                .contains("Cards: 1 new, 1 learning, 1 young, 2 mature, 1 suspended (1 leeches); 6 in all")
                .contains("last week     0.0% (0/1)       100.0% (3/3)")
                .contains("Streak: 3 days (longest 3 days); 8 reviews in all")
                .contains("Recall now: 81.7% on average over the 3 cards in review (new cards not counted)")
                .contains("Which enzyme unzips <DNA>?               2 lapses, recall 55.0%")
                .contains("geo/g1                                   1 lapse, recall 95.0%");
    }
}
