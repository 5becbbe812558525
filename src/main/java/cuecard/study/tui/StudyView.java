package cuecard.study.tui;

import cuecard.deck.Note;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.Mode;
import cuecard.study.StudySession;
import cuecard.study.StudySession.Current;
import cuecard.study.StudySession.Stage;
import cuecard.study.TextLayout;
import java.util.List;

/**
 * The study screen: header (title, mode, progress bar, session time), the card's body (scrolling when long), the
 * rating buttons, a notice line and the key hints.
 */
final class StudyView {

    private StudyView() {
    }

    static void draw(Canvas c, StudyApp app, StudySession s, Messages m, List<Line> overlay, int scroll, String input,
                     boolean commandMode, String notice, boolean confirmSuspend) {
        header(c, s, m);
        Current cur = s.current().orElse(null);
        if (cur == null) {
            return;
        }
        String deck = app.deckTitle(cur.card().key().deckId());
        if (!deck.equals(s.settings().title())) {
            c.put(1, 1, deck, Palette.Role.DIM); // several decks in one session: say which one this card is from
        }
        int width = c.width() - 2;
        List<Line> body = overlay != null ? overlay : CardView.body(cur, input, m, width);
        int offset = app.scrollClamp(body.size());
        TextLayout.Window w = new TextLayout.Window(body.size(), app.bodyHeight(), offset);
        List<Line> shown = w.visible(body);
        for (int i = 0; i < shown.size(); i++) {
            Line l = shown.get(i);
            c.put(1 + l.indent(), 2 + i, l.text(), l.role());
        }
        if (w.moreBelow()) {
            String more = m.get(Text.MORE_BELOW);
            c.put(c.width() - TextLayout.width(more) - 1, c.height() - 4, more, Palette.Role.DIM);
        }
        int col = 1;
        for (CardView.Button b : CardView.buttons(cur, m)) {
            col = c.put(col, c.height() - 3, "[" + b.label() + "]", b.selected() ? Palette.Role.SELECTED : Palette.Role.KEY) + 2;
        }
        if (confirmSuspend) {
            c.put(1, c.height() - 2, m.get(Text.ASK_SUSPEND), Palette.Role.WRONG);
        } else {
            c.put(1, c.height() - 2, notice, Palette.Role.DIM);
        }
        c.put(0, c.height() - 1, hints(cur, commandMode, m), Palette.Role.KEY);
    }

    static void header(Canvas c, StudySession s, Messages m) {
        Mode mode = s.settings().mode();
        String modeName = m.get(mode == Mode.REVIEW ? Text.MODE_REVIEW : mode == Mode.CRAM ? Text.MODE_CRAM : Text.MODE_EXAM);
        int done = s.done();
        int total = done + s.left();
        String time = s.timeLeft().map(t -> "⏱ " + SummaryView.clock(t)).orElse(SummaryView.clock(s.elapsed()));
        String right = bar(done, total, 16) + " " + done + "/" + total + "  " + time + " ";
        String left = " " + s.settings().title() + " · " + modeName;
        int room = c.width() - TextLayout.width(right) - 1;
        String text = TextLayout.pad(TextLayout.ellipsize(left, Math.max(0, room)), Math.max(0, room)) + " " + right;
        c.bar(0, text, Palette.Role.SELECTED);
    }

    static String bar(int done, int total, int width) {
        int filled = total == 0 ? 0 : (int) Math.round((double) done * width / total);
        return "█".repeat(filled) + "░".repeat(width - filled);
    }

    private static String hints(Current c, boolean commandMode, Messages m) {
        Note note = c.card().note();
        if (c.stage() == Stage.FEEDBACK) {
            return m.get(Text.FEEDBACK_KEYS);
        }
        if (c.stage() == Stage.REVEALED) {
            return m.get(Text.RATE_KEYS);
        }
        if (note instanceof Note.Choice ch) {
            return m.get(Text.CHOICE_KEYS, ch.distractors().size() + 1);
        }
        if (note instanceof Note.TrueFalse) {
            return m.get(Text.TRUE_FALSE_KEYS);
        }
        if (note instanceof Note.Typed) {
            return m.get(commandMode ? Text.TYPED_COMMAND_KEYS : Text.TYPE_KEYS);
        }
        return m.get(Text.REVEAL_KEYS);
    }
}
