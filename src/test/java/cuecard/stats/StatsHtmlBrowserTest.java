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
 * checks that the browser builds every chart from it and renders a picture. Skipped when Chromium is missing.
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
}
