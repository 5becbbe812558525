package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cuecard.anki.TestPackages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code cuecard import FILE.apkg --with-history}: a collection built to schema 11 with a simulated review log (a
 * seeded learner: intervals that grow, forgetting one review in eight); every revlog row becomes one entry, importing
 * twice adds nothing, and the optimizer fits the learner's parameters from it.
 */
class ApkgHistoryTest extends DeckInTempDirTest {

    static final int CARDS = 60;
    static final long START = 1_600_000_000_000L; // 2020-09-13

    @Override
    CliRun commandLine() {
        return CliRun.withHome(tmp).at("2024-01-01T12:00:00Z", "UTC");
    }

    /** The package (legacy), and how many of its rows are answers of imported cards. */
    static int simulated(Path apkg) throws Exception {
        return simulated(apkg, false);
    }

    /** The package, legacy or in the current format, and how many of its rows are answers of imported cards. */
    static int simulated(Path apkg, boolean current) throws Exception {
        TestPackages p = TestPackages.withStockTypes().deck(5, "Simulated");
        Random random = new Random(20);
        int answers = 0;
        long rowId = START;
        for (int n = 1; n <= CARDS; n++) {
            p.note(n, "note" + n, TestPackages.BASIC, 5, "", List.of(0), "question " + n, "answer " + n);
            long cid = n * 10L;
            long at = START + n * 60_000L;
            double interval = 1;
            p.review(at, cid, 3, 0, 8000); // learning: good
            answers++;
            for (int i = 0; i < 9; i++) {
                at += (long) (interval * 86_400_000L) + random.nextInt(3_600_000);
                boolean forgot = random.nextInt(8) == 0;
                int ease = forgot ? 1 : 2 + random.nextInt(3);
                p.review(at, cid, ease, forgot ? 2 : 1, 3000 + random.nextInt(9000));
                answers++;
                interval = forgot ? 1 : Math.min(100, interval * (ease == 2 ? 1.5 : ease == 3 ? 2.5 : 3.5));
            }
        }
        p.review(START + 1, 10, 3, 3, 1000);       // a filtered-deck (cram) answer
        answers++;
        p.review(START + 2, 20, 0, 4, 0);          // a manual reset: an entry, not an answer
        p.review(START + 3, 999_999, 3, 1, 1000);  // a card that is not in the collection
        p.review(1_900_000_000_000L, 30, 3, 1, 1000); // 2030: after the clock, left out
        if (current) {
            p.writeCurrent(apkg);
        } else {
            p.writeLegacy(apkg);
        }
        return answers;
    }

    private JsonNode doctor() throws Exception {
        CliRun.Result r = run("doctor", tmp.resolve("out").toString(), "--json");
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void everyRowBecomesAnEntryOnceAndTheOptimizerFitsThem() throws Exception {
        Path apkg = tmp.resolve("history.apkg");
        int answers = simulated(apkg);
        CliRun.Result first = run("import", apkg.toString(), "-o", tmp.resolve("out").toString(), "--with-history");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("history: " + (answers + 1) + " entries added to reviews/anki[0-9a-f]{12}"
                + "\\.jsonl, 0 already there; 1 review of cards not imported left out; 1 row of unknown kinds or dated after"
                + " today left out");
        JsonNode d = doctor();
        assertThat(d.path("reviews").asLong()).isEqualTo(answers);
        assertThat(d.path("cards").asLong()).isEqualTo(CARDS);
        assertThat(d.path("orphans").asLong()).isZero();

        CliRun.Result again = run("import", apkg.toString(), "-o", tmp.resolve("out").toString(), "--with-history",
                "--force");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("history: 0 entries added").contains((answers + 1) + " already there");
        assertThat(doctor().path("reviews").asLong()).isEqualTo(answers);
        try (Stream<Path> logs = Files.list(data.resolve("reviews"))) {
            assertThat(logs.filter(f -> f.toString().endsWith(".jsonl")).toList()).hasSize(1);
        }

        String log;
        try (Stream<Path> logs = Files.list(data.resolve("reviews"))) {
            log = Files.readString(logs.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow());
        }
        assertThat(log).contains("\"kind\":\"reset\"").contains("\"mode\":\"cram\"")
                .contains("\"key\":\"simulated/note1\"").contains("\"phase\":\"review\"");

        CliRun.Result fit = run("optimize", tmp.resolve("out").toString());
        assertThat(fit.exitCode()).as(fit.out() + fit.err()).isZero();
        assertThat(fit.out()).doesNotContain("too few reviews");
        assertThat(data.resolve("parameters/default.json")).exists();
    }

    @Test
    void aDeckImportedUnderItsOwnIdKeepsItsHistoryUnderThatId() throws Exception {
        Path apkg = tmp.resolve("history.apkg");
        simulated(apkg);
        Path file = tmp.resolve("mine.yaml");
        CliRun.Result r = run("import", apkg.toString(), "-o", file.toString(), "--id", "mine", "--with-history");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(file)).contains("deck: mine").contains("title: Simulated");
        JsonNode d = new ObjectMapper().readTree(run("doctor", file.toString(), "--json").out());
        assertThat(d.path("cards").asLong()).isEqualTo(CARDS);
        assertThat(d.path("orphans").asLong()).isZero();
    }

    /** The legacy and the current format of one collection give one device and byte-identical logs. */
    @Test
    void theSameCollectionGivesTheSameDeviceAndEntries() throws Exception {
        Path legacy = tmp.resolve("history.apkg");
        simulated(legacy);
        Path current = tmp.resolve("history.colpkg"); // the same collection in the current format
        simulated(current, true);
        assertThat(run("import", legacy.toString(), "-o", tmp.resolve("out").toString(), "--with-history").exitCode())
                .isZero();
        Path other = tmp.resolve("data2");
        CliRun.Result r = cli.runIn(other, "import", current.toString(), "-o", tmp.resolve("out2").toString(),
                "--with-history");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Stream<Path> a = Files.list(data.resolve("reviews")); Stream<Path> b = Files.list(other.resolve("reviews"))) {
            Path la = a.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
            Path lb = b.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
            assertThat(lb.getFileName()).isEqualTo(la.getFileName());
            assertThat(Files.readString(lb)).isEqualTo(Files.readString(la));
        }
        // a sync of the two data dirs then adds nothing: the imported history is one device's log in both
        CliRun.Result sync = run("sync", other.toString());
        assertThat(sync.out()).contains("0 new entries added");
    }
}
