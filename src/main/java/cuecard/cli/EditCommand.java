package cuecard.cli;

import cuecard.deck.Card;
import cuecard.deck.CardIds;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.EditedCopy;
import cuecard.study.Messages;
import cuecard.study.tui.EditorLaunch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cuecard edit DECK.yaml}: edits a copy in the user's editor, reopening it with the errors on top until it
 * loads or the user gives up, then replaces the deck atomically.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Edit a deck in $VISUAL or $EDITOR (else vi). The copy is checked when you save and quit; while "
            + "it has errors the editor reopens with them as comments at the top. Quit without changes (or "
            + "empty the file) to give up: the deck is then left untouched.",
        footer = {"", "Exit codes: 0 saved or nothing changed, 1 the editor failed, 2 usage (no such card, no editor),",
            "3 the deck is missing, unreadable, or changed on disk meanwhile."})
public final class EditCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", description = "The deck file, or the id of a deck in the deck folders.")
    Path file;

    @Option(names = "--card", paramLabel = "ID", description = "Open at this card (its id, a sibling's id or deck/id).")
    String card;

    private final Environment env;

    EditCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        file = DeckSelection.file(env, dataDir.resolve(env), UserConfig.load(env), file);
        String original = DeckInput.text(file);
        DeckResult first = DeckLoader.parse(original, file.toString());
        int line = card == null ? 0 : lineOf(first, card);
        List<String> editor = editor();
        Path dir = Files.createTempDirectory("cuecard-edit-");
        Path copy = dir.resolve(file.getFileName().toString());
        boolean keepCopy = false;
        try {
            EditedCopy.Outcome<String> outcome;
            try {
                outcome = EditedCopy.edit(copy, original, errors(first), line, (f, at) -> run(editor, at, f),
                        n -> Messages.english().count(Messages.Text.N_ERRORS, n), edited -> {
                            List<DeckError> errors = errors(DeckLoader.parse(edited, file.toString()));
                            if (!errors.isEmpty()) {
                                spec.commandLine().getErr().println("cuecard: "
                                        + Messages.english().count(Messages.Text.N_ERRORS, errors.size()) + "; reopening the editor");
                            }
                            return new EditedCopy.Checked<>(errors.isEmpty() ? edited : null, errors);
                        });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError(ExitCode.FINDINGS, "interrupted; the deck is left unchanged");
            }
            if (outcome.gaveUp()) {
                out.println(outcome.emptied() ? "The copy was emptied; " + file + " is left unchanged."
                        : "No changes; " + file + " is left unchanged.");
                return ExitCode.OK;
            }
            String content = outcome.text();
            if (!DeckInput.text(file).equals(original)) {
                keepCopy = true;
                throw new UserError(ExitCode.BAD_INPUT, file + " changed on disk while you were editing; your version"
                        + " is kept at " + copy + " (nothing was overwritten)");
            }
            if (content.equals(original)) {
                out.println("No changes; " + file + " is left unchanged.");
                return ExitCode.OK;
            }
            DeckInput.replace(file, content);
            out.println("Saved " + file + ".");
            return ExitCode.OK;
        } finally {
            if (!keepCopy) {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(dir);
            }
        }
    }

    private static List<DeckError> errors(DeckResult r) {
        return r.problems().stream().filter(DeckError::isError).toList();
    }

    /** Where the card starts: its id, a sibling's id, or its full key. */
    private int lineOf(DeckResult result, String wanted) {
        if (!(result instanceof DeckResult.Ok ok)) {
            throw new UserError(ExitCode.USAGE, file + " has errors, so cards cannot be found by id; run without --card");
        }
        Deck deck = ok.deck();
        for (Note n : deck.notes()) {
            if (CardIds.of(n).equals(wanted) || Card.of(deck.id(), n).stream()
                    .anyMatch(c -> c.key().cardId().equals(wanted) || c.key().toString().equals(wanted))) {
                return n.info().location().line();
            }
        }
        throw new UserError(ExitCode.USAGE, "no card `" + wanted + "` in " + file + " (ids are listed by `cuecard lint`)");
    }

    private List<String> editor() {
        return EditorLaunch.editor(env.variables());
    }

    private static void run(List<String> editor, int line, Path copy) {
        List<String> command = EditorLaunch.command(editor, line, copy);
        int status;
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            status = p.waitFor();
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, "cannot start the editor `" + String.join(" ", editor)
                    + "`: set $VISUAL or $EDITOR to one that is installed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(ExitCode.FINDINGS, "interrupted; the deck is left unchanged");
        }
        if (status != 0) {
            throw new UserError(ExitCode.FINDINGS, "the editor exited with status " + status + "; the deck is left unchanged");
        }
    }
}
