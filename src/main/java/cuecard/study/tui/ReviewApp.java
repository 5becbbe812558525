package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import cuecard.deck.Source;
import cuecard.generate.review.ProposalReview;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.TextLayout;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The review of the generator's proposals on a terminal: the controller, binding keys to the
 * {@link ProposalReview} model, with {@link ReviewView} drawing. Takes its terminal in the constructor so tests
 * pass a virtual one; the deck picker runs it on its own screen.
 */
public final class ReviewApp {

    /** How the review ended. */
    public enum Outcome { WRITE, CANCEL }

    /**
     * What the review works with.
     *
     * @param review   the model
     * @param deckId   the deck's id (card keys as the study screen shows them)
     * @param sources  the sources the cards cite (for checking an edited card)
     * @param messages the UI language
     * @param color    false for monochrome ({@code NO_COLOR})
     * @param editor   opens the card being edited ({@code e})
     */
    public record Setup(ProposalReview review, String deckId, List<Source> sources, Messages messages, boolean color,
                        EditorLaunch editor) {
    }

    private enum Overlay { NONE, HELP, REJECTED, CONFIRM_QUIT }

    private final Screen screen;
    private final Setup setup;
    private final ProposalReview review;
    private final Messages m;
    private final Palette palette;
    private Overlay overlay = Overlay.NONE;
    private int rejectedAt;
    private int rejectedTop;
    private String notice = "";
    private Outcome outcome;
    private boolean fullRedraw;

    public ReviewApp(Terminal terminal, Setup setup) throws IOException {
        this(new TerminalScreen(terminal), setup);
    }

    ReviewApp(Screen screen, Setup setup) {
        this.screen = screen;
        this.setup = setup;
        this.review = setup.review();
        this.m = setup.messages();
        this.palette = setup.color() ? Palette.COLOR : Palette.MONO;
    }

    /** Runs until the learner writes ({@code q}) or leaves ({@code Ctrl-C}, y); the terminal is given back after. */
    public Outcome run() throws IOException, InterruptedException {
        start();
        try {
            while (outcome == null) {
                KeyStroke k = screen.pollInput();
                if (k != null) {
                    handle(k);
                    draw();
                } else {
                    Thread.sleep(20);
                    if (screen.doResizeIfNecessary() != null) {
                        fullRedraw = true;
                        draw();
                    }
                }
            }
        } finally {
            screen.stopScreen();
        }
        return outcome;
    }

    /** Takes over the terminal and draws the first screen ({@link #run} does this itself). */
    public void start() throws IOException {
        screen.startScreen();
        screen.setCursorPosition(null);
        draw();
    }

    /** Handles every key waiting on the terminal, then draws (what tests call after feeding keys). */
    public void processInput() throws IOException {
        KeyStroke k;
        while (outcome == null && (k = screen.pollInput()) != null) {
            handle(k);
        }
        draw();
    }

    /** How the review ended, once it has. */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public ProposalReview review() {
        return review;
    }

    // ---- keys --------------------------------------------------------------------------------------------------

    void handle(KeyStroke k) {
        if (k.getKeyType() == KeyType.EOF) {
            outcome = Outcome.CANCEL;
            return;
        }
        boolean ctrlC = k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c';
        char ch = charOf(k);
        switch (overlay) {
            case CONFIRM_QUIT -> {
                overlay = Overlay.NONE;
                if (ch == 'y' || ch == 'Y' || ctrlC) {
                    outcome = Outcome.CANCEL;
                }
                return;
            }
            case HELP -> {
                overlay = Overlay.NONE;
                return;
            }
            case REJECTED -> {
                rejectedKey(k, ch);
                return;
            }
            default -> {
            }
        }
        notice = "";
        if (ctrlC) {
            overlay = Overlay.CONFIRM_QUIT;
            return;
        }
        KeyType type = k.getKeyType();
        if (type == KeyType.Enter || ch == 'k') {
            review.keep();
        } else if (ch == 'd') {
            review.drop();
        } else if (type == KeyType.ArrowLeft || ch == 'h') {
            review.previous();
        } else if (type == KeyType.ArrowRight || ch == 'l') {
            review.next();
        } else if (ch == 't') {
            changeType();
        } else if (ch == 'e') {
            edit();
        } else if (ch == 'r') {
            overlay = Overlay.REJECTED;
            rejectedAt = 0;
            rejectedTop = 0;
        } else if (ch == '?') {
            overlay = Overlay.HELP;
        } else if (ch == 'q') {
            outcome = Outcome.WRITE;
        }
    }

    private void rejectedKey(KeyStroke k, char ch) {
        int count = review.rejected().size();
        switch (k.getKeyType()) {
            case ArrowDown -> rejectedAt = Math.min(rejectedAt + 1, Math.max(0, count - 1));
            case ArrowUp -> rejectedAt = Math.max(0, rejectedAt - 1);
            case PageDown -> rejectedAt = Math.min(rejectedAt + rejectedPage(), Math.max(0, count - 1));
            case PageUp -> rejectedAt = Math.max(0, rejectedAt - rejectedPage());
            case Enter -> {
                if (count > 0) {
                    review.rescue(rejectedAt);
                    overlay = Overlay.NONE;
                    notice = m.get(Text.REVIEW_RESCUED_NOTICE);
                }
            }
            case Escape -> overlay = Overlay.NONE;
            default -> {
                if (ch == 'j') {
                    rejectedAt = Math.min(rejectedAt + 1, Math.max(0, count - 1));
                } else if (ch == 'k') {
                    rejectedAt = Math.max(0, rejectedAt - 1);
                } else if (ch == 'r' || ch == 'q') {
                    overlay = Overlay.NONE;
                }
            }
        }
    }

    private int rejectedPage() {
        return Math.max(1, (bodyRows() - 2) / 2);
    }

    private void changeType() {
        if (review.current().isEmpty()) {
            return;
        }
        if (review.changeType()) {
            notice = m.get(Text.REVIEW_TYPE_CHANGED, m.typeName(review.current().orElseThrow().card().type()));
        } else {
            notice = m.get(Text.REVIEW_ONE_TYPE);
        }
    }

    private void edit() {
        ProposalReview.Item it = review.current().orElse(null);
        if (it == null) {
            return;
        }
        try {
            screen.stopScreen();
            Optional<cuecard.deck.Note> edited;
            try {
                edited = new CardEdit(setup.editor()).edit(it.card(), setup.sources());
            } finally {
                screen.startScreen();
                screen.setCursorPosition(null);
                fullRedraw = true;
            }
            if (edited.isPresent()) {
                review.edited(edited.get());
            } else {
                notice = m.get(Text.REVIEW_EDIT_ABANDONED);
            }
        } catch (IOException | RuntimeException e) {
            notice = m.get(Text.EDIT_FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static char charOf(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() ? k.getCharacter() : 0;
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    private int bodyRows() {
        return Math.max(1, screen.getTerminalSize().getRows() - 4);
    }

    void draw() throws IOException {
        boolean complete = screen.doResizeIfNecessary() != null || fullRedraw;
        fullRedraw = false;
        screen.clear();
        draw(new Canvas(screen.newTextGraphics(), palette));
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    /** Draws the review on a canvas (the deck picker draws it on its own screen). */
    void draw(Canvas c) {
        ReviewView.header(c, review, m);
        int width = c.width() - 2;
        List<Line> body;
        String keys;
        switch (overlay) {
            case HELP -> {
                body = ReviewView.help(m, width);
                keys = "";
            }
            case REJECTED -> {
                body = new java.util.ArrayList<>(List.of(Line.of(m.get(Text.REVIEW_REJECTED, review.rejected().size()),
                        Palette.Role.TITLE), Line.BLANK));
                List<Line> list = ReviewView.rejected(review.rejected(), rejectedAt, m, width);
                int rows = Math.max(1, bodyRows() - 2);
                int selectedRow = rejectedAt * 2;
                if (selectedRow < rejectedTop) {
                    rejectedTop = selectedRow;
                } else if (selectedRow + 1 >= rejectedTop + rows) {
                    rejectedTop = Math.max(0, selectedRow + 2 - rows);
                }
                body.addAll(new TextLayout.Window(list.size(), rows, rejectedTop).visible(list));
                keys = m.get(Text.REVIEW_REJECTED_KEYS);
            }
            default -> {
                body = review.current().map(it -> ReviewView.item(it, setup.deckId(), m, width))
                        .orElseGet(() -> ReviewView.end(review, m, width));
                keys = m.get(review.current().isPresent() ? Text.REVIEW_KEYS : Text.REVIEW_END_KEYS);
            }
        }
        int rows = bodyRows();
        for (int i = 0; i < body.size() && i < rows; i++) {
            Line l = body.get(i);
            c.put(1 + l.indent(), 2 + i, l.text(), l.role());
        }
        if (overlay == Overlay.CONFIRM_QUIT) {
            c.put(1, c.height() - 2, m.get(Text.REVIEW_CONFIRM_QUIT), Palette.Role.WRONG);
        } else {
            c.put(1, c.height() - 2, notice, Palette.Role.DIM);
        }
        c.put(0, c.height() - 1, keys, Palette.Role.KEY);
    }
}
