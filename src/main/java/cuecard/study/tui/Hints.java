package cuecard.study.tui;

import cuecard.study.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Key hints laid out to the screen's width. Each entry is one key and what it does ("u undo"). They are joined by
 * two spaces; when that is too wide, by one; then entries are left out from the end of the middle (they stay listed
 * under {@code ?}), always keeping the first (what to do now) and the last ones ({@code ? help}, {@code q quit}).
 * Only when even that is too wide is the line cut.
 */
final class Hints {

    private Hints() {
    }

    /**
     * @param entries  the entries in order of importance, except the {@code kept} last ones, which are kept too
     * @param kept     how many entries at the end are never left out
     * @param width    the columns available
     */
    static String fit(List<String> entries, int kept, int width) {
        List<String> shown = new ArrayList<>(entries);
        for (String gap : List.of("  ", " ")) {
            String line = String.join(gap, shown);
            if (TextLayout.width(line) <= width) {
                return line;
            }
        }
        while (shown.size() > kept + 1) {
            shown.remove(shown.size() - kept - 1);
            String line = String.join(" ", shown);
            if (TextLayout.width(line) <= width) {
                return line;
            }
        }
        return TextLayout.fit(String.join(" ", shown), width);
    }

    /** How a row of buttons is laid out: the labels (without brackets) and the gap between buttons. */
    record Row(List<String> labels, String gap) {
    }

    /**
     * Buttons on one row: "[label]" joined by two spaces, then one; then with the shorter labels (the rating's name
     * left out, its key and interval kept); the caller cuts at the edge only when even that is too wide.
     */
    static Row buttons(List<String> full, List<String> shorter, int width) {
        for (List<String> labels : List.of(full, shorter)) {
            for (String gap : List.of("  ", " ")) {
                int w = TextLayout.width(gap) * Math.max(0, labels.size() - 1);
                for (String l : labels) {
                    w += TextLayout.width(l) + 2;
                }
                if (w <= width) {
                    return new Row(labels, gap);
                }
            }
        }
        return new Row(shorter, " ");
    }
}
