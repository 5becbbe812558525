package cuecard.generate.review;

import cuecard.deck.CardType;
import cuecard.deck.Note;
import cuecard.generate.Proposal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The review of a generator's proposals: the ones not decided in an earlier run, best first, one shown at a time,
 * with the learner's decision on each. Keys become the events below; the screen draws what the accessors say.
 * Rejected candidates (stopped by a gate or passed over by the selection) can be rescued into the review.
 */
public final class ProposalReview {

    /** One proposal under review: the card as it will be written (edited or of another type) and the decision. */
    public record Item(Proposal proposal, Note card, Decision decision, boolean edited, boolean rescued) {

        Item decided(Decision d) {
            return new Item(proposal, card, d, edited, rescued);
        }

        /** The types this card can change to. */
        public List<CardType> types() {
            return proposal.types();
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final List<Proposal> rejected = new ArrayList<>();
    private final Decisions earlier;
    private final int decidedBefore;
    private int cursor;

    /**
     * @param proposed the generator's proposals, best first
     * @param rejected the candidates it left out, best first
     * @param earlier  the decisions of earlier runs; proposals decided there are not asked again
     */
    public ProposalReview(List<Proposal> proposed, List<Proposal> rejected, Decisions earlier) {
        this.earlier = earlier;
        int before = 0;
        for (Proposal p : proposed) {
            if (earlier.of(p.id()).isPresent()) {
                before++;
            } else {
                items.add(new Item(p, null, null, false, false));
            }
        }
        for (Proposal p : rejected) {
            if (earlier.of(p.id()).isPresent()) {
                before++;
            } else {
                this.rejected.add(p);
            }
        }
        this.decidedBefore = before;
    }

    // ---- what is shown -----------------------------------------------------------------------------------------

    /** The proposals under review, in the order they are shown. */
    public List<Item> items() {
        return List.copyOf(items);
    }

    /** The position shown: 0..size-1, or size when past the last (the end page). */
    public int position() {
        return cursor;
    }

    /** The item shown, or empty on the end page. */
    public Optional<Item> current() {
        return cursor < items.size() ? Optional.of(resolved(cursor)) : Optional.empty();
    }

    public long kept() {
        return items.stream().filter(i -> i.decision() == Decision.KEPT).count();
    }

    public long dropped() {
        return items.stream().filter(i -> i.decision() == Decision.DROPPED).count();
    }

    public long undecided() {
        return items.stream().filter(i -> i.decision() == null).count();
    }

    /** How many proposals and candidates earlier runs decided (not asked again). */
    public int decidedBefore() {
        return decidedBefore;
    }

    /** The rejected candidates not yet rescued, best first. */
    public List<Proposal> rejected() {
        return List.copyOf(rejected);
    }

    // ---- events ------------------------------------------------------------------------------------------------

    public void keep() {
        decide(Decision.KEPT);
    }

    public void drop() {
        decide(Decision.DROPPED);
    }

    private void decide(Decision d) {
        if (cursor < items.size()) {
            items.set(cursor, resolved(cursor).decided(d));
            cursor++;
        }
    }

    public void next() {
        cursor = Math.min(cursor + 1, items.size());
    }

    public void previous() {
        cursor = Math.max(cursor - 1, 0);
    }

    /** Changes the shown card to the next type its fact allows; false when it allows no other. */
    public boolean changeType() {
        if (cursor >= items.size()) {
            return false;
        }
        Item it = resolved(cursor);
        List<Note> alternatives = it.proposal().alternatives();
        if (alternatives.size() < 2) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < alternatives.size(); i++) {
            if (alternatives.get(i).type() == it.card().type()) {
                at = i;
            }
        }
        Note next = alternatives.get((at + 1) % alternatives.size());
        items.set(cursor, new Item(it.proposal(), next, it.decision(), false, it.rescued()));
        return true;
    }

    /** The shown card as the learner edited it: kept, and the review moves on. */
    public void edited(Note card) {
        if (cursor < items.size()) {
            Item it = resolved(cursor);
            items.set(cursor, new Item(it.proposal(), card, Decision.KEPT, true, it.rescued()));
            cursor++;
        }
    }

    /** Takes a rejected candidate into the review, kept, and shows it. */
    public void rescue(int index) {
        Proposal p = rejected.remove(index);
        items.add(new Item(p, p.card(), Decision.KEPT, false, true));
        cursor = items.size() - 1;
    }

    // ---- the outcome -------------------------------------------------------------------------------------------

    /** The kept cards in the order of their sources (document, then sentence), as they go into the deck. */
    public List<Note> keptCards() {
        List<Item> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).decision() == Decision.KEPT) {
                kept.add(resolved(i));
            }
        }
        kept.sort(Comparator.comparingInt((Item i) -> i.proposal().document()).thenComparingInt(i -> i.proposal().sentence()));
        return kept.stream().map(Item::card).toList();
    }

    /** The earlier decisions with this review's added (undecided proposals stay unrecorded, to be asked next time). */
    public Decisions decisions() {
        Decisions out = earlier;
        for (Item i : items) {
            if (i.decision() != null) {
                out = out.with(i.proposal().id(), i.decision(), i.proposal().prompt());
            }
        }
        return out;
    }

    /** Whether anything was decided in this review. */
    public boolean changed() {
        return items.stream().anyMatch(i -> i.decision() != null);
    }

    private Item resolved(int index) {
        Item it = items.get(index);
        if (it.card() == null) {
            it = new Item(it.proposal(), it.proposal().card(), it.decision(), false, it.rescued());
            items.set(index, it);
        }
        return it;
    }
}
