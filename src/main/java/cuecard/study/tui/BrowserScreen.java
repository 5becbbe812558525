package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import cuecard.deck.Location;
import cuecard.review.CardState;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.study.BrowserQuery;
import cuecard.study.CardBrowser;
import cuecard.study.Messages.Text;
import cuecard.study.Messages;
import cuecard.study.TextLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The card browser: a search line, the cards it finds with their state, and one card's history and memory state,
 * with suspend/unsuspend, reset and edit. The model is {@link CardBrowser}; this class is its view and controller.
 */
final class BrowserScreen {

    /** What the browser needs from the app: fresh data after a change, the editor, the time. */
    record Context(Supplier<CardBrowser> open, Progress progress, Clock clock, Messages messages,
                   EditorAction editor) {
    }

    /** Edits a deck file at a line (the app suspends its screen around it) and reloads the decks. */
    @FunctionalInterface
    interface EditorAction {
        String edit(Path file, int line);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Context ctx;
    private CardBrowser model;
    private String query = "";
    private final StringBuilder typing = new StringBuilder();
    private boolean searching;
    private boolean detail;
    private boolean confirmReset;
    private List<CardBrowser.Row> rows = List.of();
    private int selected;
    private int detailScroll;
    private String notice;

    BrowserScreen(Context ctx) {
        this.ctx = ctx;
        this.model = ctx.open().get();
        search();
    }

    private Messages m() {
        return ctx.messages();
    }

    private void search() {
        BrowserQuery.Result r = BrowserQuery.parse(query);
        if (r.error() != null) {
            notice = r.error();
            return;
        }
        rows = model.search(r.query(), ctx.clock().instant());
        selected = Math.min(selected, Math.max(0, rows.size() - 1));
        notice = m().count(Text.N_CARDS, rows.size());
    }

    private void refresh() {
        model = ctx.open().get();
        String keep = rows.isEmpty() ? null : rows.get(selected).key().toString();
        search();
        if (rows.isEmpty()) {
            detail = false;
        }
        for (int i = 0; keep != null && i < rows.size(); i++) {
            if (rows.get(i).key().toString().equals(keep)) {
                selected = i;
            }
        }
    }

    /** Handles a key; false when the learner leaves the browser. */
    boolean handle(KeyStroke k, int bodyHeight) {
        char ch = Keys.charOf(k);
        if (searching) {
            switch (k.getKeyType()) {
                case Enter -> {
                    searching = false;
                    query = typing.toString();
                    selected = 0;
                    search();
                }
                case Escape -> searching = false;
                case Backspace -> {
                    if (typing.length() > 0) {
                        typing.setLength(typing.offsetByCodePoints(typing.length(), -1));
                    }
                }
                case Character -> {
                    if (!k.isCtrlDown()) {
                        typing.append(k.getCharacter().charValue());
                    }
                }
                default -> {
                }
            }
            return true;
        }
        if (confirmReset) {
            confirmReset = false;
            if (ch == 'y' || ch == 'Y') {
                ctx.progress().reset(rows.get(selected).key());
                changes.push(new Change(rows.get(selected).key(), false, true));
                refresh();
                notice = m().get(Text.BROWSER_WAS_RESET);
            }
            return true;
        }
        switch (k.getKeyType()) {
            case ArrowDown -> move(1, bodyHeight);
            case ArrowUp -> move(-1, bodyHeight);
            case PageDown -> move(Math.max(1, bodyHeight - 1), bodyHeight);
            case PageUp -> move(-Math.max(1, bodyHeight - 1), bodyHeight);
            case Enter -> {
                if (!rows.isEmpty()) {
                    detail = true;
                    detailScroll = 0;
                }
            }
            case Escape -> {
                if (!detail) {
                    return false;
                }
                detail = false;
            }
            default -> {
                if (ch == 'q') {
                    if (!detail) {
                        return false;
                    }
                    detail = false;
                } else if (ch == '/') {
                    searching = true;
                    detail = false;
                    typing.setLength(0);
                    typing.append(query);
                } else if (ch == 'j') {
                    move(1, bodyHeight);
                } else if (ch == 'k') {
                    move(-1, bodyHeight);
                } else if (ch == 'u') {
                    undo();
                } else if (!rows.isEmpty()) {
                    action(ch);
                }
            }
        }
        return true;
    }

    private void move(int by, int bodyHeight) {
        if (detail) {
            detailScroll = Math.max(0, detailScroll + by);
        } else {
            selected = Math.max(0, Math.min(rows.size() - 1, selected + by));
        }
    }

    /** The browser's changes, newest first, for {@code u}: a suspension switched (and what it was), or a reset. */
    private record Change(cuecard.deck.CardKey key, boolean wasSuspended, boolean reset) {
    }

    private final java.util.Deque<Change> changes = new java.util.ArrayDeque<>();

    /** Undoes the browser's last change, newest first: a suspension, an unsuspension or a reset. */
    private void undo() {
        Change last = changes.poll();
        if (last == null) {
            notice = m().get(Text.NOTHING_TO_UNDO);
            return;
        }
        if (last.reset()) {
            ctx.progress().undoReset(last.key());
        } else {
            ctx.progress().suspend(last.key(), last.wasSuspended());
        }
        refresh();
        notice = m().get(last.reset() ? Text.BROWSER_RESET_UNDONE
                : last.wasSuspended() ? Text.BROWSER_SUSPENDED : Text.BROWSER_UNSUSPENDED);
    }

    private void action(char ch) {
        CardBrowser.Row row = rows.get(selected);
        if (ch == 's') {
            boolean on = !row.suspended();
            ctx.progress().suspend(row.key(), on);
            changes.push(new Change(row.key(), !on, false));
            refresh();
            notice = m().get(on ? Text.BROWSER_SUSPENDED : Text.BROWSER_UNSUSPENDED);
        } else if (ch == 'r') {
            confirmReset = true;
        } else if (ch == 'e') {
            Location at = row.card().note().info().location();
            String problem = ctx.editor().edit(Path.of(at.file()), at.line());
            refresh();
            notice = problem;
        }
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    void draw(Canvas c) {
        c.bar(0, " " + m().get(Text.APP_TITLE) + " · " + m().get(Text.BROWSER), Palette.Role.SELECTED);
        String search = searching ? typing + "▏" : query;
        c.put(1, 1, "/ " + search, searching ? Palette.Role.ANSWER : Palette.Role.PLAIN);
        if (detail && !rows.isEmpty()) {
            drawDetail(c, rows.get(selected));
        } else {
            drawList(c);
        }
        String keys = searching ? m().get(Text.BROWSER_SEARCH_KEYS)
                : confirmReset ? m().get(Text.BROWSER_CONFIRM_RESET)
                : detail ? m().get(Text.BROWSER_DETAIL_KEYS) : m().get(Text.BROWSER_KEYS);
        if (notice != null && !searching && !confirmReset) {
            c.put(0, c.height() - 2, notice, Palette.Role.DIM);
        }
        c.put(0, c.height() - 1, keys, confirmReset ? Palette.Role.WRONG : Palette.Role.KEY);
    }

    static int bodyHeight(Canvas c) {
        return Math.max(1, c.height() - 6);
    }

    private void drawList(Canvas c) {
        int cardWidth = cardWidth(c.width());
        c.put(0, 2, "  " + TextLayout.pad(m().get(Text.BROWSER_COL_CARD), cardWidth) + " "
                + TextLayout.pad(m().get(Text.BROWSER_COL_STATE), 10) + " " + TextLayout.pad(m().get(Text.COL_DUE), 11)
                + " " + right(m().get(Text.BROWSER_COL_LAPSES), 6) + "  " + m().get(Text.COL_RECALL), Palette.Role.DIM);
        int top = 3;
        int visible = bodyHeight(c);
        TextLayout.Window w = new TextLayout.Window(rows.size(), visible, selected - visible + 1);
        List<CardBrowser.Row> shown = w.visible(rows);
        ZoneId zone = ctx.clock().getZone();
        for (int i = 0; i < shown.size(); i++) {
            int index = w.offset() + i;
            CardBrowser.Row r = shown.get(i);
            String text = (index == selected ? "›" : " ") + " "
                    + TextLayout.pad(TextLayout.ellipsize(oneLine(r.card().prompt()) + "  " + r.key(), cardWidth), cardWidth)
                    + " " + TextLayout.pad(state(r.state(), r.suspended()), 10) + " "
                    + TextLayout.pad(r.state().phase() == Phase.NEW ? "-" : DAY.format(r.state().due().atZone(zone)), 11)
                    + " " + right(String.valueOf(r.state().lapses()), 6) + "  "
                    + (r.state().phase() == Phase.NEW ? "-" : Math.round(r.recall() * 100) + "%");
            c.put(0, top + i, TextLayout.pad(text, c.width()), index == selected ? Palette.Role.SELECTED
                    : r.leech() ? Palette.Role.WRONG : Palette.Role.PLAIN);
        }
    }

    /** The card column: its question and key, in what the other columns (39 columns) leave of the width. */
    static int cardWidth(int width) {
        return Math.max(16, width - 2 - 39 - 1);
    }

    private static String right(String s, int columns) {
        return " ".repeat(Math.max(0, columns - TextLayout.width(s))) + s;
    }

    private void drawDetail(Canvas c, CardBrowser.Row row) {
        List<Line> lines = new ArrayList<>();
        int width = c.width() - 2;
        lines.add(Line.of(row.key() + "  (" + m().typeName(row.card().type()) + ", "
                + row.card().note().info().location().file() + ":" + row.card().note().info().location().line() + ")",
                Palette.Role.TITLE));
        lines.addAll(Line.wrapped(row.card().prompt(), Palette.Role.PLAIN, width, 2));
        lines.addAll(Line.wrapped("→ " + row.card().answer(), Palette.Role.ANSWER, width, 2));
        lines.add(Line.BLANK);
        CardState s = row.state();
        ZoneId zone = ctx.clock().getZone();
        String memory = s.memory() == null || s.phase() == Phase.NEW ? state(s, row.suspended())
                : m().get(Text.BROWSER_MEMORY, m().interval(Duration.ofSeconds(Math.round(s.memory().stability() * 86_400))),
                        s.memory().difficulty(), m().count(Text.N_REVIEWS, s.reps()), m().count(Text.N_LAPSES, s.lapses()),
                        MINUTE.format(s.due().atZone(zone))) + "  · " + state(s, row.suspended());
        lines.addAll(Line.wrapped(memory, Palette.Role.PLAIN, width, 0));
        lines.add(Line.BLANK);
        lines.add(Line.of(m().get(Text.BROWSER_HISTORY), Palette.Role.TITLE));
        List<CardBrowser.HistoryLine> history = model.history(row.key());
        if (history.isEmpty()) {
            lines.add(Line.of("  " + m().get(Text.BROWSER_NO_HISTORY), Palette.Role.DIM));
        }
        for (CardBrowser.HistoryLine h : history) {
            String recall = Double.isNaN(h.recallThen()) ? "   -" : String.format(Locale.ROOT, "%3d%%", Math.round(h.recallThen() * 100));
            // the interval is the time to the card's next due moment: minutes for a learning step, not "0 d"
            String interval = m().interval(Duration.between(h.at(), h.after().due()));
            String mode = m().get(h.mode() == cuecard.review.Mode.REVIEW ? Text.MODE_REVIEW
                    : h.mode() == cuecard.review.Mode.CRAM ? Text.MODE_CRAM : Text.MODE_EXAM);
            lines.add(Line.of("  " + MINUTE.format(h.at().atZone(zone)) + "  "
                    + TextLayout.pad(CardView.ratingName(h.rating(), m()), 6) + " " + TextLayout.pad(mode, 6) + "  "
                    + m().get(Text.BROWSER_HISTORY_LINE, TextLayout.pad(interval, 7), recall),
                    h.rating().value() == 1 ? Palette.Role.WRONG : Palette.Role.PLAIN));
        }
        int visible = bodyHeight(c) + 1;
        TextLayout.Window w = new TextLayout.Window(lines.size(), visible, detailScroll);
        detailScroll = w.offset();
        List<Line> shown = w.visible(lines);
        for (int i = 0; i < shown.size(); i++) {
            Line l = shown.get(i);
            c.put(1 + l.indent(), 2 + i, l.text(), l.role());
        }
    }

    private String state(CardState s, boolean suspended) {
        if (suspended) {
            return m().get(Text.STATE_SUSPENDED);
        }
        return m().get(switch (s.phase()) {
            case NEW -> Text.STATE_NEW;
            case LEARNING -> Text.STATE_LEARNING;
            case REVIEW -> Text.STATE_REVIEW;
            case RELEARNING -> Text.STATE_RELEARNING;
        });
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    Instant now() {
        return ctx.clock().instant();
    }
}
