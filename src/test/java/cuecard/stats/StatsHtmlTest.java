package cuecard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsHtmlTest {

    private final String html = StatsHtml.render(StatsCalculation.of(StatsCalculationTest.input()), "My <progress>");

    @Test
    void isSelfContained() {
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<script").doesNotContain("<link");
    }

    @Test
    void showsTheKnownFigures() {
        assertThat(html).contains("<title>My &lt;progress&gt;</title>")
                .contains("Today: <b>3</b> reviews")
                .contains("<td>1</td><td>1</td><td>1</td><td>2</td><td>1</td><td>1</td><td>6</td>")
                .contains("<td>last week</td><td>0.0% (0/1)</td><td>100.0% (3/3)</td>")
                .contains("<td>Which enzyme unzips &lt;DNA&gt;? <span class=\"key\">bio/b2</span></td><td>2</td>")
                .contains("Streak: <b>3</b> days, longest 3 days. 8 reviews in all.");
    }

    @Test
    void drawsEveryChartAsInlineSvg() {
        for (String id : new String[] {"heatmap", "reviews-per-day", "forecast", "recall", "stability"}) {
            assertThat(html).contains("<svg id=\"" + id + "\"");
        }
        assertThat(html).contains("<title>2026-03-10: 3</title>");
    }
}
