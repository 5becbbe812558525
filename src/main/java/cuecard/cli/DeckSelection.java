package cuecard.cli;

import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deckfile.Library;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The decks a studying or reading command works on. Each argument is a deck file, a folder of decks, or the id of
 * a deck in the default folders (the bundled decks, {@code DATA-DIR/decks} or {@code $CUECARD_DECKS}, and the
 * {@code deck-folders} of config.yaml); no arguments means every deck in the default folders.
 * A broken deck named on the command line is an error (exit 3); a broken deck found in a folder is reported on
 * stderr and left out, so one bad file does not keep the learner from the others.
 */
final class DeckSelection {

    private DeckSelection() {
    }

    static List<Path> defaultFolders(Environment env, Path dataDir, UserConfig config) {
        Set<Path> out = new LinkedHashSet<>(DeckFolders.of(env, dataDir));
        for (Path p : config.deckFolders()) {
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    static List<Deck> load(Environment env, Path dataDir, UserConfig config, List<String> args, PrintWriter err) {
        List<Path> folders = defaultFolders(env, dataDir, config);
        if (args == null || args.isEmpty()) {
            Library lib = Library.load(folders, env.deckCache());
            report(lib, err);
            return lib.decks();
        }
        List<Path> named = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.exists(p)) {
                named.add(p);
            } else if (a.endsWith(".yaml") || a.endsWith(".yml") || a.contains("/")) {
                throw new UserError(ExitCode.BAD_INPUT, a + ": no such file");
            } else {
                ids.add(a);
            }
        }
        List<Deck> out = new ArrayList<>();
        if (!named.isEmpty()) {
            Library lib = Library.load(named, env.deckCache());
            List<DeckError> errors = lib.problems().stream().filter(DeckError::isError).toList();
            if (!errors.isEmpty()) {
                errors.forEach(e -> err.println(e.format()));
                throw new UserError(ExitCode.BAD_INPUT, errors.size() + " problem(s) in the decks named; "
                        + "`cuecard lint` shows them all");
            }
            out.addAll(lib.decks());
        }
        if (!ids.isEmpty()) {
            List<Deck> known = Library.load(folders, env.deckCache()).decks();
            for (String id : ids) {
                Deck d = known.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow(() ->
                        new UserError(ExitCode.BAD_INPUT, "no deck file or deck id `" + id + "`; known decks: "
                                + String.join(", ", known.stream().map(Deck::id).toList())));
                if (out.stream().noneMatch(o -> o.id().equals(id))) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static void report(Library lib, PrintWriter err) {
        for (DeckError e : lib.problems()) {
            if (e.isError()) {
                err.println(e.format() + " (deck left out)");
            }
        }
    }
}
