package cuecard.generate.review;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardType;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.generate.Proposal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review model alone, over proposals made by hand. */
class ProposalReviewTest {

    private static Proposal proposal(String id, int order, boolean selected) {
        NoteInfo info = new NoteInfo(id, List.of(), null, null, Location.of("t"));
        Note cloze = new Note.Cloze(info, "Question " + id + " {{answer}}");
        Note basic = new Note.Basic(info, "Question " + id + " ____", "answer", false);
        return Proposal.of(id, selected, 10 - order, order, cloze, List.of(cloze, basic),
                new Proposal.Origin("t.md", "t", order, null, null, "text", 0, 4), selected ? null : "gate", selected ? null : "why");
    }

    private final List<Proposal> proposed = List.of(proposal("a", 2, true), proposal("b", 0, true), proposal("c", 1, true));
    private final List<Proposal> rejected = List.of(proposal("x", 3, false));

    @Test
    void decisionsMoveOnAndCanBeChanged() {
        ProposalReview r = new ProposalReview(proposed, rejected, Decisions.none());
        r.keep();
        r.drop();
        assertThat(r.position()).isEqualTo(2);
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.dropped()).isEqualTo(1);
        r.previous();
        r.keep();
        assertThat(r.dropped()).isZero();
        assertThat(r.undecided()).isEqualTo(1);
        r.keep();
        assertThat(r.current()).isEmpty();
        r.next();
        assertThat(r.position()).isEqualTo(3);
        assertThat(r.keptCards()).extracting(Note::identityText).as("in the text's order")
                .containsExactly("Question b {{}}", "Question c {{}}", "Question a {{}}");
    }

    @Test
    void typeEditAndRescue() {
        ProposalReview r = new ProposalReview(proposed, rejected, Decisions.none());
        assertThat(r.changeType()).isTrue();
        assertThat(r.current().orElseThrow().card().type()).isEqualTo(CardType.BASIC);
        assertThat(r.changeType()).isTrue();
        assertThat(r.current().orElseThrow().card().type()).isEqualTo(CardType.CLOZE);
        Note mine = new Note.Basic(NoteInfo.bare(Location.of("e")), "Mine?", "Yes", false);
        r.edited(mine);
        assertThat(r.items().get(0).edited()).isTrue();
        assertThat(r.items().get(0).decision()).isEqualTo(Decision.KEPT);
        r.rescue(0);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.current().orElseThrow().rescued()).isTrue();
        assertThat(r.keptCards()).contains(mine);
        assertThat(r.decisions().of("x")).contains(Decision.KEPT);
    }

    @Test
    void earlierDecisionsAreNotAskedAndUndecidedOnesAreNotRecorded() {
        Decisions earlier = Decisions.none().with("b", Decision.DROPPED, "Question b").with("x", Decision.KEPT, null);
        ProposalReview r = new ProposalReview(proposed, rejected, earlier);
        assertThat(r.items()).extracting(i -> i.proposal().id()).containsExactly("a", "c");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.decidedBefore()).isEqualTo(2);
        assertThat(r.changed()).isFalse();
        r.drop();
        assertThat(r.decisions().byId().keySet()).containsExactly("b", "x", "a");
        assertThat(r.decisions().of("c")).isEmpty();
    }
}
