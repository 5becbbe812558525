package cuecard.study.tui;

import cuecard.study.TextLayout;
import java.util.ArrayList;
import java.util.List;

/** One line of a screen's body with how it looks. */
record Line(String text, Palette.Role role, int indent) {

    static Line of(String text, Palette.Role role) {
        return new Line(text, role, 0);
    }

    static final Line BLANK = of("", Palette.Role.PLAIN);

    /** Wraps text to the width (less the indent) and gives one line per wrapped piece. */
    static List<Line> wrapped(String text, Palette.Role role, int width, int indent) {
        List<Line> out = new ArrayList<>();
        for (String piece : TextLayout.wrap(text, width - indent)) {
            out.add(new Line(piece, role, indent));
        }
        return out;
    }

    /** Wraps text after a first-line label (such as "1. "), continuing lines under the text. */
    static List<Line> labelled(String label, String text, Palette.Role role, int width) {
        int indent = TextLayout.width(label);
        List<Line> out = new ArrayList<>();
        List<String> pieces = TextLayout.wrap(text, width - indent);
        for (int i = 0; i < pieces.size(); i++) {
            out.add(i == 0 ? new Line(label + pieces.get(0), role, 0) : new Line(pieces.get(i), role, indent));
        }
        return out;
    }
}
