package cuecard.study.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import cuecard.deck.Deck;
import cuecard.study.Messages;
import cuecard.study.Messages.Text;
import cuecard.study.TextLayout;
import java.util.List;
import java.util.Optional;

/**
 * The deck picker's {@code g}: asks for a transcript (file names complete with Tab) and the deck file to write, runs
 * the review of the generator's proposals on the picker's screen, and writes what it decided.
 */
final class GenerateFlow {

    private enum Stage { TRANSCRIPT, DECK, REVIEW }

    private final Screen screen;
    private final ReviewLauncher launcher;
    private final Messages m;
    private Stage stage = Stage.TRANSCRIPT;
    private final StringBuilder field = new StringBuilder();
    private String transcript;
    private List<String> choices = List.of();
    private String problem = "";
    private ReviewLauncher.Prepared prepared;
    private ReviewApp review;
    private Deck deck;
    private String message;

    GenerateFlow(Screen screen, ReviewLauncher launcher, Messages m) {
        this.screen = screen;
        this.launcher = launcher;
        this.m = m;
    }

    /** The deck written, if one was. */
    Optional<Deck> deck() {
        return Optional.ofNullable(deck);
    }

    /** What was done (or why not), for the picker's notice line; null when the learner cancelled. */
    String message() {
        return message;
    }

    /** Handles a key; false once the flow is over. */
    boolean handle(KeyStroke k) {
        if (stage == Stage.REVIEW) {
            review.handle(k);
            return review.outcome().map(this::finish).orElse(true);
        }
        problem = "";
        switch (k.getKeyType()) {
            case Escape, EOF -> {
                return false;
            }
            case Backspace -> {
                if (field.length() > 0) {
                    field.setLength(field.offsetByCodePoints(field.length(), -1));
                }
            }
            case Tab -> complete();
            case Enter -> {
                return enter();
            }
            case Character -> {
                if (k.isCtrlDown()) {
                    return k.getCharacter() != 'c';
                }
                field.append(k.getCharacter().charValue());
                choices = List.of();
            }
            default -> {
            }
        }
        return true;
    }

    private void complete() {
        List<String> found = launcher.complete(field.toString());
        if (found.isEmpty()) {
            choices = List.of();
            return;
        }
        String common = found.get(0);
        for (String f : found) {
            int i = 0;
            while (i < common.length() && i < f.length() && common.charAt(i) == f.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        if (common.length() > field.length()) {
            field.setLength(0);
            field.append(common);
        }
        choices = found.size() > 1 ? found : List.of();
    }

    private boolean enter() {
        String value = field.toString().strip();
        if (value.isEmpty()) {
            return true;
        }
        choices = List.of();
        if (stage == Stage.TRANSCRIPT) {
            transcript = value;
            stage = Stage.DECK;
            field.setLength(0);
            field.append(launcher.defaultDeck(value));
            return true;
        }
        try {
            prepared = launcher.prepare(transcript, value);
            review = new ReviewApp(screen, prepared.setup());
            stage = Stage.REVIEW;
        } catch (ReviewLauncher.Failed e) {
            problem = m.get(Text.GENERATE_FAILED, e.getMessage());
        }
        return true;
    }

    private boolean finish(ReviewApp.Outcome outcome) {
        if (outcome == ReviewApp.Outcome.WRITE) {
            try {
                ReviewLauncher.Written w = prepared.write();
                deck = w.deck();
                message = m.get(Text.GENERATE_WROTE, m.count(Text.N_CARDS, w.added()), w.file());
            } catch (ReviewLauncher.Failed e) {
                message = m.get(Text.GENERATE_FAILED, e.getMessage());
            }
        }
        return false;
    }

    void draw(Canvas c) {
        if (stage == Stage.REVIEW) {
            review.draw(c);
            return;
        }
        c.bar(0, " " + m.get(Text.APP_TITLE) + " · " + m.get(Text.REVIEW_TITLE), Palette.Role.SELECTED);
        int row = 2;
        if (transcript != null) {
            c.put(1, row++, m.get(Text.GENERATE_TRANSCRIPT) + transcript, Palette.Role.DIM);
        }
        String label = m.get(stage == Stage.TRANSCRIPT ? Text.GENERATE_TRANSCRIPT : Text.GENERATE_DECK);
        int room = Math.max(1, c.width() - 2 - TextLayout.width(label) - 1);
        String shown = field.toString();
        while (TextLayout.width(shown) > room) {
            shown = shown.substring(shown.offsetByCodePoints(0, 1));
        }
        c.put(1, row++, label + shown + "█", Palette.Role.PLAIN);
        row++;
        for (int i = 0; i < choices.size() && row < c.height() - 2; i++) {
            c.put(3, row++, choices.get(i), Palette.Role.DIM);
        }
        c.put(1, c.height() - 2, problem, Palette.Role.WRONG);
        c.put(0, c.height() - 1, m.get(Text.GENERATE_KEYS), Palette.Role.KEY);
    }
}
