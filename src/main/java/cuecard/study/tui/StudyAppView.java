package cuecard.study.tui;

import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.StudySession;
import cuecard.study.StudySession.Current;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Draws the study program's screen from its {@link StudyAppModel}, which it only reads: the picker, a card, a
 * session's summary (the statistics, the browser and the generator draw themselves).
 */
final class StudyAppView {

    private StudyAppView() {
    }

    /** The rows of the card's body on a terminal of {@code screenRows} rows. */
    static int bodyHeight(int screenRows) {
        return Math.max(1, screenRows - 5);
    }

    /** The body rows that show text: one less when the body is longer, for the "▼ more" marker's own row. */
    static int visibleRows(int total, int screenRows) {
        int h = bodyHeight(screenRows);
        return total > h ? Math.max(1, h - 1) : h;
    }

    /** The rows the summary's lines have (below the header, above the hints). */
    static int summaryRows(int screenRows) {
        return Math.max(1, screenRows - 3);
    }

    /** The lines of the scrolling body on the study screen or the summary, on a screen {@code columns} wide. */
    static List<Line> body(StudyAppModel model, Messages m, int columns, Instant now) {
        int width = columns - 2;
        StudySession s = model.session();
        if (s == null) {
            return List.of();
        }
        if (model.view() == StudyAppModel.View.SUMMARY) {
            return SummaryView.lines(s.summary().orElseThrow(),
                    s.notice().orElse(null) == StudySession.Notice.TIME_UP, now, m, model::deckTitle,
                    model.lastChosen().size() > 1, width);
        }
        Current cur = s.current().orElse(null);
        if (cur == null) {
            return List.of();
        }
        List<Line> overlay = overlayLines(model, m, columns);
        return overlay != null ? overlay : CardView.body(cur, model.input(), m, width);
    }

    static void draw(Canvas c, StudyAppModel model, Messages m, ZoneId zone, Instant now) {
        StudySession session = model.session();
        switch (model.view()) {
            case PICKER -> {
                if (model.overlay() == StudyAppModel.Overlay.HELP) {
                    c.bar(0, " " + m.get(Text.APP_TITLE) + " · " + m.get(Text.DECKS), Palette.Role.SELECTED);
                    c.body(Overlays.help(m, c.width() - 2, List.of(m.get(Text.PICKER_KEYS).split("  ")), false));
                } else {
                    PickerView.draw(c, model.rows(), model.broken(), model.selected(), m, zone);
                    if (model.notice() != null) {
                        c.put(1, c.height() - 2, model.notice(), Palette.Role.DIM);
                    }
                }
            }
            case STUDY -> StudyView.draw(c, session, m, overlayLines(model, m, c.width()), model.scroll(),
                    model.input(), model.commandMode(), noticeText(model, m),
                    model.overlay() == StudyAppModel.Overlay.CONFIRM_SUSPEND, model::deckTitle);
            case SUMMARY -> {
                StudyView.header(c, session, m);
                SummaryView.draw(c, session, now, m, model::deckTitle, model.lastChosen().size() > 1, model.scroll());
            }
            default -> throw new IllegalStateException("drawn by its own screen: " + model.view());
        }
    }

    private static List<Line> overlayLines(StudyAppModel model, Messages m, int width) {
        Current cur = model.session().current().orElse(null);
        return switch (model.overlay()) {
            case HELP -> cur == null ? null : Overlays.help(m, width,
                    StudyView.hints(cur, model.commandMode(), model.session().settings().mode(), m), true);
            case SOURCE -> cur == null ? null : Overlays.source(cur.card(), model.decks(), m, width);
            default -> null;
        };
    }

    private static String noticeText(StudyAppModel model, Messages m) {
        if (model.notice() != null) {
            return model.notice();
        }
        return model.session().notice().map(n -> StudyView.notice(n, m)).orElse("");
    }
}
