package cuecard.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardType;
import cuecard.deck.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's verdicts as proposals for the review: ids, alternatives, origins. */
class ProposalsTest {

    private static Proposals of(String name, String text) {
        return Proposals.of(List.of(new InputText(Generator.refFor(name), name, text)), Generator.Settings.defaults(),
                Generator.Progress.NONE);
    }

    private static String fixture() throws Exception {
        return Files.readString(Path.of("src/test/resources/generate/interview-en.md"));
    }

    @Test
    void theProposedCardsAreTheDeckGenerateWritesBestFirst() throws Exception {
        Proposals p = of("interview-en.md", fixture());
        assertThat(p.proposed()).extracting(Proposal::card).containsExactlyInAnyOrderElementsOf(p.deck().notes());
        assertThat(p.proposed()).allSatisfy(x -> assertThat(x.selected()).isTrue());
        assertThat(p.proposed()).extracting(Proposal::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(p.rejected()).isNotEmpty().allSatisfy(x -> {
            assertThat(x.selected()).isFalse();
            assertThat(x.reason()).isNotBlank();
        });
        assertThat(p.report()).startsWith("# Generator report");
    }

    @Test
    void idsStayTheSameWhenTheTranscriptGrows() throws Exception {
        String text = fixture();
        Proposals before = of("interview-en.md", text);
        Proposals longer = of("interview-en.md", text.replace("**Host:** How deep did your first robot dive?",
                "**Host:** Where did you grow up?\n\n**Maya Lindqvist:** In a small town by the sea, near a harbour.\n\n"
                        + "**Host:** How deep did your first robot dive?"));
        List<String> ids = longer.proposed().stream().map(Proposal::id).toList();
        for (Proposal p : before.proposed()) {
            assertThat(ids).as("id of %s", p.prompt()).contains(p.id());
        }
        assertThat(before.proposed().get(0).origin().line()).isLessThan(
                longer.proposed().stream().filter(x -> x.id().equals(before.proposed().get(0).id())).findFirst().orElseThrow().origin().line());
    }

    @Test
    void everyTypeTheFactAllowsWithTheGeneratorsOwnFirst() throws Exception {
        Proposals p = of("interview-en.md", fixture());
        for (Proposal x : p.proposed()) {
            List<Note> alternatives = x.alternatives();
            assertThat(alternatives.get(0)).isEqualTo(x.card());
            assertThat(x.types()).doesNotHaveDuplicates().contains(CardType.BASIC);
            assertThat(alternatives).allSatisfy(n -> assertThat(n.info().id()).isEqualTo(x.card().info().id()));
        }
        Proposal date = p.proposed().stream().filter(x -> x.id().startsWith("date-")).findFirst().orElseThrow();
        assertThat(date.types()).containsExactlyInAnyOrder(CardType.CHOICE, CardType.CLOZE, CardType.TYPED, CardType.BASIC);
        Proposal turn = p.proposed().stream().filter(x -> x.id().startsWith("turn-")).findFirst().orElseThrow();
        assertThat(turn.types()).containsExactly(CardType.BASIC);
    }

    @Test
    void aSubtitleProposalCarriesItsCueTime() {
        String vtt = """
                WEBVTT

                00:00:01.000 --> 00:00:04.000
                <v Ada Moss>I founded the Harbour Robotics company in Bergen on June 1, 2015.

                00:01:02.500 --> 00:01:06.000
                <v Ada Moss>The first prototype took 18 months to build, and it cost $2 million.
                """;
        Proposals p = of("talk.vtt", vtt);
        assertThat(p.proposed()).isNotEmpty();
        for (Proposal x : p.proposed()) {
            assertThat(x.origin().time()).as(x.prompt()).isIn("00:00:01", "00:01:02");
            assertThat(x.origin().file()).isEqualTo("talk.vtt");
        }
        assertThat(Proposals.timesByLine("no timing here\n")).isEmpty();
    }
}
