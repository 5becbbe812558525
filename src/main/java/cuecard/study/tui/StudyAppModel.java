package cuecard.study.tui;

import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.study.DeckOverview;
import cuecard.study.StudySession;
import cuecard.study.TextLayout;
import java.util.List;

/**
 * What the study program shows, apart from the session itself: which screen and overlay are open, the picker's rows
 * and selection, the typed answer, the scroll offset and the notice. {@link StudyApp} (the controller) changes it
 * on keys; the views only read it, so drawing never moves the scroll or anything else. Knows nothing of Lanterna.
 */
final class StudyAppModel {

    enum View { PICKER, STUDY, SUMMARY, STATS, BROWSER, GENERATE }

    enum Overlay { NONE, HELP, SOURCE, CONFIRM_SUSPEND }

    private List<Deck> decks;
    private View view = View.PICKER;
    private View back = View.PICKER;
    private Overlay overlay = Overlay.NONE;
    private List<DeckOverview> rows = List.of();
    /** Deck files that do not load: a picker row each after the decks, with its first error. */
    private List<DeckError> broken = List.of();
    private int selected;
    private StudySession session;
    private final StringBuilder input = new StringBuilder();
    private boolean commandMode;
    private int scroll;
    /** The card's scroll offset while an overlay is shown over it. */
    private int cardScroll;
    /** The card and stage last shown, so a new one starts at the top (or at its answer). */
    private String shownKey = "";
    private String notice;
    /** The decks and title of the last session, for cramming them from its summary. */
    private List<Deck> lastChosen = List.of();
    private String lastTitle = "";

    StudyAppModel(List<Deck> decks) {
        this.decks = List.copyOf(decks);
    }

    // ---- what the views read ------------------------------------------------------------------------------------

    List<Deck> decks() {
        return decks;
    }

    View view() {
        return view;
    }

    View back() {
        return back;
    }

    Overlay overlay() {
        return overlay;
    }

    List<DeckOverview> rows() {
        return rows;
    }

    List<DeckError> broken() {
        return broken;
    }

    int selected() {
        return selected;
    }

    /** The session open (studying or its summary); null in the picker. */
    StudySession session() {
        return session;
    }

    String input() {
        return input.toString();
    }

    boolean commandMode() {
        return commandMode;
    }

    int scroll() {
        return scroll;
    }

    String shownKey() {
        return shownKey;
    }

    /** The program's own notice (an editor that failed, a generated deck), over the session's; null for none. */
    String notice() {
        return notice;
    }

    List<Deck> lastChosen() {
        return lastChosen;
    }

    String lastTitle() {
        return lastTitle;
    }

    /** A deck's title (its id when it has none). */
    String deckTitle(String deckId) {
        return DeckIndex.title(decks, deckId);
    }

    /** Whether the selected picker row is a broken deck file. */
    boolean brokenSelected() {
        return selected >= rows.size();
    }

    // ---- what the controller changes -------------------------------------------------------------------------

    void decks(List<Deck> now) {
        decks = List.copyOf(now);
    }

    void broken(List<DeckError> errors) {
        broken = List.copyOf(errors);
    }

    void show(View v) {
        view = v;
    }

    /** Opens the statistics or the browser over the current screen, to come back to it. */
    void openProgressView(View v) {
        back = view;
        view = v;
    }

    void notice(String text) {
        notice = text;
    }

    /** The picker, with these rows; the selection stays on its row when it still exists. */
    void picker(List<DeckOverview> overview) {
        view = View.PICKER;
        session = null;
        scroll = 0;
        rows = List.copyOf(overview);
        selected = Math.min(selected, Math.max(0, rows.size() + broken.size() - 1));
    }

    void select(int index) {
        selected = Math.max(0, Math.min(index, Math.max(0, rows.size() + broken.size() - 1)));
    }

    /** A new session on these decks: the study screen, at the top, nothing typed. */
    void session(StudySession s, List<Deck> chosen, String title) {
        session = s;
        lastChosen = List.copyOf(chosen);
        lastTitle = title;
        view = View.STUDY;
        scroll = 0;
        shownKey = "";
        input.setLength(0);
    }

    /** Back from the summary to the session after an undo: the card is shown afresh. */
    void resumeStudy() {
        view = View.STUDY;
        shownKey = "";
    }

    /** The session's summary, from its top. */
    void summary() {
        view = View.SUMMARY;
        overlay = Overlay.NONE;
        scroll = 0;
    }

    void overlay(Overlay o) {
        overlay = o;
    }

    /** Opens an overlay over the card, which keeps its scroll offset for when the overlay closes. */
    void openOverlay(Overlay o) {
        overlay = o;
        cardScroll = scroll;
        scroll = 0;
    }

    void closeOverlay() {
        overlay = Overlay.NONE;
        scroll = cardScroll;
    }

    /** Scrolls by {@code lines} within a body of {@code total} lines of which {@code visible} show. */
    void scrollBy(int lines, int total, int visible) {
        scroll = new TextLayout.Window(total, visible, scroll + lines).offset();
    }

    /** A new card or stage was shown: top of the body, or {@code offset} (an answer brought into view). */
    void shown(String key, int offset) {
        shownKey = key;
        scroll = offset;
    }

    void commandMode(boolean on) {
        commandMode = on;
    }

    void type(char ch) {
        input.append(ch);
    }

    void backspace() {
        if (input.length() > 0) {
            input.setLength(input.offsetByCodePoints(input.length(), -1));
        }
    }

    /** The typed answer, emptied. */
    String takeInput() {
        String s = input.toString();
        input.setLength(0);
        return s;
    }
}
