package cuecard.study.tui;

import cuecard.study.DeckOverview;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.TextLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The deck picker: one row per deck with its counts, the share remembered now and when it was last studied. */
final class PickerView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PickerView() {
    }

    /** @param broken deck files that do not load, listed after the decks with their error, selectable (Enter: edit) */
    static void draw(Canvas c, List<DeckOverview> rows, List<cuecard.deck.DeckError> broken, int selected, Messages m,
                     ZoneId zone) {
        c.bar(0, " " + m.get(Text.APP_TITLE) + " · " + m.get(Text.DECKS), Palette.Role.SELECTED);
        c.put(0, 2, header(m, c.width()), Palette.Role.DIM);
        if (rows.isEmpty() && broken.isEmpty()) {
            c.put(1, 4, m.get(Text.NO_DECKS), Palette.Role.PLAIN);
        }
        int top = 3;
        int visible = Math.max(1, c.height() - top - 2);
        int all = rows.size() + broken.size();
        TextLayout.Window w = new TextLayout.Window(all, visible, selected - visible + 1);
        for (int i = 0; i < Math.min(visible, all - w.offset()); i++) {
            int index = w.offset() + i;
            boolean on = index == selected;
            String text = index < rows.size() ? row(rows.get(index), on, m, zone, c.width())
                    : brokenRow(broken.get(index - rows.size()), on, m, c.width());
            c.put(0, top + i, text, on ? Palette.Role.SELECTED : index < rows.size() ? Palette.Role.PLAIN : Palette.Role.WRONG);
        }
        if (top + rows.size() + broken.size() < c.height() - 2) {   // what the recall column means, when the rows leave room
            c.put(1, c.height() - 2, TextLayout.ellipsize(m.get(Text.PICKER_RECALL_NOTE), c.width() - 2), Palette.Role.DIM);
        }
        boolean onBroken = selected >= rows.size() && !broken.isEmpty();
        c.put(0, c.height() - 1, Hints.fit(List.of(m.get(onBroken ? Text.BROKEN_DECK_KEYS : Text.PICKER_KEYS).split("  ")), 2,
                c.width()), Palette.Role.KEY);
    }

    /** A deck file that does not load: where its first error is and what it says. */
    static String brokenRow(cuecard.deck.DeckError e, boolean selected, Messages m, int width) {
        cuecard.deck.Location at = e.location();
        String text = (selected ? "› " : "  ") + "✗ " + at.file() + ":" + at.line() + ": " + m.get(Text.BROKEN_DECK)
                + " " + e.message();
        return TextLayout.pad(TextLayout.ellipsize(text, width), width);
    }

    /** The column titles, each as wide as its column (CJK titles counted by display width). */
    static String header(Messages m, int width) {
        return "  " + TextLayout.pad(m.get(Text.COL_DECK), nameWidth(width)) + " " + right(m.get(Text.COL_NEW), 4) + " "
                + right(m.get(Text.COL_LEARNING), 6) + " " + right(m.get(Text.COL_DUE), 4) + " "
                + right(m.get(Text.COL_TOTAL), 6) + " " + right(m.get(Text.COL_RECALL), 7) + "  " + m.get(Text.COL_LAST);
    }

    /** The deck-name column: what the counts leave of the width, between 16 and 40 columns. */
    static int nameWidth(int width) {
        return Math.max(16, Math.min(40, width - 54));
    }

    private static String right(String s, int columns) {
        return " ".repeat(Math.max(0, columns - TextLayout.width(s))) + s;
    }

    static String row(DeckOverview d, boolean selected, Messages m, ZoneId zone, int width) {
        int nameWidth = nameWidth(width);
        String title = d.title() == null || d.title().isBlank() ? d.deckId() : d.title();
        String name = TextLayout.pad(TextLayout.ellipsize(title, nameWidth), nameWidth);
        String last = d.lastStudied().map(t -> DAY.format(t.atZone(zone))).orElse(m.get(Text.NEVER));
        String recall = Double.isNaN(d.remembered()) ? "-" : Math.round(d.remembered() * 100) + "%";
        String text = String.format("%s %s %4d %6d %4d %6d %7s  %s", selected ? "›" : " ", name, d.newCards(),
                d.learning(), d.due(), d.total(), recall, last);
        return TextLayout.pad(text, width);
    }
}
