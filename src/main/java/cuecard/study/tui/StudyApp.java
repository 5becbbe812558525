package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import cuecard.deck.Deck;
import cuecard.review.AnswerKind;
import cuecard.review.CardSource;
import cuecard.review.Mode;
import cuecard.review.Rating;
import cuecard.study.DeckOverview;
import cuecard.study.Messages.Text;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import cuecard.study.StudySession.Current;
import cuecard.study.StudySession.Stage;
import cuecard.study.StudySession;
import cuecard.study.tui.StudyAppModel.Overlay;
import cuecard.study.tui.StudyAppModel.View;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * The study program on a terminal: the deck picker, study sessions and their summaries. The controller part:
 * keys become events on the {@link StudySession} model, then the views draw the screen. Takes its terminal in the
 * constructor so tests can pass a virtual one, feed keys and read the screen.
 */
public final class StudyApp {

    private final Screen screen;
    private final StudySetup setup;
    private final Messages m;
    private final Palette palette;
    private final StudyAppModel model;
    private boolean done;
    private long drawnSecond = -1;
    private boolean fullRedraw;
    private ProgressViews progressViews;
    private StatsScreen statsScreen;
    private BrowserScreen browserScreen;
    private ReviewLauncher launcher;
    private GenerateFlow generate;

    public StudyApp(Terminal terminal, StudySetup setup) throws IOException {
        this.screen = new TerminalScreen(terminal);
        this.setup = setup;
        this.m = setup.messages();
        this.palette = setup.color() ? Palette.COLOR : Palette.MONO;
        this.model = new StudyAppModel(setup.decks());
        if (setup.picker()) {
            openPicker();
        } else {
            startSession(model.decks(), setup.settings().title(), setup.settings().mode());
        }
    }

    /** Turns on the statistics tab ({@code t}) and the card browser ({@code /}) with their data source. */
    public StudyApp withProgressViews(ProgressViews views) {
        this.progressViews = views;
        return this;
    }

    /** Turns on the picker's {@code g}: a transcript's proposed cards reviewed into a deck. */
    public StudyApp withGenerator(ReviewLauncher launcher) {
        this.launcher = launcher;
        return this;
    }

    /** Shows deck files that do not load as picker rows with their error (file:line), instead of leaving them out. */
    public StudyApp withBrokenDecks(List<cuecard.deck.DeckError> errors) {
        model.broken(errors);
        if (model.view() == View.PICKER) {
            openPicker();
        }
        return this;
    }

    /** Runs until the learner quits: reads keys, redraws after each, and keeps the clock in the header moving. */
    public void run() throws IOException, InterruptedException {
        start();
        try {
            while (!done) {
                KeyStroke k = screen.pollInput();
                if (k != null) {
                    handle(k);
                    draw();
                } else {
                    Thread.sleep(40);
                    tick();
                }
            }
        } finally {
            screen.stopScreen();
        }
    }

    /** Takes over the terminal and draws the first screen ({@link #run} does this itself). */
    public void start() throws IOException {
        screen.startScreen();
        screen.setCursorPosition(null);
        draw();
    }

    /** Handles every key waiting on the terminal, then draws (what tests and benchmarks call after feeding keys). */
    public void processInput() throws IOException {
        KeyStroke k;
        while (!done && (k = screen.pollInput()) != null) {
            handle(k);
        }
        draw();
    }

    /** Ends a timed exam when its time is up and redraws when the clock in the header shows a new second. */
    void tick() throws IOException {
        if (model.view() == View.STUDY) {
            model.session().tick();
            if (model.session().finished()) {
                model.summary();
            }
        }
        long second = setup.clock().instant().getEpochSecond();
        if (screen.doResizeIfNecessary() != null) {
            fullRedraw = true;
        }
        if (fullRedraw || second != drawnSecond) {
            draw();
        }
    }

    boolean done() {
        return done;
    }

    Optional<StudySession> session() {
        return Optional.ofNullable(model.session());
    }

    // ---- keys --------------------------------------------------------------------------------------------------

    void handle(KeyStroke k) {
        if (model.view() == View.GENERATE) {
            if (!generate.handle(k)) {
                generated();
            }
            return;
        }
        boolean ctrlC = k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c';
        if (k.getKeyType() == KeyType.EOF || ctrlC) {
            if (model.session() != null) {
                model.session().quit();
            }
            done = true;
            return;
        }
        model.notice(null);
        switch (model.view()) {
            case PICKER -> pickerKey(k);
            case STUDY -> studyKey(k);
            case SUMMARY -> summaryKey(k);
            case STATS -> {
                if (!statsScreen.handle(k, screen.getTerminalSize().getRows() - 3)) {
                    leaveProgressView();
                }
            }
            case BROWSER -> {
                if (!browserScreen.handle(k, Math.max(1, screen.getTerminalSize().getRows() - 6))) {
                    leaveProgressView();
                }
            }
        }
    }

    private boolean openProgressView(char ch) {
        if (progressViews == null || (ch != 't' && ch != '/')) {
            return false;
        }
        if (ch == 't') {
            statsScreen = new StatsScreen(progressViews.statsReport(model.decks(), m));
            model.openProgressView(View.STATS);
        } else {
            browserScreen = new BrowserScreen(new BrowserScreen.Context(() -> progressViews.browser(model.decks()),
                    setup.progress(), setup.clock(), m, this::editFromBrowser));
            model.openProgressView(View.BROWSER);
        }
        return true;
    }

    private void leaveProgressView() {
        statsScreen = null;
        browserScreen = null;
        if (model.back() == View.SUMMARY && model.session() != null) {
            model.show(View.SUMMARY);
        } else {
            openPicker();
        }
    }

    /** Opens the editor at a line (the screen suspended meanwhile) and reads the decks again; null when it failed. */
    private DeckReload.Result editAndReload(Path file, int line) {
        try {
            screen.stopScreen();
            try {
                setup.editor().edit(file, line);
            } finally {
                screen.startScreen();
                screen.setCursorPosition(null);
                fullRedraw = true;
            }
            return setup.reload().reload();
        } catch (IOException | RuntimeException e) {
            model.notice(m.get(Text.EDIT_FAILED, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Opens the editor at a card's line and reloads the decks; a message when that failed, else null. */
    private String editFromBrowser(Path file, int line) {
        DeckReload.Result reloaded = editAndReload(file, line);
        if (reloaded == null || !reloaded.errors().isEmpty()) {
            return reloaded == null ? model.notice() : reloaded.errors().get(0);
        }
        model.decks(reloaded.decks());
        return null;
    }

    private void pickerKey(KeyStroke k) {
        if (model.overlay() != Overlay.NONE) {
            model.overlay(Overlay.NONE);
            return;
        }
        char ch = Keys.charOf(k);
        List<Deck> decks = model.decks();
        if (model.brokenSelected() && (k.getKeyType() == KeyType.Enter || ch == 'e')) {
            editBroken(model.broken().get(model.selected() - model.rows().size()));
        } else if (k.getKeyType() == KeyType.ArrowDown || ch == 'j') {
            model.select(model.selected() + 1);
        } else if (k.getKeyType() == KeyType.ArrowUp || ch == 'k') {
            model.select(model.selected() - 1);
        } else if (k.getKeyType() == KeyType.Enter && !model.rows().isEmpty()) {
            Deck d = decks.get(model.selected());
            startSession(List.of(d), d.title(), setup.settings().mode());
        } else if (ch == 'a' && !decks.isEmpty()) {
            startSession(decks, m.get(Text.ALL_DECKS), setup.settings().mode());
        } else if (ch == '?') {
            model.overlay(Overlay.HELP);
        } else if (openProgressView(ch)) {
            return;
        } else if (ch == 'g' && launcher != null) {
            generate = new GenerateFlow(screen, launcher, m);
            model.show(View.GENERATE);
        } else if (ch == 'q' || k.getKeyType() == KeyType.Escape) {
            done = true;
        }
    }

    /** Back from {@code g} to the picker, with the deck written (if any) in it and chosen. */
    private void generated() {
        fullRedraw = true;
        Deck made = generate.deck().orElse(null);
        model.notice(generate.message());
        if (made != null) {
            List<Deck> now = new ArrayList<>(model.decks().stream().filter(d -> !d.id().equals(made.id())).toList());
            now.add(made);
            model.decks(now);
            generate = null;
            openPicker();
            model.select(now.size() - 1);
            return;
        }
        generate = null;
        openPicker();
    }

    private void summaryKey(KeyStroke k) {
        char ch = Keys.charOf(k);
        StudySession session = model.session();
        if (ch == 't' && openProgressView(ch)) {
            return;
        }
        if (scrollKey(k)) {
            return;
        }
        if (ch == 'u') {
            session.undo(); // the last action of the session, also from its summary
            if (!session.finished()) {
                model.resumeStudy();
                afterEvent();
            }
            return;
        }
        if (ch == 'c' && SummaryView.offersCram(session.summary().orElseThrow())) {
            startSession(model.lastChosen(), model.lastTitle(), Mode.CRAM);
            return;
        }
        if (k.getKeyType() == KeyType.Enter || k.getKeyType() == KeyType.Escape || ch == 'q' || ch == ' ') {
            if (setup.picker()) {
                openPicker();
            } else {
                done = true;
            }
        }
    }

    private void studyKey(KeyStroke k) {
        StudySession session = model.session();
        if (model.overlay() == Overlay.CONFIRM_SUSPEND) {
            model.overlay(Overlay.NONE);
            if (Keys.charOf(k) == 'y' || Keys.charOf(k) == 'Y') {
                session.suspend();
            }
            afterEvent();
            return;
        }
        if (model.overlay() != Overlay.NONE) {
            if (!scrollKey(k)) { // a long overlay scrolls; any other key closes it
                model.closeOverlay();
            }
            return;
        }
        Current c = session.current().orElse(null);
        if (c == null) {
            afterEvent();
            return;
        }
        if (scrollKey(k)) {
            return;
        }
        boolean typing = AnswerKind.of(c.card().type()) == AnswerKind.TYPED && c.stage() == Stage.ASKING;
        if (typing && !model.commandMode()) {
            typeKey(k);
            afterEvent();
            return;
        }
        char ch = Keys.charOf(k);
        if (typing && (k.getKeyType() == KeyType.Enter || k.getKeyType() == KeyType.Tab || k.getKeyType() == KeyType.Escape)) {
            model.commandMode(false);
            return;
        }
        if (c.stage() == Stage.FEEDBACK && k.getKeyType() == KeyType.Escape) {
            return; // after typing, Esc leaves the input: it never ends the session
        }
        if (!stageKey(c, k, ch)) {
            commonKey(ch, k);
        }
        afterEvent();
    }

    private void typeKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case Enter -> model.session().type(model.takeInput());
            case Backspace -> model.backspace();
            case Escape -> model.commandMode(true);
            case Character -> {
                if (!k.isCtrlDown()) {
                    model.type(k.getCharacter());
                }
            }
            default -> {
            }
        }
    }

    /** Keys that depend on the card's type and stage; false when the key is not one of them. */
    private boolean stageKey(Current c, KeyStroke k, char ch) {
        StudySession session = model.session();
        boolean enter = k.getKeyType() == KeyType.Enter || ch == ' ';
        AnswerKind kind = AnswerKind.of(c.card().type());
        switch (c.stage()) {
            case ASKING -> {
                if (kind == AnswerKind.SELF && enter) {
                    session.reveal();
                } else if (kind == AnswerKind.CHOICE && ch >= '1' && ch <= '9') {
                    session.choose(ch - '1');
                } else if (kind == AnswerKind.TRUE_FALSE && (ch == 't' || ch == 'f')) {
                    session.answer(ch == 't');
                } else {
                    return false;
                }
                return true;
            }
            case REVEALED -> {
                if (ch >= '1' && ch <= '4') {
                    session.rate(Rating.of(ch - '0'));
                    return true;
                }
                return false;
            }
            default -> {
                if (enter) {
                    session.proceed();
                } else if (ch >= '1' && ch <= '4') {
                    session.rate(Rating.of(ch - '0'));
                    if (ch > '1' && !c.feedback().correct() && session.settings().mode() != Mode.EXAM) {
                        model.notice(m.get(Text.WRONG_IS_AGAIN)); // say why the key did nothing
                    }
                } else if (ch == 'o') {
                    session.overrule();
                } else {
                    return false;
                }
                return true;
            }
        }
    }

    private void commonKey(char ch, KeyStroke k) {
        StudySession session = model.session();
        switch (ch) {
            case 'u' -> {
                model.takeInput();
                session.undo();
            }
            case 'b' -> session.bury();
            case 's' -> model.overlay(Overlay.CONFIRM_SUSPEND);
            case 'e' -> edit();
            case 'i' -> model.openOverlay(Overlay.SOURCE);
            case '?' -> model.openOverlay(Overlay.HELP);
            case 'q' -> session.quit();
            default -> {
                if (k.getKeyType() == KeyType.Escape) {
                    session.quit();
                }
            }
        }
    }

    /** Scrolls the card, an overlay or the summary; the offset stays within what there is to show. */
    private boolean scrollKey(KeyStroke k) {
        int rows = screen.getTerminalSize().getRows();
        int page = Math.max(1, StudyAppView.bodyHeight(rows) - 2);
        int lines;
        switch (k.getKeyType()) {
            case PageDown -> lines = page;
            case PageUp -> lines = -page;
            case ArrowDown -> lines = 1;
            case ArrowUp -> lines = -1;
            default -> {
                return false;
            }
        }
        int total = StudyAppView.body(model, m, screen.getTerminalSize().getColumns(), setup.clock().instant()).size();
        model.scrollBy(lines, total, model.view() == View.SUMMARY ? StudyAppView.summaryRows(rows)
                : StudyAppView.visibleRows(total, rows));
        return true;
    }

    private void afterEvent() {
        StudySession session = model.session();
        if (session.finished()) {
            model.summary();
            return;
        }
        Current c = session.current().orElseThrow();
        String key = c.card().key() + "/" + c.stage();
        String shown = model.shownKey();
        if (!key.equals(shown)) {
            int offset = 0;
            if (c.stage() == Stage.ASKING) {
                model.commandMode(false);
            } else if (shown.startsWith(c.card().key() + "/")) {
                List<Line> body = CardView.body(c, "", m, screen.getTerminalSize().getColumns() - 2);
                offset = CardView.answerOffset(body, StudyAppView.visibleRows(body.size(),
                        screen.getTerminalSize().getRows()));
            }
            model.shown(key, offset);
        }
    }

    private void edit() {
        Current c = model.session().current().orElseThrow();
        cuecard.deck.Location at = c.card().note().info().location();
        String problem = editFromBrowser(Path.of(at.file()), at.line());
        if (problem != null) {
            model.notice(problem);
        } else {
            model.session().reloaded(key -> DeckIndex.card(model.decks(), key));
        }
    }

    // ---- sessions ----------------------------------------------------------------------------------------------

    private void openPicker() {
        Instant now = setup.clock().instant();
        List<DeckOverview> r = new ArrayList<>();
        for (Deck d : model.decks()) {
            DeckOverview row = DeckOverview.of(d, setup.progress(), now, setup.settings());
            if (setup.settings().mode() == Mode.REVIEW) {
                // exactly what Enter gives: the counts of the queue a session on this deck opens
                row = row.withCounts(setup.queue().open(d.cards()).counts(now));
            }
            r.add(row);
        }
        model.picker(r);
    }

    /** Opens a broken deck file at its error in the editor, then reads the decks again. */
    private void editBroken(cuecard.deck.DeckError error) {
        DeckReload.Result again = editAndReload(Path.of(error.location().file()), error.location().line());
        if (again != null) {
            model.decks(again.decks());
            model.broken(again.broken());
            openPicker();
        }
    }

    private void startSession(List<Deck> chosen, String title, Mode mode) {
        Instant now = setup.clock().instant();
        SessionSettings settings = setup.settings().withMode(mode).withTitle(title);
        CardSource source = setup.source(chosen, mode, now);
        model.session(new StudySession(source, setup.progress(), setup.schedulers(), setup.clock(), settings),
                chosen, title);
        afterEvent();
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    void draw() throws IOException {
        boolean complete = screen.doResizeIfNecessary() != null || fullRedraw;
        fullRedraw = false;
        screen.clear();
        Canvas c = new Canvas(screen.newTextGraphics(), palette);
        Instant now = setup.clock().instant();
        drawnSecond = now.getEpochSecond();
        switch (model.view()) {
            case STATS -> statsScreen.draw(c, m);
            case BROWSER -> browserScreen.draw(c);
            case GENERATE -> generate.draw(c);
            default -> StudyAppView.draw(c, model, m, setup.settings().zone(), now);
        }
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }
}
