package cuecard.study.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import cuecard.deck.Deck;
import cuecard.study.CramSelection;
import cuecard.study.Fixtures;
import cuecard.study.LoggedProgress;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A study app on a virtual terminal: type keys, read the screen back as text. */
final class Headless {

    final DefaultVirtualTerminal terminal;
    final LoggedProgress progress = new LoggedProgress();
    final Fixtures.HandClock clock = new Fixtures.HandClock(Fixtures.T0);
    final List<String> edits = new ArrayList<>();
    List<Deck> decks;
    List<String> reloadErrors = List.of();
    StudyApp app;

    Headless(int cols, int rows) {
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
    }

    Headless open(List<Deck> decks, boolean picker, SessionSettings settings, Messages.Lang lang, boolean color) {
        return open(decks, picker, settings, lang, color, cuecard.study.DeckSchedulers.all(Fixtures.steps()), Fixtures.Queue::new);
    }

    Headless open(List<Deck> decks, boolean picker, SessionSettings settings, Messages.Lang lang, boolean color,
                  cuecard.study.DeckSchedulers schedulers, QueueFactory queue) {
        this.decks = decks;
        StudySetup setup = new StudySetup(decks, picker, progress, schedulers, clock, settings,
                CramSelection.all(), new Messages(lang), color, queue,
                (Path file, int line) -> edits.add(file + ":" + line), () -> reloadErrors.isEmpty() ? DeckReload.Result.of(this.decks) : new DeckReload.Result(List.of(), reloadErrors));
        try {
            app = new StudyApp(terminal, setup);
            app.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Headless open(List<Deck> decks, boolean picker, SessionSettings settings) {
        return open(decks, picker, settings, Messages.Lang.EN, true);
    }

    /** Feeds keys: single characters as typed, or names in angle brackets: &lt;Enter&gt;, &lt;Esc&gt;, &lt;Down&gt;. */
    Headless keys(String... keys) {
        feed(terminal, keys);
        try {
            app.processInput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Puts keys on a virtual terminal's input (see {@link #keys}); also &lt;Left&gt;, &lt;Right&gt; and &lt;C-c&gt;. */
    static void feed(DefaultVirtualTerminal terminal, String... keys) {
        for (String k : keys) {
            if (k.equals("<C-c>")) {
                terminal.addInput(new KeyStroke('c', true, false));
            } else if (k.startsWith("<") && k.endsWith(">") && k.length() > 2) {
                terminal.addInput(new KeyStroke(switch (k) {
                    case "<Enter>" -> KeyType.Enter;
                    case "<Esc>" -> KeyType.Escape;
                    case "<Down>" -> KeyType.ArrowDown;
                    case "<Up>" -> KeyType.ArrowUp;
                    case "<Left>" -> KeyType.ArrowLeft;
                    case "<Right>" -> KeyType.ArrowRight;
                    case "<PgDn>" -> KeyType.PageDown;
                    case "<PgUp>" -> KeyType.PageUp;
                    case "<Backspace>" -> KeyType.Backspace;
                    case "<Tab>" -> KeyType.Tab;
                    default -> throw new IllegalArgumentException(k);
                }));
            } else {
                k.chars().forEach(ch -> terminal.addInput(new KeyStroke((char) ch, false, false)));
            }
        }
    }

    /** One screen row as text; the second cell of a double-width character is skipped. */
    String row(int r) {
        return row(terminal, r);
    }

    static String row(DefaultVirtualTerminal terminal, int r) {
        StringBuilder sb = new StringBuilder();
        int cols = terminal.getTerminalSize().getColumns();
        for (int c = 0; c < cols; c++) {
            TextCharacter ch = terminal.getCharacter(c, r);
            sb.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                c++;
            }
        }
        return sb.toString().stripTrailing();
    }

    String screen() {
        return screen(terminal);
    }

    static String screen(DefaultVirtualTerminal terminal) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            sb.append(row(terminal, r)).append('\n');
        }
        return sb.toString();
    }

    /** Whether any cell on screen has a colour other than the default. */
    boolean anyColour() {
        return anyColour(terminal);
    }

    static boolean anyColour(DefaultVirtualTerminal terminal) {
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                if (ch.getForegroundColor() != TextColor.ANSI.DEFAULT || ch.getBackgroundColor() != TextColor.ANSI.DEFAULT) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean anyReverse() {
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                if (terminal.getCharacter(c, r).getModifiers().contains(SGR.REVERSE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
