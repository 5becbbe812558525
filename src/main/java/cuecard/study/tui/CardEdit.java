package cuecard.study.tui;

import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.Source;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import cuecard.deckfile.EditedCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits one card in the learner's editor, checked as {@code cuecard edit} checks a deck: while the copy has errors
 * the editor reopens with them on top; quitting without a change (or emptying the copy) gives up.
 */
final class CardEdit {

    static final String INTRO = "# cuecard: edit this card, then save and quit. Quit without saving, or empty the file, to leave it as it was.";

    private final EditorLaunch editor;

    CardEdit(EditorLaunch editor) {
        this.editor = editor;
    }

    /** The card as edited and valid, or empty when the learner gave up. */
    Optional<Note> edit(Note card, List<Source> sources) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cuecard-card-");
        Path copy = dir.resolve("card.yaml");
        try {
            String content = INTRO + "\ncards:\n" + DeckYaml.card(card, 2, 4) + "\n";
            EditedCopy.Outcome<Note> outcome = EditedCopy.edit(copy, content, List.of(), 3, editor::edit,
                    n -> cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_ERRORS, n), edited -> {
                        Check check = check(edited, copy.toString(), sources);
                        return new EditedCopy.Checked<>(check.card(), check.errors());
                    });
            return Optional.ofNullable(outcome.value());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The one card of the edited text, or its errors (at their lines in the copy). */
    record Check(Note card, List<DeckError> errors) {
    }

    static Check check(String edited, String name, List<Source> sources) {
        // the deck's id and sources come after the card, so the errors' lines are the copy's own
        StringBuilder deck = new StringBuilder(edited.endsWith("\n") ? edited : edited + "\n");
        deck.append("deck: review-card\n");
        if (!sources.isEmpty()) {
            deck.append("sources:\n");
            for (Source s : sources) {
                deck.append("  - id: ").append(DeckYaml.scalar(s.id())).append('\n');
            }
        }
        DeckResult result = DeckLoader.parse(deck.toString(), name);
        List<DeckError> errors = new ArrayList<>(result.problems().stream().filter(DeckError::isError).toList());
        if (errors.isEmpty() && result instanceof DeckResult.Ok ok) {
            if (ok.deck().notes().size() == 1) {
                return new Check(ok.deck().notes().get(0), List.of());
            }
            errors.add(DeckError.error(new Location(name, 2, 1), "keep exactly one card under `cards:`, not "
                    + ok.deck().notes().size()));
        }
        return new Check(null, errors);
    }
}
