package cuecard.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the statistics page in headless Chromium (Debian's {@code chromium} package; `.ci/run` installs it) and
 * checks that the browser builds every chart from it and renders a picture, and (issue 18, item 15) that at 1200
 * pixels the charts take the page's width and no two labels of a chart overlap, measured by the browser's own
 * layout. Skipped, with a message, when Chromium is missing.
 */
class StatsHtmlBrowserTest {

    @TempDir
    Path dir;

    private static Path chromium() {
        for (String p : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    private String run(Path browser, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void chromiumRendersEveryChart() throws Exception {
        Path browser = chromium();
        assumeTrue(browser != null, "Chromium is not installed (apt-get install chromium); skipping the browser check");
        Path page = dir.resolve("stats.html");
        Files.writeString(page, StatsHtml.render(StatsCalculation.of(StatsCalculationTest.input()), "Progress"));

        String dom = run(browser, "--dump-dom", page.toUri().toString());
        for (String id : new String[] {"heatmap", "reviews-per-day", "forecast", "recall", "stability"}) {
            assertThat(dom).as("chart " + id + " in the browser's DOM").contains("<svg id=\"" + id + "\"");
        }
        assertThat(dom).contains("Today: <b>3</b> reviews");

        Path png = dir.resolve("stats.png");
        run(browser, "--screenshot=" + png, "--window-size=1000,1400", page.toUri().toString());
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).as("a rendered page, not an empty image").isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    /**
     * Measures the page as laid out by Chromium at 1200 pixels: a script added to a copy of the page (the page
     * itself has none) writes every pair of text boxes that overlap within one chart, and the charts' widths.
     */
    @Test
    void chartLabelsDoNotOverlapAndChartsUseThePageWidth() throws Exception {
        Path browser = chromium();
        assumeTrue(browser != null, "Chromium is not installed (apt-get install chromium); skipping the layout check");
        String html = StatsHtml.render(StatsCalculation.of(StatsCalculationTest.input()), "Progress");
        String probe = """
                <script>
                const overlaps = [];
                let labels = 0;
                for (const svg of document.querySelectorAll('svg')) {
                  const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
                  labels += boxes.length;
                  for (let i = 0; i < boxes.length; i++) {
                    for (let j = i + 1; j < boxes.length; j++) {
                      const a = boxes[i][1], b = boxes[j][1];
                      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                        overlaps.push(svg.id + ': ' + boxes[i][0] + ' | ' + boxes[j][0]);
                      }
                    }
                  }
                }
                const widths = [...document.querySelectorAll('svg')].map(s => s.id + '=' + Math.round(s.getBoundingClientRect().width));
                const page = Math.round(document.body.getBoundingClientRect().width);
                document.body.insertAdjacentHTML('beforeend', '<pre id="probe">labels=' + labels + '\\npage=' + page
                    + '\\n' + widths.join('\\n') + '\\noverlaps=' + overlaps.length + '\\n' + overlaps.join('\\n') + '</pre>');
                </script>
                """;
        Path page = dir.resolve("probe.html");
        Files.writeString(page, html.replace("</body>", probe + "</body>"));
        String dom = run(browser, "--window-size=1200,2000", "--dump-dom", page.toUri().toString());
        assertThat(dom).as("the probe ran").contains("<pre id=\"probe\">");
        int at = dom.lastIndexOf("<pre id=\"probe\">") + "<pre id=\"probe\">".length();
        String report = dom.substring(at, dom.indexOf("</pre>", at));
        assertThat(report).as(report).contains("overlaps=0");
        int labels = Integer.parseInt(report.replaceAll("(?s).*labels=(\\d+).*", "$1"));
        assertThat(labels).as("axis, month and legend labels").isGreaterThan(40);
        int pageWidth = Integer.parseInt(report.replaceAll("(?s).*page=(\\d+).*", "$1"));
        for (String id : new String[] {"heatmap", "reviews-per-day", "forecast", "recall", "stability"}) {
            int width = Integer.parseInt(report.replaceAll("(?s).*\\n" + id + "=(\\d+).*", "$1"));
            assertThat(width).as(id + " takes the page's width (" + pageWidth + ")").isGreaterThan(pageWidth * 9 / 10);
        }
        assertThat(html).contains("class=\"axis month\"").contains(">Less</text>").contains(">More (");
    }
}
