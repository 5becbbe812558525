package cuecard.study.tui;

import cuecard.deck.Note;
import cuecard.review.AnswerKind;
import cuecard.review.CardSource;
import cuecard.review.Mode;
import cuecard.study.Messages.Text;
import cuecard.study.Messages;
import cuecard.study.StudySession.Current;
import cuecard.study.StudySession.Stage;
import cuecard.study.StudySession;
import cuecard.study.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The study screen: header (title, mode, what is left, session time), the card's body (scrolling when long, with
 * ▲/▼ markers on rows of their own), the rating buttons, a notice line and the key hints, laid out to the width.
 */
final class StudyView {

    private StudyView() {
    }

    static void draw(Canvas c, StudySession s, Messages m, List<Line> overlay, int scroll, String input,
                     boolean commandMode, String notice, boolean confirmSuspend,
                     java.util.function.Function<String, String> deckTitle) {
        header(c, s, m);
        Current cur = s.current().orElse(null);
        if (cur == null) {
            return;
        }
        int width = c.width() - 2;
        List<Line> body = overlay != null ? overlay : CardView.body(cur, input, m, width);
        TextLayout.Window w = new TextLayout.Window(body.size(), StudyAppView.visibleRows(body.size(), c.height()), scroll);
        String above = w.moreAbove() ? m.get(Text.MORE_ABOVE) : "";
        String deck = deckTitle.apply(cur.card().key().deckId());
        if (!deck.equals(s.settings().title())) {
            // several decks in one session: say which one this card is from
            int room = c.width() - 2 - (above.isEmpty() ? 0 : TextLayout.width(above) + 2);
            c.put(1, 1, TextLayout.ellipsize(deck, Math.max(0, room)), Palette.Role.DIM);
        }
        if (!above.isEmpty()) {
            c.put(c.width() - TextLayout.width(above) - 1, 1, above, Palette.Role.DIM);
        }
        List<Line> shown = w.visible(body);
        for (int i = 0; i < shown.size(); i++) {
            Line l = shown.get(i);
            c.put(1 + l.indent(), 2 + i, l.text(), l.role());
        }
        if (w.moreBelow()) {
            String more = m.get(Text.MORE_BELOW);
            c.put(c.width() - TextLayout.width(more) - 1, 2 + w.height(), more, Palette.Role.DIM);
        }
        buttons(c, cur, s, m);
        if (confirmSuspend) {
            c.put(1, c.height() - 2, m.get(Text.ASK_SUSPEND), Palette.Role.WRONG);
        } else {
            c.put(1, c.height() - 2, notice, Palette.Role.DIM);
        }
        c.put(0, c.height() - 1, Hints.fit(hints(cur, commandMode, s.settings().mode(), m), 2, c.width()), Palette.Role.KEY);
    }

    private static void buttons(Canvas c, Current cur, StudySession s, Messages m) {
        List<CardView.Button> buttons = CardView.buttons(cur, s.settings().mode(), m);
        Hints.Row row = Hints.buttons(buttons.stream().map(CardView.Button::label).toList(),
                buttons.stream().map(CardView.Button::shortLabel).toList(), c.width() - 2);
        int col = 1;
        for (int i = 0; i < buttons.size(); i++) {
            Palette.Role role = buttons.get(i).selected() ? Palette.Role.SELECTED : Palette.Role.KEY;
            col = c.put(col, c.height() - 3, "[" + row.labels().get(i) + "]", role) + TextLayout.width(row.gap());
        }
    }

    static void header(Canvas c, StudySession s, Messages m) {
        Mode mode = s.settings().mode();
        String modeName = m.get(mode == Mode.REVIEW ? Text.MODE_REVIEW : mode == Mode.CRAM ? Text.MODE_CRAM : Text.MODE_EXAM);
        String time = s.timeLeft().map(t -> "⏱ " + SummaryView.clock(t)).orElse(SummaryView.clock(s.elapsed()));
        String progress;
        if (mode == Mode.REVIEW) {
            // Anki's three counts of what is left today, not a fraction whose total moves as cards come back
            CardSource.Counts n = s.counts();
            progress = m.get(Text.HEADER_COUNTS, n.newCards(), n.learning(), n.due());
        } else {
            int done = s.done();
            int total = done + s.left();
            progress = (c.width() >= 70 ? bar(done, total, 16) + " " : "") + done + "/" + total;
        }
        String right = progress + "  " + time + " ";
        String suffix = " · " + modeName;
        int room = Math.max(0, c.width() - TextLayout.width(right) - 1);
        // the title gives way first, so the mode stays in view
        String title = TextLayout.ellipsize(s.settings().title(), Math.max(0, room - 1 - TextLayout.width(suffix)));
        String left = " " + title + suffix;
        String text = TextLayout.pad(TextLayout.ellipsize(left, room), room) + " " + right;
        c.bar(0, text, Palette.Role.SELECTED);
    }

    /** What a session's notice says. */
    static String notice(StudySession.Notice n, Messages m) {
        return m.get(switch (n) {
            case UNDONE -> Text.UNDONE;
            case UNDONE_BURY -> Text.UNDONE_BURY;
            case UNDONE_SUSPEND -> Text.UNDONE_SUSPEND;
            case NO_UNDO_IN_EXAM -> Text.NO_UNDO_IN_EXAM;
            case NOTHING_TO_UNDO -> Text.NOTHING_TO_UNDO;
            case BURIED -> Text.BURIED;
            case SUSPENDED -> Text.SUSPENDED;
            case STALE -> Text.STALE;
            case TIME_UP -> Text.TIME_UP;
            case EDITED -> Text.EDITED;
            case GONE -> Text.GONE;
            case LEECH -> Text.LEECH;
        });
    }

    static String bar(int done, int total, int width) {
        int filled = total == 0 ? 0 : (int) Math.round((double) done * width / total);
        return "█".repeat(filled) + "░".repeat(width - filled);
    }

    /** The keys that act on this screen now, most important first, {@code ? help} and {@code q quit} last. */
    static List<String> hints(Current c, boolean commandMode, Mode mode, Messages m) {
        Note note = c.card().note();
        boolean exam = mode == Mode.EXAM;
        List<String> out = new ArrayList<>();
        if (c.stage() == Stage.FEEDBACK) {
            out.add(m.get(Text.KEY_NEXT));
            if (!exam) {
                out.add(m.get(c.feedback().correct() ? Text.KEY_CHANGE_RATING : Text.KEY_OVERRULE));
                out.add(m.get(Text.KEY_UNDO));
            }
            out.add(m.get(Text.KEY_HELP));
            out.add(m.get(Text.KEY_QUIT));
            return out;
        }
        AnswerKind kind = AnswerKind.of(note.type());
        boolean typing = kind == AnswerKind.TYPED && c.stage() == Stage.ASKING;
        if (typing && !commandMode) {
            out.add(m.get(Text.KEY_TYPE));
            out.add(m.get(Text.KEY_ESC_COMMANDS));
            return out;
        }
        if (c.stage() == Stage.REVEALED) {
            out.add(m.get(Text.KEY_RATE));
        } else if (typing) {
            out.add(m.get(Text.KEY_BACK_TO_TYPING));
        } else if (kind == AnswerKind.CHOICE) {
            out.add(m.get(Text.KEY_CHOOSE, note.otherTexts().size() + 1));
        } else if (kind == AnswerKind.TRUE_FALSE) {
            out.add(m.get(Text.KEY_TRUE_FALSE));
        } else {
            out.add(m.get(Text.KEY_SHOW));
        }
        if (!exam) {
            out.add(m.get(Text.KEY_UNDO));
        }
        out.add(m.get(Text.KEY_BURY));
        out.add(m.get(Text.KEY_SUSPEND));
        out.add(m.get(Text.KEY_EDIT));
        out.add(m.get(Text.KEY_SOURCE));
        out.add(m.get(Text.KEY_HELP));
        out.add(m.get(Text.KEY_QUIT));
        return out;
    }
}
