package cuecard.study.tui;

import cuecard.deck.Card;
import cuecard.deck.CardType;
import cuecard.deck.Note;
import cuecard.generate.Proposal;
import cuecard.generate.review.Decision;
import cuecard.generate.review.ProposalReview;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The review screen: a header with the progress, the proposed card as it will be studied, its source passage
 * with the card's sentence marked, a notice line and the keys; and the lists shown over it (rejected candidates,
 * the keys).
 */
final class ReviewView {

    /** How much of the passage around the card's sentence is shown, in characters, each side. */
    static final int CONTEXT = 160;

    private ReviewView() {
    }

    static void header(Canvas c, ProposalReview r, Messages m) {
        int total = r.items().size();
        String right = m.get(Text.REVIEW_PROGRESS, Math.min(r.position() + 1, total), total, r.kept(), r.dropped()) + " ";
        String left = " " + m.get(Text.REVIEW_TITLE);
        int room = Math.max(0, c.width() - TextLayout.width(right) - 1);
        c.bar(0, TextLayout.pad(TextLayout.ellipsize(left, room), room) + " " + right, Palette.Role.SELECTED);
    }

    /** The body for the item shown: status line, the card, then its source. */
    static List<Line> item(ProposalReview.Item it, String deckId, Messages m, int width) {
        List<Line> out = new ArrayList<>();
        out.add(Line.of(status(it, m), it.decision() == Decision.KEPT ? Palette.Role.RIGHT
                : it.decision() == Decision.DROPPED ? Palette.Role.WRONG : Palette.Role.DIM));
        out.add(Line.BLANK);
        out.addAll(card(it.card(), deckId, m, width));
        out.add(Line.BLANK);
        out.addAll(source(it.proposal().origin(), m, width));
        return out;
    }

    private static String status(ProposalReview.Item it, Messages m) {
        String decision = m.get(it.decision() == Decision.KEPT ? Text.REVIEW_KEPT
                : it.decision() == Decision.DROPPED ? Text.REVIEW_DROPPED : Text.REVIEW_UNDECIDED);
        StringBuilder sb = new StringBuilder("[").append(decision).append("]");
        if (it.edited()) {
            sb.append(" [").append(m.get(Text.REVIEW_EDITED)).append("]");
        }
        if (it.rescued()) {
            sb.append(" [").append(m.get(Text.REVIEW_RESCUED)).append("]");
        }
        CardType type = it.card().type();
        sb.append("  ").append(m.get(Text.REVIEW_TYPE, m.typeName(type)));
        List<String> others = it.types().stream().filter(t -> t != type).map(m::typeName).toList();
        if (!others.isEmpty()) {
            sb.append("  (").append(m.get(Text.REVIEW_OTHER_TYPES, String.join(", ", others))).append(")");
        }
        return sb.toString();
    }

    /** The card as the study screen asks it, with its answer below a rule. */
    static List<Line> card(Note note, String deckId, Messages m, int width) {
        List<Line> out = new ArrayList<>();
        Card card = Card.of(deckId, note).get(0);
        out.addAll(Line.wrapped(card.prompt(), Palette.Role.TITLE, width, 0));
        if (note.type() == CardType.CHOICE) {
            // the right answer first, then the distractors
            List<String> options = new ArrayList<>(List.of(card.answer()));
            options.addAll(note.otherTexts());
            for (int i = 0; i < options.size(); i++) {
                out.addAll(Line.labelled((i == 0 ? "✓ " : "  ") + (i + 1) + ". ", options.get(i),
                        i == 0 ? Palette.Role.RIGHT : Palette.Role.PLAIN, width));
            }
        } else {
            out.add(Line.of("─".repeat(Math.min(width, 40)), Palette.Role.DIM));
            out.addAll(Line.labelled(m.label(Text.ANSWER), card.answer(), Palette.Role.ANSWER, width));
            if (!note.otherTexts().isEmpty()) { // a typed card's other accepted answers
                out.addAll(Line.wrapped("(" + String.join(", ", note.otherTexts()) + ")", Palette.Role.DIM, width, 2));
            }
        }
        if (note.info().explanation() != null) {
            out.addAll(Line.labelled(m.label(Text.NOTE), note.info().explanation(), Palette.Role.DIM, width));
        }
        return out;
    }

    /** Where the card comes from: file:line (and subtitle time), speaker, and the passage with its sentence marked. */
    static List<Line> source(Proposal.Origin o, Messages m, int width) {
        List<Line> out = new ArrayList<>();
        StringBuilder where = new StringBuilder(o.file()).append(':').append(o.line());
        if (o.time() != null) {
            where.append(" · ").append(o.time());
        }
        if (o.speaker() != null) {
            where.append(" · ").append(m.label(Text.REVIEW_SPEAKER)).append(o.speaker());
        }
        out.addAll(Line.labelled(m.label(Text.SOURCE), where.toString(), Palette.Role.DIM, width));
        String text = o.passage();
        int start = Math.max(0, Math.min(o.start(), text.length()));
        int end = Math.max(start, Math.min(o.end(), text.length()));
        String before = text.substring(Math.max(0, start - CONTEXT), start).strip();
        if (start > CONTEXT) {
            before = "…" + before;
        }
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT)).strip();
        if (end + CONTEXT < text.length()) {
            after = after + "…";
        }
        if (!before.isEmpty()) {
            out.addAll(Line.wrapped(before, Palette.Role.DIM, width, 2));
        }
        out.addAll(Line.labelled("▶ ", text.substring(start, end).strip(), Palette.Role.ANSWER, width));
        if (!after.isEmpty()) {
            out.addAll(Line.wrapped(after, Palette.Role.DIM, width, 2));
        }
        return out;
    }

    /** The end page: every proposal decided (or none new). */
    static List<Line> end(ProposalReview r, Messages m, int width) {
        List<Line> out = new ArrayList<>();
        if (r.items().isEmpty() && r.decidedBefore() == 0) {
            out.addAll(Line.wrapped(m.get(Text.REVIEW_NONE), Palette.Role.TITLE, width, 0));
        } else if (r.items().isEmpty()) {
            out.addAll(Line.wrapped(m.get(Text.REVIEW_NOTHING_NEW, r.decidedBefore()), Palette.Role.TITLE, width, 0));
        } else {
            out.addAll(Line.wrapped(m.get(Text.REVIEW_END, r.items().size(), r.kept(), r.dropped()), Palette.Role.TITLE, width, 0));
        }
        return out;
    }

    /** The rejected candidates, each with the gate (or the selection's reason) that left it out. */
    static List<Line> rejected(List<Proposal> rejected, int selected, Messages m, int width) {
        List<Line> out = new ArrayList<>();
        if (rejected.isEmpty()) {
            out.add(Line.of(m.get(Text.REVIEW_NO_REJECTED), Palette.Role.PLAIN));
            return out;
        }
        for (int i = 0; i < rejected.size(); i++) {
            Proposal p = rejected.get(i);
            boolean on = i == selected;
            String why = p.gate() != null ? m.get(Text.REVIEW_GATE, p.gate(), reason(p, m)) : m.get(Text.REVIEW_LEFT_OUT, reason(p, m));
            String text = (on ? "› " : "  ") + p.prompt().replace('\n', ' ') + " → " + p.answer();
            out.add(new Line(TextLayout.ellipsize(text, width), on ? Palette.Role.SELECTED : Palette.Role.PLAIN, 0));
            out.add(new Line(TextLayout.ellipsize(why + " · " + p.origin().file() + ":" + p.origin().line(), width - 4),
                    Palette.Role.DIM, 4));
        }
        return out;
    }

    static List<Line> help(Messages m, int width) {
        List<Line> out = new ArrayList<>();
        out.add(Line.of(m.get(Text.HELP), Palette.Role.TITLE));
        out.add(Line.BLANK);
        for (String l : m.get(Text.REVIEW_HELP).split("\n")) {
            out.addAll(Line.wrapped(l, Palette.Role.PLAIN, width, 0));
        }
        out.add(Line.BLANK);
        out.add(Line.of(m.get(Text.ANY_KEY), Palette.Role.DIM));
        return out;
    }

    /** Why a proposal was rejected, in the interface's language. */
    static String reason(Proposal p, Messages m) {
        if (m.lang() != Messages.Lang.ZH) {
            return p.reason();
        }
        String zh = p.gate() != null ? cuecard.generate.GateReasons.chinese(p.gate()) : cuecard.generate.GateReasons.chineseNote(p.reason());
        return zh != null ? zh : p.reason();
    }
}
