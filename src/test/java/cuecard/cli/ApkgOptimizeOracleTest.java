package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cuecard.anki.TestPackages;
import cuecard.schedule.FitBounds;
import cuecard.schedule.FitItem;
import cuecard.schedule.FitMetrics;
import cuecard.store.FittedParameters;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The histories fsrs-rs was fitted to ({@code /fsrs/histories-1500}, made with the FSRS oracle's simulator), as the
 * review log of an Anki collection: imported with {@code --with-history}, {@code cuecard optimize} fits parameters
 * whose log loss on those histories is within 0.001 of fsrs-rs's parameters. The histories that would not fit the
 * store's years (1970 to 2200: more than 18,000 days from first to last review, 71 of 1,500) are left out of the
 * package and of the comparison.
 */
class ApkgOptimizeOracleTest extends DeckInTempDirTest {

    private static final long DAY = 86_400_000L;
    private static final long START = 31_579_200_000L; // 1971-01-01T12:00:00Z

    @Override
    CliRun commandLine() {
        return CliRun.withHome(tmp).at("2026-06-01T12:00:00Z", "UTC");
    }

    @Test
    void optimizeOnAnImportedHistoryAgreesWithFsrsRs() throws Exception {
        ObjectMapper json = new ObjectMapper();
        TestPackages p = TestPackages.withStockTypes().deck(7, "Oracle");
        List<FitItem> items = new ArrayList<>();
        int notes = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("/fsrs/histories-1500.jsonl.gz")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode reviews = json.readTree(line).get("reviews");
                int[] ratings = new int[reviews.size()];
                int[] days = new int[reviews.size()];
                long total = 0;
                for (int i = 0; i < ratings.length; i++) {
                    ratings[i] = reviews.get(i).get("rating").asInt();
                    days[i] = reviews.get(i).get("delta_days").asInt();
                    total += days[i];
                }
                if (total > 18_000) {
                    continue;
                }
                items.addAll(FitItem.prefixes(ratings, days));
                notes++;
                p.note(notes, "h" + notes, TestPackages.BASIC, 7, "", List.of(0), "question " + notes, "answer");
                long at = START + notes; // one millisecond apart: unique row ids
                for (int i = 0; i < ratings.length; i++) {
                    at += days[i] * DAY;
                    p.review(at, notes * 10L, ratings[i], i == 0 ? 0 : 1, 5000);
                }
            }
        }
        Path apkg = tmp.resolve("oracle.apkg");
        p.writeLegacy(apkg);
        CliRun.Result imported = run("import", apkg.toString(), "-o", tmp.resolve("decks").toString(), "--with-history");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun.Result fit = run("optimize", tmp.resolve("decks").toString());
        assertThat(fit.exitCode()).as(fit.out() + fit.err()).isZero();

        double[] ours = FittedParameters.read(data, "default").orElseThrow().w();
        JsonNode reference = json.readTree(getClass().getResourceAsStream("/fsrs/histories-1500.fsrs-rs.json"));
        double[] theirs = new double[21];
        for (int i = 0; i < 21; i++) {
            theirs[i] = reference.get("parameters").get(i).asDouble();
        }
        double ourLoss = FitMetrics.of(ours, items).logLoss();
        double theirLoss = FitMetrics.of(theirs, items).logLoss();
        assertThat(items).hasSize(10_003);
        assertThat(FittedParameters.read(data, "default").orElseThrow().items()).isEqualTo(items.size());
        assertThat(ourLoss).as("ours %s, fsrs-rs %s", ourLoss, theirLoss).isLessThanOrEqualTo(theirLoss + 0.001);
        assertThat(ourLoss).isLessThan(FitMetrics.of(FitBounds.defaults(), items).logLoss());
    }
}
