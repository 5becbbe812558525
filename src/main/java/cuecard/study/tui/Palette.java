package cuecard.study.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/** The looks of the screens: colours, or only bold and reverse when colour is off ({@code NO_COLOR}). */
enum Palette {
    COLOR, MONO;

    /** What a piece of text is, so each palette can show it its own way. */
    enum Role { PLAIN, TITLE, DIM, RIGHT, WRONG, SELECTED, KEY, ANSWER }

    void apply(TextGraphics g, Role role) {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        switch (role) {
            case TITLE -> g.enableModifiers(SGR.BOLD);
            case SELECTED -> g.enableModifiers(SGR.REVERSE);
            case KEY -> {
                if (this == COLOR) {
                    g.setForegroundColor(TextColor.ANSI.CYAN);
                }
            }
            case DIM -> {
                if (this == COLOR) {
                    g.setForegroundColor(TextColor.ANSI.BLACK_BRIGHT);
                }
            }
            case RIGHT -> {
                g.enableModifiers(SGR.BOLD);
                if (this == COLOR) {
                    g.setForegroundColor(TextColor.ANSI.GREEN);
                }
            }
            case WRONG -> {
                g.enableModifiers(SGR.BOLD);
                if (this == COLOR) {
                    g.setForegroundColor(TextColor.ANSI.RED);
                }
            }
            case ANSWER -> {
                g.enableModifiers(SGR.BOLD);
                if (this == COLOR) {
                    g.setForegroundColor(TextColor.ANSI.YELLOW);
                }
            }
            default -> {
            }
        }
    }
}
