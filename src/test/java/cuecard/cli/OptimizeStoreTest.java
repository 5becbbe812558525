package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cuecard.deck.CardKey;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.schedule.CardSeed;
import cuecard.schedule.FitBounds;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import cuecard.store.FittedParameters;
import cuecard.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cuecard optimize` on the review log: fits, saves per preset, keeps better parameters, feeds `stats`. */
class OptimizeStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

    @TempDir
    Path dir;

    private Path deck(int cards) throws Exception {
        StringBuilder b = new StringBuilder("deck: words\ntitle: Words\nlanguage: en\ncards:\n");
        for (int i = 0; i < cards; i++) {
            b.append("  - {type: basic, id: w").append(i).append(", front: word ").append(i).append(", back: meaning ")
                    .append(i).append("}\n");
        }
        Path f = dir.resolve("words.yaml");
        Files.writeString(f, b);
        return f;
    }

    /**
     * A learner whose memory follows FSRS with first-review stabilities twice the defaults: each card is reviewed
     * when the scheduler says, and recalled with the probability that true memory gives.
     */
    private Instant simulate(Path data, int cards, int reviewsPerCard) throws Exception {
        double[] truth = FitBounds.defaults();
        for (int i = 0; i < 4; i++) {
            truth[i] *= 2;
        }
        Fsrs learner = new Fsrs(FsrsSettings.defaults().withParameters(truth).withFuzz(false));
        Random rnd = new Random(11);
        Instant last = START;
        try (Store store = Store.open(data, Clock.fixed(START, ZoneOffset.UTC))) {
            for (int c = 0; c < cards; c++) {
                CardKey key = new CardKey("words", "w" + c);
                Instant at = START.plus(Duration.ofMinutes(c));
                for (int n = 0; n < reviewsPerCard; n++) {
                    CardState before = store.state(key, at);
                    double p = learner.retrievability(before, at);
                    Rating rating = before.memory() == null ? Rating.values()[rnd.nextInt(4)]
                            : rnd.nextDouble() < p ? Rating.GOOD : Rating.AGAIN;
                    CardState after = learner.apply(before, rating, at, CardSeed.of(key));
                    store.record(new Review(null, key, at, ZoneOffset.UTC, rating, Mode.REVIEW, AnswerKind.SELF, null,
                            Duration.ofSeconds(5), before, after));
                    last = at.isAfter(last) ? at : last;
                    at = after.due().isAfter(at) ? after.due() : at.plus(Duration.ofMinutes(1));
                }
            }
        }
        return last;
    }

    private CliRun cli(Instant now) {
        return CliRun.withHome(dir.resolve("home")).at(now.toString(), "UTC");
    }

    @Test
    void fitsTheLogSavesThePresetAndStatsShowTheRecommendation() throws Exception {
        Path deck = deck(150);
        Path data = dir.resolve("data");
        Instant now = simulate(data, 150, 7).plus(Duration.ofDays(1));

        CliRun.Result r = cli(now).run("optimize", deck.toString(), "--json", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode p = JSON.readTree(r.out()).at("/presets/0");
        assertThat(p.get("preset").asText()).isEqualTo("default");
        assertThat(p.get("items").asInt()).isGreaterThan(500);
        assertThat(p.get("stage").asText()).isEqualTo("full");
        assertThat(p.get("kept_old").asBoolean()).isFalse();
        assertThat(p.at("/after/log_loss").asDouble()).isLessThan(p.at("/before/log_loss").asDouble());
        assertThat(p.get("recommended_retention").asDouble()).isBetween(0.70, 0.97);
        FittedParameters saved = FittedParameters.read(data, "default").orElseThrow();
        assertThat(saved.items()).isEqualTo(p.get("items").asInt());
        // the first-review stabilities moved towards the truth (twice the defaults)
        assertThat(saved.w()[2]).isGreaterThan(FitBounds.defaults()[2]);

        JsonNode stats = JSON.readTree(cli(now).run("stats", deck.toString(), "--json", "--data-dir", data.toString()).out());
        assertThat(stats.at("/presets/0/fitted").asBoolean()).isTrue();
        assertThat(stats.at("/presets/0/recommended_retention").asDouble()).isEqualTo(saved.recommendedRetention());

        // evaluating writes nothing and reports the saved parameters' fit
        CliRun.Result eval = cli(now).run("optimize", deck.toString(), "--evaluate", "--json", "--data-dir", data.toString());
        assertThat(JSON.readTree(eval.out()).at("/presets/0/before/log_loss").asDouble())
                .isCloseTo(saved.logLoss(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Files.exists(data.resolve("parameters/default.previous.json"))).isFalse();
    }

    @Test
    void tooFewReviewsKeepTheDefaultsAndSaveNothing() throws Exception {
        Path deck = deck(3);
        Path data = dir.resolve("data");
        Instant now = simulate(data, 2, 2).plus(Duration.ofDays(1));
        CliRun.Result r = cli(now).run("optimize", deck.toString(), "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("too few reviews");
        assertThat(FittedParameters.read(data, "default")).isEmpty();
    }

    @Test
    void wrongCombinationsAreUsageErrors() throws Exception {
        Path deck = deck(1);
        CliRun.Result both = new CliRun().run("optimize", deck.toString(), "--histories", deck.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun.Result params = new CliRun().run("optimize", "--parameters", "1,2", "--data-dir", dir.toString());
        assertThat(params.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(params.err()).doesNotContain("Exception");
    }
}
