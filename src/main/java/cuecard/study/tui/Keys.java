package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Reading keys the same way on every screen. */
final class Keys {

    private Keys() {
    }

    /** The character typed, or 0 for a special key or a Ctrl combination. */
    static char charOf(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() ? k.getCharacter() : 0;
    }
}
