package cuecard.study.tui;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.Deck;
import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.ReviewedDeck;
import cuecard.generate.Generator;
import cuecard.generate.InputText;
import cuecard.generate.Proposals;
import cuecard.generate.review.Decisions;
import cuecard.generate.review.ProposalReview;
import cuecard.study.Fixtures;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deck picker's {@code g}: a transcript and a deck file asked for, the review run, the new deck in the picker. */
class PickerGenerateFlowTest {

    @TempDir
    Path tmp;

    private final List<String> completed = new ArrayList<>();

    /** A launcher over the real generator and writer, with file names from a fixed list. */
    private ReviewLauncher launcher() {
        return new ReviewLauncher() {
            @Override
            public List<String> complete(String prefix) {
                completed.add(prefix);
                return List.of("src/test/resources/generate/interview-en.md", "src/test/resources/generate/interview-en.txt")
                        .stream().filter(s -> s.startsWith(prefix)).toList();
            }

            @Override
            public String defaultDeck(String transcript) {
                return tmp.resolve("interview-en.yaml").toString();
            }

            @Override
            public Prepared prepare(String transcript, String deckFile) {
                if (!Files.isRegularFile(Path.of(transcript))) {
                    throw new Failed(transcript + ": no such file");
                }
                try {
                    String text = Files.readString(Path.of(transcript));
                    Proposals p = Proposals.of(List.of(new InputText("interview-en", transcript, text)),
                            Generator.Settings.defaults(), Generator.Progress.NONE);
                    ProposalReview review = new ProposalReview(p.proposed(), p.rejected(), Decisions.none());
                    ReviewApp.Setup setup = new ReviewApp.Setup(review, p.deck().id(), p.deck().sources(),
                            Messages.english(), true, (f, l) -> { });
                    return new Prepared() {
                        public ReviewApp.Setup setup() {
                            return setup;
                        }

                        public Written write() {
                            try {
                                ReviewedDeck.Written w = ReviewedDeck.write(Path.of(deckFile), p.deck(), review);
                                return new Written(((DeckResult.Ok) DeckLoader.load(Path.of(deckFile))).deck(), w.added().size(), deckFile);
                            } catch (Exception e) {
                                throw new Failed(e.getMessage());
                            }
                        }
                    };
                } catch (java.io.IOException e) {
                    throw new Failed(e.getMessage());
                }
            }
        };
    }

    @Test
    void gAsksForATranscriptAndADeckRunsTheReviewAndOpensTheNewDeck() {
        Headless h = new Headless(80, 24).open(List.of(Fixtures.englishDeck()), true, SessionSettings.review("", ZoneOffset.UTC));
        h.app.withGenerator(launcher());
        assertThat(h.row(23)).contains("g generate");
        h.keys("g");
        assertThat(h.screen()).contains("Transcript to review (Tab completes): █");
        h.keys("src/test/resources/generate/int", "<Tab>");
        assertThat(completed).containsExactly("src/test/resources/generate/int");
        assertThat(h.screen()).contains("Transcript to review (Tab completes): ").contains("/generate/interview-en.█")
                .contains("interview-en.md").contains("interview-en.txt");
        h.keys("m", "<Tab>", "<Enter>");
        assertThat(h.screen()).contains("Deck file to write: " + tmp.resolve("interview-en.yaml"));
        h.keys("<Enter>");
        assertThat(h.row(0)).contains("Review proposed cards").contains("1 of ");
        h.keys("k", "k", "d", "q");
        assertThat(h.screen()).contains("Wrote 2 cards to " + tmp.resolve("interview-en.yaml"))
                .contains("Ten Years Under the Sea");
        Deck written = ((DeckResult.Ok) DeckLoader.load(tmp.resolve("interview-en.yaml"))).deck();
        assertThat(written.notes()).hasSize(2);
        assertThat(h.screen()).contains("› Ten Years Under the Sea");
    }

    @Test
    void aMissingTranscriptIsSaidOnTheScreenAndEscapeGoesBack() {
        Headless h = new Headless(80, 24).open(List.of(Fixtures.englishDeck()), true, SessionSettings.review("", ZoneOffset.UTC),
                Messages.Lang.ZH, false);
        h.app.withGenerator(launcher());
        h.keys("g", "nope.md", "<Enter>", "<Enter>");
        assertThat(h.screen()).contains("无法生成：nope.md: no such file").contains("要写入的卡组文件：");
        h.keys("<Esc>");
        assertThat(h.row(0)).contains("卡组");
        assertThat(tmp.resolve("interview-en.yaml")).doesNotExist();
    }
}
