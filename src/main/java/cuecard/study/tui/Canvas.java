package cuecard.study.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import cuecard.study.TextLayout;

/** Draws text on a Lanterna screen by display columns, cutting at the right edge without splitting a character. */
final class Canvas {

    private final TextGraphics g;
    private final Palette palette;

    Canvas(TextGraphics g, Palette palette) {
        this.g = g;
        this.palette = palette;
    }

    int width() {
        return g.getSize().getColumns();
    }

    int height() {
        return g.getSize().getRows();
    }

    TerminalSize size() {
        return g.getSize();
    }

    /** Puts text at a column and row; returns the column after it. */
    int put(int col, int row, String text, Palette.Role role) {
        if (row < 0 || row >= height() || col >= width()) {
            return col;
        }
        String fitted = TextLayout.fit(TextLayout.visible(text), width() - col);
        palette.apply(g, role);
        g.putString(col, row, fitted);
        palette.apply(g, Palette.Role.PLAIN);
        return col + TextLayout.width(fitted);
    }

    /** Fills a whole row with the role's look (for bars), then puts the text on it. */
    void bar(int row, String text, Palette.Role role) {
        palette.apply(g, role);
        g.putString(0, row, TextLayout.pad(TextLayout.visible(text), width()));
        palette.apply(g, Palette.Role.PLAIN);
    }

    void line(int row, Line line) {
        put(line.indent(), row, line.text(), line.role());
    }

    /** Lines of a screen's body, from row 2 down to the row above the last. */
    void body(java.util.List<Line> lines) {
        for (int i = 0; i < lines.size() && 2 + i < height() - 1; i++) {
            line(2 + i, lines.get(i));
        }
    }
}
