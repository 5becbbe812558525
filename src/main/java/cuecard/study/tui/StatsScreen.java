package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.TextLayout;
import java.util.List;

/**
 * The statistics tab: the same report as {@code cuecard stats}, block-character charts included, scrolled with
 * the arrow and page keys. The text comes from the caller (computed from the store when the tab opens).
 */
final class StatsScreen {

    private final List<String> lines;
    private int scroll;

    StatsScreen(String report) {
        this.lines = report.lines().toList();
    }

    /** Handles a key; false when the learner leaves the tab. */
    boolean handle(KeyStroke k, int bodyHeight) {
        char ch = k.getKeyType() == KeyType.Character ? k.getCharacter() : 0;
        switch (k.getKeyType()) {
            case ArrowDown -> scroll++;
            case ArrowUp -> scroll--;
            case PageDown -> scroll += Math.max(1, bodyHeight - 1);
            case PageUp -> scroll -= Math.max(1, bodyHeight - 1);
            case Home -> scroll = 0;
            case Escape -> {
                return false;
            }
            default -> {
                if (ch == 'q' || ch == 't') {
                    return false;
                }
                if (ch == 'j') {
                    scroll++;
                } else if (ch == 'k') {
                    scroll--;
                }
            }
        }
        scroll = new TextLayout.Window(lines.size(), bodyHeight, Math.max(0, scroll)).offset();
        return true;
    }

    void draw(Canvas c, Messages m) {
        c.bar(0, " " + m.get(Text.APP_TITLE) + " · " + m.get(Text.STATISTICS), Palette.Role.SELECTED);
        int body = bodyHeight(c);
        TextLayout.Window w = new TextLayout.Window(lines.size(), body, scroll);
        List<String> shown = w.visible(lines);
        for (int i = 0; i < shown.size(); i++) {
            String line = shown.get(i);
            boolean heading = !line.isEmpty() && !line.startsWith(" ");
            c.put(1, 2 + i, line, heading ? Palette.Role.TITLE : Palette.Role.PLAIN);
        }
        String more = lines.size() > body ? "  " + (w.offset() + 1) + "-" + (w.offset() + shown.size()) + "/" + lines.size() : "";
        c.put(0, c.height() - 1, m.get(Text.STATS_KEYS) + more, Palette.Role.KEY);
    }

    static int bodyHeight(Canvas c) {
        return Math.max(1, c.height() - 3);
    }
}
