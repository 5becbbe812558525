package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.schedule.Rating;
import cuecard.study.CardList;
import cuecard.study.CardSource;
import cuecard.study.CramSelection;
import cuecard.study.DeckOverview;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.Mode;
import cuecard.study.SessionSettings;
import cuecard.study.StudySession;
import cuecard.study.StudySession.Current;
import cuecard.study.StudySession.Stage;
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

    private enum View { PICKER, STUDY, SUMMARY, STATS, BROWSER }

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
    private String shownKey = "";
    private String appNotice;
    private boolean done;
    private long drawnSecond = -1;
    private boolean fullRedraw;
    private ProgressViews progressViews;
    private StatsScreen statsScreen;
    private BrowserScreen browserScreen;
    private View back = View.PICKER;

    public StudyApp(Terminal terminal, StudySetup setup) throws IOException {
        this.screen = new TerminalScreen(terminal);
        this.setup = setup;
        this.m = setup.messages();
        this.palette = setup.color() ? Palette.COLOR : Palette.MONO;
        this.decks = setup.decks();
        if (setup.picker()) {
            openPicker();
        } else {
            startSession(decks, setup.settings().title());
        }
    }

    /** Turns on the statistics tab ({@code t}) and the card browser ({@code /}) with their data source. */
    public StudyApp withProgressViews(ProgressViews views) {
        this.progressViews = views;
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

    /** Opens the editor at a card's line and reloads the decks; a message when that failed, else null. */
    private String editFromBrowser(Path file, int line) {
        try {
            screen.stopScreen();
            try {
                setup.editor().edit(file, line);
            } finally {
                screen.startScreen();
                screen.setCursorPosition(null);
                fullRedraw = true;
            }
            DeckReload.Result reloaded = setup.reload().reload();
            if (!reloaded.errors().isEmpty()) {
                return reloaded.errors().get(0);
            }
            decks = reloaded.decks();
            return null;
        } catch (IOException | RuntimeException e) {
            return m.get(Text.EDIT_FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void pickerKey(KeyStroke k) {
        if (overlay != Overlay.NONE) {
            overlay = Overlay.NONE;
            return;
        }
        char ch = charOf(k);
        if (k.getKeyType() == KeyType.ArrowDown || ch == 'j') {
            selected = Math.min(selected + 1, Math.max(0, rows.size() - 1));
        } else if (k.getKeyType() == KeyType.ArrowUp || ch == 'k') {
            selected = Math.max(selected - 1, 0);
        } else if (k.getKeyType() == KeyType.Enter && !rows.isEmpty()) {
            Deck d = decks.get(selected);
            startSession(List.of(d), d.title());
        } else if (ch == 'a' && !decks.isEmpty()) {
            startSession(decks, m.get(Text.ALL_DECKS));
        } else if (ch == '?') {
            overlay = Overlay.HELP;
        } else if (openProgressView(ch)) {
            return;
        } else if (ch == 'q' || k.getKeyType() == KeyType.Escape) {
            done = true;
        }
    }

    private void summaryKey(KeyStroke k) {
        char ch = charOf(k);
        if (ch == 't' && openProgressView(ch)) {
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
            if (charOf(k) == 'y' || charOf(k) == 'Y') {
                session.suspend();
            }
            afterEvent();
            return;
        }
        if (overlay != Overlay.NONE) {
            overlay = Overlay.NONE;
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
        char ch = charOf(k);
        if (typing && (k.getKeyType() == KeyType.Enter || k.getKeyType() == KeyType.Tab)) {
            commandMode = false;
            return;
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
            case 'i' -> overlay = Overlay.SOURCE;
            case '?' -> overlay = Overlay.HELP;
            case 'q' -> session.quit();
            default -> {
                if (k.getKeyType() == KeyType.Escape) {
                    session.quit();
                }
            }
        }
    }

    private boolean scrollKey(KeyStroke k) {
        int page = Math.max(1, bodyHeight() - 1);
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
            shownKey = key;
            scroll = 0;
            if (c.stage() == Stage.ASKING) {
                commandMode = false;
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
            session.reloaded(this::find);
        }
    }

    /** A deck's title (its id when it has none). */
    String deckTitle(String deckId) {
        for (Deck d : decks) {
            if (d.id().equals(deckId)) {
                return d.title() == null || d.title().isBlank() ? d.id() : d.title();
            }
        }
        return deckId;
    }

    private Optional<Card> find(CardKey key) {
        for (Deck d : decks) {
            if (d.id().equals(key.deckId())) {
                return d.cards().stream().filter(c -> c.key().equals(key)).findFirst();
            }
        }
        return Optional.empty();
    }

    private static char charOf(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() ? k.getCharacter() : 0;
    }

    // ---- sessions ----------------------------------------------------------------------------------------------

    private void openPicker() {
        view = View.PICKER;
        session = null;
        Instant now = setup.clock().instant();
        List<DeckOverview> r = new ArrayList<>();
        for (Deck d : decks) {
            r.add(DeckOverview.of(d, setup.progress(), now, setup.settings()));
        }
        rows = r;
        selected = Math.min(selected, Math.max(0, rows.size() - 1));
    }

    private void startSession(List<Deck> chosen, String title) {
        Instant now = setup.clock().instant();
        List<Card> cards = new ArrayList<>();
        for (Deck d : chosen) {
            cards.addAll(d.cards());
        }
        SessionSettings base = setup.settings();
        SessionSettings settings = new SessionSettings(base.mode(), title, base.zone(), base.dayStartHour(),
                base.questions(), base.timeLimit());
        CardSource source;
        if (base.mode() == Mode.REVIEW) {
            source = setup.queue().open(cards);
        } else {
            List<Card> picked = setup.cram().select(cards, setup.progress(), now);
            source = base.mode() == Mode.EXAM
                    ? new CardList(CramSelection.exam(picked, base.questions(), now.toEpochMilli()))
                    : new CardList(picked, true);
        }
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
                    drawBody(c, Overlays.help(m, c.width() - 2));
                } else {
                    PickerView.draw(c, rows, selected, m, setup.settings().zone());
                }
            }
            case STUDY -> StudyView.draw(c, this, session, m, overlayLines(c.width()), scroll, input.toString(),
                    commandMode, noticeText(), overlay == Overlay.CONFIRM_SUSPEND);
            case STATS -> statsScreen.draw(c, m);
            case BROWSER -> browserScreen.draw(c);
            case SUMMARY -> {
                StudyView.header(c, session, m);
                drawBody(c, SummaryView.lines(session.summary().orElseThrow(),
                        session.notice().orElse(null) == StudySession.Notice.TIME_UP, setup.clock().instant(), m));
                c.put(0, c.height() - 1, m.get(Text.SUMMARY_KEYS), Palette.Role.KEY);
            }
        }
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private void drawBody(Canvas c, List<Line> lines) {
        for (int i = 0; i < lines.size() && 2 + i < c.height() - 1; i++) {
            c.line(2 + i, lines.get(i));
        }
    }

    private List<Line> overlayLines(int width) {
        Current cur = session.current().orElse(null);
        return switch (overlay) {
            case HELP -> Overlays.help(m, width);
            case SOURCE -> cur == null ? null : Overlays.source(cur.card(), decks, m, width);
            default -> null;
        };
    }

    private String noticeText() {
        if (appNotice != null) {
            return appNotice;
        }
        return session.notice().map(n -> m.get(switch (n) {
            case UNDONE -> Text.UNDONE;
            case NOTHING_TO_UNDO -> Text.NOTHING_TO_UNDO;
            case BURIED -> Text.BURIED;
            case SUSPENDED -> Text.SUSPENDED;
            case STALE -> Text.STALE;
            case TIME_UP -> Text.TIME_UP;
            case EDITED -> Text.EDITED;
            case GONE -> Text.GONE;
            case LEECH -> Text.LEECH;
        })).orElse("");
    }

    int scrollClamp(int total) {
        scroll = new cuecard.study.TextLayout.Window(total, bodyHeight(), scroll).offset();
        return scroll;
    }
}
