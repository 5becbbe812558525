package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import cuecard.deck.Deck;
import cuecard.deck.Note;
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

    private enum View { PICKER, STUDY, SUMMARY, STATS, BROWSER, GENERATE }

    private enum Overlay { NONE, HELP, SOURCE, CONFIRM_SUSPEND }

    private final Screen screen;
    private final StudySetup setup;
    private final Messages m;
    private final Palette palette;
    private List<Deck> decks;
    private View view;
    private Overlay overlay = Overlay.NONE;
    private List<DeckOverview> rows = List.of();
    private int selected;
    private StudySession session;
    private final StringBuilder input = new StringBuilder();
    private boolean commandMode;
    private int scroll;
    /** The card's scroll offset while an overlay is shown over it. */
    private int cardScroll;
    private String shownKey = "";
    private String appNotice;
    private boolean done;
    private long drawnSecond = -1;
    private boolean fullRedraw;
    private ProgressViews progressViews;
    private StatsScreen statsScreen;
    private BrowserScreen browserScreen;
    private View back = View.PICKER;
    private ReviewLauncher launcher;
    private GenerateFlow generate;
    /** Deck files that do not load: a picker row each, with its first error, openable in the editor. */
    private List<cuecard.deck.DeckError> broken = List.of();
    /** The decks and title of the last session, for cramming them from its summary. */
    private List<Deck> lastChosen = List.of();
    private String lastTitle = "";

    public StudyApp(Terminal terminal, StudySetup setup) throws IOException {
        this.screen = new TerminalScreen(terminal);
        this.setup = setup;
        this.m = setup.messages();
        this.palette = setup.color() ? Palette.COLOR : Palette.MONO;
        this.decks = setup.decks();
        if (setup.picker()) {
            openPicker();
        } else {
            startSession(decks, setup.settings().title(), setup.settings().mode());
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
        this.broken = List.copyOf(errors);
        if (view == View.PICKER) {
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
        if (view == View.STUDY) {
            session.tick();
            if (session.finished()) {
                view = View.SUMMARY;
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
        return Optional.ofNullable(session);
    }

    // ---- keys --------------------------------------------------------------------------------------------------

    void handle(KeyStroke k) {
        if (view == View.GENERATE) {
            if (!generate.handle(k)) {
                generated();
            }
            return;
        }
        boolean ctrlC = k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c';
        if (k.getKeyType() == KeyType.EOF || ctrlC) {
            if (session != null) {
                session.quit();
            }
            done = true;
            return;
        }
        appNotice = null;
        switch (view) {
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
        back = view;
        if (ch == 't') {
            statsScreen = new StatsScreen(progressViews.statsReport(decks, m));
            view = View.STATS;
        } else {
            browserScreen = new BrowserScreen(new BrowserScreen.Context(() -> progressViews.browser(decks),
                    setup.progress(), setup.clock(), m, this::editFromBrowser));
            view = View.BROWSER;
        }
        return true;
    }

    private void leaveProgressView() {
        statsScreen = null;
        browserScreen = null;
        if (back == View.SUMMARY && session != null) {
            view = View.SUMMARY;
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
            appNotice = m.get(Text.EDIT_FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Opens the editor at a card's line and reloads the decks; a message when that failed, else null. */
    private String editFromBrowser(Path file, int line) {
        DeckReload.Result reloaded = editAndReload(file, line);
        if (reloaded == null || !reloaded.errors().isEmpty()) {
            return reloaded == null ? appNotice : reloaded.errors().get(0);
        }
        decks = reloaded.decks();
        return null;
    }

    private void pickerKey(KeyStroke k) {
        if (overlay != Overlay.NONE) {
            overlay = Overlay.NONE;
            return;
        }
        char ch = Keys.charOf(k);
        if (selected >= rows.size() && (k.getKeyType() == KeyType.Enter || ch == 'e')) {
            editBroken(broken.get(selected - rows.size()));
        } else if (k.getKeyType() == KeyType.ArrowDown || ch == 'j') {
            selected = Math.min(selected + 1, Math.max(0, rows.size() + broken.size() - 1));
        } else if (k.getKeyType() == KeyType.ArrowUp || ch == 'k') {
            selected = Math.max(selected - 1, 0);
        } else if (k.getKeyType() == KeyType.Enter && !rows.isEmpty()) {
            Deck d = decks.get(selected);
            startSession(List.of(d), d.title(), setup.settings().mode());
        } else if (ch == 'a' && !decks.isEmpty()) {
            startSession(decks, m.get(Text.ALL_DECKS), setup.settings().mode());
        } else if (ch == '?') {
            overlay = Overlay.HELP;
        } else if (openProgressView(ch)) {
            return;
        } else if (ch == 'g' && launcher != null) {
            generate = new GenerateFlow(screen, launcher, m);
            view = View.GENERATE;
        } else if (ch == 'q' || k.getKeyType() == KeyType.Escape) {
            done = true;
        }
    }

    /** Back from {@code g} to the picker, with the deck written (if any) in it and chosen. */
    private void generated() {
        fullRedraw = true;
        Deck made = generate.deck().orElse(null);
        appNotice = generate.message();
        if (made != null) {
            List<Deck> now = new ArrayList<>(decks.stream().filter(d -> !d.id().equals(made.id())).toList());
            now.add(made);
            decks = now;
            selected = now.size() - 1;
        }
        generate = null;
        openPicker();
    }

    private void summaryKey(KeyStroke k) {
        char ch = Keys.charOf(k);
        if (ch == 't' && openProgressView(ch)) {
            return;
        }
        if (scrollKey(k)) {
            return;
        }
        if (ch == 'u') {
            session.undo(); // the last action of the session, also from its summary
            if (!session.finished()) {
                view = View.STUDY;
                shownKey = "";
                afterEvent();
            }
            return;
        }
        if (ch == 'c' && SummaryView.offersCram(session.summary().orElseThrow())) {
            startSession(lastChosen, lastTitle, Mode.CRAM);
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
        if (overlay == Overlay.CONFIRM_SUSPEND) {
            overlay = Overlay.NONE;
            if (Keys.charOf(k) == 'y' || Keys.charOf(k) == 'Y') {
                session.suspend();
            }
            afterEvent();
            return;
        }
        if (overlay != Overlay.NONE) {
            if (!scrollKey(k)) { // a long overlay scrolls; any other key closes it
                overlay = Overlay.NONE;
                scroll = cardScroll;
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
        boolean typing = c.card().note() instanceof Note.Typed && c.stage() == Stage.ASKING;
        if (typing && !commandMode) {
            typeKey(k);
            afterEvent();
            return;
        }
        char ch = Keys.charOf(k);
        if (typing && (k.getKeyType() == KeyType.Enter || k.getKeyType() == KeyType.Tab || k.getKeyType() == KeyType.Escape)) {
            commandMode = false;
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
            case Enter -> {
                session.type(input.toString());
                input.setLength(0);
            }
            case Backspace -> {
                if (input.length() > 0) {
                    input.setLength(input.offsetByCodePoints(input.length(), -1));
                }
            }
            case Escape -> commandMode = true;
            case Character -> {
                if (!k.isCtrlDown()) {
                    input.append(k.getCharacter().charValue());
                }
            }
            default -> {
            }
        }
    }

    /** Keys that depend on the card's type and stage; false when the key is not one of them. */
    private boolean stageKey(Current c, KeyStroke k, char ch) {
        boolean enter = k.getKeyType() == KeyType.Enter || ch == ' ';
        Note note = c.card().note();
        switch (c.stage()) {
            case ASKING -> {
                if ((note instanceof Note.Basic || note instanceof Note.Cloze) && enter) {
                    session.reveal();
                } else if (note instanceof Note.Choice && ch >= '1' && ch <= '9') {
                    session.choose(ch - '1');
                } else if (note instanceof Note.TrueFalse && (ch == 't' || ch == 'f')) {
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
                        appNotice = m.get(Text.WRONG_IS_AGAIN); // say why the key did nothing
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
        switch (ch) {
            case 'u' -> {
                input.setLength(0);
                session.undo();
            }
            case 'b' -> session.bury();
            case 's' -> overlay = Overlay.CONFIRM_SUSPEND;
            case 'e' -> edit();
            case 'i' -> openOverlay(Overlay.SOURCE);
            case '?' -> openOverlay(Overlay.HELP);
            case 'q' -> session.quit();
            default -> {
                if (k.getKeyType() == KeyType.Escape) {
                    session.quit();
                }
            }
        }
    }

    private void openOverlay(Overlay o) {
        overlay = o;
        cardScroll = scroll;
        scroll = 0;
    }

    private boolean scrollKey(KeyStroke k) {
        int page = Math.max(1, bodyHeight() - 2);
        switch (k.getKeyType()) {
            case PageDown -> scroll += page;
            case PageUp -> scroll -= page;
            case ArrowDown -> scroll++;
            case ArrowUp -> scroll--;
            default -> {
                return false;
            }
        }
        scroll = Math.max(0, scroll);
        return true;
    }

    private void afterEvent() {
        if (session.finished()) {
            view = View.SUMMARY;
            overlay = Overlay.NONE;
            return;
        }
        Current c = session.current().orElseThrow();
        String key = c.card().key() + "/" + c.stage();
        if (!key.equals(shownKey)) {
            boolean sameCard = shownKey.startsWith(c.card().key() + "/");
            shownKey = key;
            scroll = 0;
            if (c.stage() == Stage.ASKING) {
                commandMode = false;
            } else if (sameCard) {
                List<Line> body = CardView.body(c, "", m, screen.getTerminalSize().getColumns() - 2);
                scroll = CardView.answerOffset(body, visibleRows(body.size()));
            }
        }
    }

    private void edit() {
        Current c = session.current().orElseThrow();
        cuecard.deck.Location at = c.card().note().info().location();
        String problem = editFromBrowser(Path.of(at.file()), at.line());
        if (problem != null) {
            appNotice = problem;
        } else {
            session.reloaded(key -> DeckIndex.card(decks, key));
        }
    }

    /** A deck's title (its id when it has none). */
    String deckTitle(String deckId) {
        return DeckIndex.title(decks, deckId);
    }

    // ---- sessions ----------------------------------------------------------------------------------------------

    private void openPicker() {
        view = View.PICKER;
        session = null;
        scroll = 0;
        Instant now = setup.clock().instant();
        List<DeckOverview> r = new ArrayList<>();
        for (Deck d : decks) {
            DeckOverview row = DeckOverview.of(d, setup.progress(), now, setup.settings());
            if (setup.settings().mode() == Mode.REVIEW) {
                // exactly what Enter gives: the counts of the queue a session on this deck opens
                row = row.withCounts(setup.queue().open(d.cards()).counts(now));
            }
            r.add(row);
        }
        rows = r;
        selected = Math.min(selected, Math.max(0, rows.size() + broken.size() - 1));
    }

    /** Opens a broken deck file at its error in the editor, then reads the decks again. */
    private void editBroken(cuecard.deck.DeckError error) {
        DeckReload.Result again = editAndReload(Path.of(error.location().file()), error.location().line());
        if (again != null) {
            decks = again.decks();
            broken = again.broken();
            openPicker();
        }
    }

    private void startSession(List<Deck> chosen, String title, Mode mode) {
        Instant now = setup.clock().instant();
        lastChosen = chosen;
        lastTitle = title;
        scroll = 0;
        SessionSettings base = setup.settings();
        SessionSettings settings = new SessionSettings(mode, title, base.zone(), base.dayStartHour(),
                base.questions(), base.timeLimit());
        CardSource source = setup.source(chosen, mode, now);
        session = new StudySession(source, setup.progress(), setup.schedulers(), setup.clock(), settings);
        view = View.STUDY;
        shownKey = "";
        input.setLength(0);
        afterEvent();
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    int bodyHeight() {
        return Math.max(1, screen.getTerminalSize().getRows() - 5);
    }

    /** The body rows that show text: one less when the body is longer, for the "▼ more" marker's own row. */
    int visibleRows(int total) {
        int h = bodyHeight();
        return total > h ? Math.max(1, h - 1) : h;
    }

    void draw() throws IOException {
        boolean complete = screen.doResizeIfNecessary() != null || fullRedraw;
        fullRedraw = false;
        screen.clear();
        Canvas c = new Canvas(screen.newTextGraphics(), palette);
        drawnSecond = setup.clock().instant().getEpochSecond();
        switch (view) {
            case PICKER -> {
                if (overlay == Overlay.HELP) {
                    c.bar(0, " " + m.get(Text.APP_TITLE) + " · " + m.get(Text.DECKS), Palette.Role.SELECTED);
                    c.body(Overlays.help(m, c.width() - 2, List.of(m.get(Text.PICKER_KEYS).split("  ")), false));
                } else {
                    PickerView.draw(c, rows, broken, selected, m, setup.settings().zone());
                    if (appNotice != null) {
                        c.put(1, c.height() - 2, appNotice, Palette.Role.DIM);
                    }
                }
            }
            case STUDY -> StudyView.draw(c, this, session, m, overlayLines(c.width()), scroll, input.toString(),
                    commandMode, noticeText(), overlay == Overlay.CONFIRM_SUSPEND);
            case STATS -> statsScreen.draw(c, m);
            case BROWSER -> browserScreen.draw(c);
            case GENERATE -> generate.draw(c);
            case SUMMARY -> {
                StudyView.header(c, session, m);
                scroll = SummaryView.draw(c, session, setup.clock().instant(), m, this::deckTitle, lastChosen.size() > 1,
                        scroll);
            }
        }
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private List<Line> overlayLines(int width) {
        Current cur = session.current().orElse(null);
        return switch (overlay) {
            case HELP -> cur == null ? null
                    : Overlays.help(m, width, StudyView.hints(cur, commandMode, session.settings().mode(), m), true);
            case SOURCE -> cur == null ? null : Overlays.source(cur.card(), decks, m, width);
            default -> null;
        };
    }

    private String noticeText() {
        if (appNotice != null) {
            return appNotice;
        }
        return session.notice().map(n -> StudyView.notice(n, m)).orElse("");
    }

    int scrollClamp(int total) {
        scroll = new cuecard.study.TextLayout.Window(total, visibleRows(total), scroll).offset();
        return scroll;
    }
}
