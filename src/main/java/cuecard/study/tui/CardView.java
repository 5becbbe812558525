package cuecard.study.tui;

import cuecard.deck.Card;
import cuecard.deck.ClozeText;
import cuecard.deck.Note;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.study.AnswerMatch;
import cuecard.study.ChoiceOrder;
import cuecard.study.Messages.Text;
import cuecard.study.Messages;
import cuecard.study.StudySession.Current;
import cuecard.study.StudySession.Stage;
import cuecard.study.StudySession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the study screen shows for the current card, per card type and stage, as lines of its body. */
final class CardView {

    private CardView() {
    }

    static List<Line> body(Current c, String input, Messages m, int width) {
        List<Line> out = new ArrayList<>();
        Card card = c.card();
        Note note = card.note();
        out.addAll(Line.wrapped(card.prompt(), Palette.Role.TITLE, width, 0));
        out.add(Line.BLANK);
        note.accept(new Note.Visitor<Void>() {
            @Override
            public Void basic(Note.Basic b) {
                revealed(c, card.answer(), out, width);
                return null;
            }

            @Override
            public Void cloze(Note.Cloze cloze) {
                // a cloze shows its whole sentence with the gap filled in and marked [like this]
                revealed(c, ClozeText.answered(cloze.text(), card.ordinal()), out, width);
                return null;
            }

            @Override
            public Void choice(Note.Choice choice) {
                choices(c, out, width);
                return null;
            }

            @Override
            public Void typed(Note.Typed typed) {
                CardView.typed(c, input, m, out, width);
                return null;
            }

            @Override
            public Void trueFalse(Note.TrueFalse tf) {
                CardView.trueFalse(c, tf, m, out);
                return null;
            }
        });
        if (c.stage() == Stage.FEEDBACK) {
            verdict(c.feedback(), m, out, width);
        }
        if (c.stage() != Stage.ASKING && note.info().explanation() != null) {
            out.add(Line.BLANK);
            out.addAll(Line.labelled(m.label(Text.NOTE), note.info().explanation(), Palette.Role.DIM, width));
        }
        return out;
    }

    /** A self-rated card's answer under a rule, once revealed. */
    private static void revealed(Current c, String answer, List<Line> out, int width) {
        if (c.stage() == Stage.REVEALED) {
            out.add(Line.of("─".repeat(Math.min(width, 40)), Palette.Role.DIM));
            out.addAll(Line.wrapped(answer, Palette.Role.ANSWER, width, 0));
        }
    }

    /**
     * The scroll offset that brings a revealed or checked answer into view on a long card: as much of the answer
     * (and the verdict) as fits in {@code rows}, from its first line.
     */
    static int answerOffset(List<Line> body, int rows) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < body.size(); i++) {
            Palette.Role r = body.get(i).role();
            if (r == Palette.Role.ANSWER || r == Palette.Role.RIGHT || r == Palette.Role.WRONG) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? 0 : Math.max(0, Math.min(first, last + 1 - rows));
    }

    private static void choices(Current c, List<Line> out, int width) {
        ChoiceOrder order = c.choices();
        StudySession.Feedback f = c.feedback();
        for (int i = 0; i < order.options().size(); i++) {
            String option = order.options().get(i);
            Palette.Role role = Palette.Role.PLAIN;
            String mark = "  ";
            if (f != null && i == order.correct()) {
                role = Palette.Role.RIGHT;
                mark = "✓ ";
            } else if (f != null && option.equals(f.given())) {
                role = Palette.Role.WRONG;
                mark = "✗ ";
            }
            out.addAll(Line.labelled(mark + (i + 1) + ". ", option, role, width));
        }
    }

    private static void typed(Current c, String input, Messages m, List<Line> out, int width) {
        if (c.stage() == Stage.ASKING) {
            out.addAll(Line.labelled("> ", input + "█", Palette.Role.PLAIN, width));
            return;
        }
        out.addAll(Line.labelled(m.label(Text.YOUR_ANSWER), c.feedback().given(), Palette.Role.PLAIN, width));
        out.addAll(Line.labelled(m.label(Text.ANSWER), c.card().answer(), Palette.Role.ANSWER, width));
    }

    private static void trueFalse(Current c, Note.TrueFalse tf, Messages m, List<Line> out) {
        if (c.stage() == Stage.ASKING) {
            out.add(Line.of("t " + m.get(Text.TRUE) + "    f " + m.get(Text.FALSE), Palette.Role.KEY));
            return;
        }
        out.add(Line.of(m.label(Text.ANSWER) + m.get(tf.answer() ? Text.TRUE : Text.FALSE), Palette.Role.ANSWER));
    }

    private static void verdict(StudySession.Feedback f, Messages m, List<Line> out, int width) {
        out.add(Line.BLANK);
        Text word;
        if (f.overruled()) {
            word = Text.OVERRULED;
        } else if (!f.correct()) {
            word = f.match() != null && f.match().outcome() == AnswerMatch.Outcome.NEAR_MISS ? Text.NEAR_MISS : Text.WRONG;
        } else {
            word = f.match() != null && f.match().outcome() == AnswerMatch.Outcome.TYPO ? Text.RIGHT_TYPO : Text.RIGHT;
        }
        out.add(Line.of((f.correct() ? "✓ " : "✗ ") + m.get(word), f.correct() ? Palette.Role.RIGHT : Palette.Role.WRONG));
        if (f.match() != null && f.match().outcome() != AnswerMatch.Outcome.EXACT
                && f.match().outcome() != AnswerMatch.Outcome.WRONG) {
            for (AnswerMatch.Difference d : f.match().differences()) {
                out.addAll(Line.wrapped(m.get(Text.DIFFERS, d.typed(), d.expected()), Palette.Role.DIM, width, 2));
            }
        }
        out.add(Line.of(m.get(Text.RATING, ratingName(f.rating(), m)), Palette.Role.PLAIN));
    }

    static String ratingName(Rating r, Messages m) {
        return m.get(switch (r) {
            case AGAIN -> Text.AGAIN;
            case HARD -> Text.HARD;
            case GOOD -> Text.GOOD;
            case EASY -> Text.EASY;
        });
    }

    /**
     * The four rating buttons with each one's next interval (review mode), or the number keys' names (cram, exam).
     * Shown once an answer is revealed or checked; the rating a check proposed is marked.
     */
    static List<Button> buttons(Current c, Mode mode, Messages m) {
        List<Button> out = new ArrayList<>();
        if (c.stage() == Stage.ASKING || (mode == Mode.EXAM && c.stage() == Stage.FEEDBACK)) {
            return out; // an exam's checked answer is final: no rating to change
        }
        Rating chosen = c.feedback() != null ? c.feedback().rating() : null;
        for (Rating r : Rating.values()) {
            if (c.feedback() != null && !c.feedback().correct() && r != Rating.AGAIN) {
                continue;
            }
            String name = r.value() + " " + ratingName(r, m);
            String shortLabel = String.valueOf(r.value());
            if (c.next() != null) {
                String ivl = interval(c.next().of(r), c.shownAt(), m);
                name += " " + ivl;
                shortLabel += " " + ivl;
            } else {
                shortLabel = name;
            }
            out.add(new Button(name, shortLabel, r == chosen));
        }
        return out;
    }

    private static String interval(CardState after, Instant now, Messages m) {
        return m.interval(Duration.between(now, after.due()));
    }

    /** A button: its label, the shorter one for narrow screens (the interval without the rating's name). */
    record Button(String label, String shortLabel, boolean selected) {
    }
}
