package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deckfile.ReviewDecisionsFile;
import cuecard.generate.review.Decision;
import cuecard.generate.review.Decisions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --review} outside a terminal, its options, and the decisions file it keeps. */
class GenerateReviewTest {

    @TempDir
    Path tmp;

    private static final Path FIXTURE = Path.of("src/test/resources/generate/interview-en.md");

    @Test
    void withoutATerminalItRefusesWithExitTwoAndWritesNothing() {
        Path out = tmp.resolve("deck.yaml");
        CliRun.Result r = CliRun.withHome(tmp).run("generate", FIXTURE.toString(), "--review", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--review needs a terminal").contains("leave --review out").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void itNeedsADeckFileAndTakesNoForce() {
        CliRun.Result noOutput = CliRun.withHome(tmp).run("generate", FIXTURE.toString(), "--review");
        assertThat(noOutput.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noOutput.err()).contains("--review needs -o DECK.yaml");
        CliRun.Result force = CliRun.withHome(tmp).run("generate", FIXTURE.toString(), "--review", "--force", "-o",
                tmp.resolve("d.yaml").toString());
        assertThat(force.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(force.err()).contains("--force does not apply");
    }

    @Test
    void thePickersGCompletesFileNamesAndProposesADeckInTheDataDir() throws Exception {
        Files.createDirectories(tmp.resolve("talks/old"));
        Files.writeString(tmp.resolve("talks/alpha.md"), "x");
        Files.writeString(tmp.resolve("talks/alpine.txt"), "x");
        Files.writeString(tmp.resolve("talks/.hidden.md"), "x");
        Path data = tmp.resolve("data");
        PickerGenerate g = new PickerGenerate(new Environment(java.util.Map.of(), tmp, null), data);
        String dir = tmp.resolve("talks") + "/";
        assertThat(g.complete(dir + "al")).containsExactly(dir + "alpha.md", dir + "alpine.txt");
        assertThat(g.complete(dir)).containsExactly(dir + "alpha.md", dir + "alpine.txt", dir + "old/");
        assertThat(g.complete("~/talks/o")).containsExactly("~/talks/old/");
        assertThat(g.complete(dir + "zzz")).isEmpty();
        assertThat(g.defaultDeck(dir + "alpha.md")).isEqualTo(data.resolve("decks/alpha.yaml").toString());
        org.junit.jupiter.api.Assertions.assertThrows(cuecard.study.tui.ReviewLauncher.Failed.class,
                () -> g.prepare(dir + "missing.md", data.resolve("decks/x.yaml").toString()));
        cuecard.study.tui.ReviewLauncher.Failed inData = org.junit.jupiter.api.Assertions.assertThrows(
                cuecard.study.tui.ReviewLauncher.Failed.class, () -> g.prepare(FIXTURE.toString(), data.resolve("x.yaml").toString()));
        assertThat(inData.getMessage()).contains("inside the data dir");
        var prepared = g.prepare(FIXTURE.toString(), data.resolve("decks/x.yaml").toString());
        assertThat(prepared.setup().review().items()).isNotEmpty();
    }

    @Test
    void aDamagedDecisionsFileIsReportedAtItsLine() throws Exception {
        Path deck = tmp.resolve("deck.yaml");
        Path file = ReviewDecisionsFile.beside(deck);
        assertThat(file.getFileName().toString()).isEqualTo("deck.review.yaml");
        Files.writeString(file, "version: 1\ndecisions:\n  date-abc: kept\n  name-def: maybe\n");
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class, () -> GenerateReview.decisions(deck));
        assertThat(e.getMessage()).contains("deck.review.yaml:4:13").contains("must be kept or dropped");
    }

    @Test
    void theDecisionsFileReadsBackWhatItWrote() {
        Decisions d = Decisions.none().with("date-1", Decision.KEPT, "When did it start?\nA second line")
                .with("name-2", Decision.DROPPED, null);
        String text = ReviewDecisionsFile.format(d, "deck.yaml");
        assertThat(text).contains("  date-1: kept     # When did it start? A second line\n").contains("  name-2: dropped\n");
        ReviewDecisionsFile.Read read = ReviewDecisionsFile.parse(text, "deck.review.yaml");
        assertThat(read.errors()).isEmpty();
        assertThat(read.decisions()).isEqualTo(d.with("date-1", Decision.KEPT, "When did it start? A second line"));
    }
}
