package cuecard.cli;

import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deckfile.Library;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one policy for which decks a command works on; every command that takes {@code DECK...} or studies the
 * default decks (the bare command, study, next, grade, doctor, stats, optimize) resolves them here.
 *
 * <p>The <em>deck folders</em> are, in this order and those that exist: the bundled decks, {@code DATA-DIR/decks}
 * (or {@code $CUECARD_DECKS} instead), and the {@code deck-folders} of config.yaml. Each argument is a deck file, a
 * folder of decks, or the id of a deck in the deck folders; no arguments means every deck in the deck folders.
 * A path that does not exist is an error (exit 3), as is a broken deck named on the command line (every problem
 * is printed first); a broken deck found in a deck folder is reported on stderr and left out, so one bad file
 * does not keep the learner from the others.
 */
final class DeckSelection {

    /**
     * The decks chosen.
     *
     * @param paths   what was resolved, to load again later (the study screen's reload): the files and folders
     *                named, the files of the decks named by id, or the deck folders
     * @param library every deck file read, with what reading it gave
     * @param named   whether decks were named on the command line
     */
    record Chosen(List<Path> paths, Library library, boolean named) {

        Chosen {
            paths = List.copyOf(paths);
        }

        List<Deck> decks() {
            return library.decks();
        }

        List<Card> cards() {
            List<Card> out = new ArrayList<>();
            for (Deck d : library.decks()) {
                out.addAll(d.cards());
            }
            return out;
        }

        /** Whether a deck file had errors (and was left out). */
        boolean hasErrors() {
            return library.hasErrors();
        }
    }

    private DeckSelection() {
    }

    /** The deck folders that exist: bundled, {@code DATA-DIR/decks} or {@code $CUECARD_DECKS}, config's deck-folders. */
    static List<Path> defaultFolders(Environment env, Path dataDir, UserConfig config) {
        Set<Path> out = new LinkedHashSet<>();
        if (env.bundledDecks() != null && Files.isDirectory(env.bundledDecks())) {
            out.add(env.bundledDecks());
        }
        Path own = env.get("CUECARD_DECKS") != null ? Path.of(env.get("CUECARD_DECKS")) : dataDir.resolve("decks");
        if (Files.isDirectory(own)) {
            out.add(own);
        }
        for (Path p : config.deckFolders()) {
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /** The decks of {@code args} (see the class comment), problems reported on {@code err}. */
    static List<Deck> load(Environment env, Path dataDir, UserConfig config, List<String> args, PrintWriter err) {
        return resolve(env, dataDir, config, args, err).decks();
    }

    /** As below, for commands that declare {@code DECK} as paths (so that shell completion offers files). */
    static Chosen resolvePaths(Environment env, Path dataDir, UserConfig config, List<Path> args, PrintWriter err) {
        return resolve(env, dataDir, config, args == null ? List.of() : args.stream().map(Path::toString).toList(), err);
    }

    /** The decks of {@code args} (see the class comment), problems reported on {@code err}. */
    static Chosen resolve(Environment env, Path dataDir, UserConfig config, List<String> args, PrintWriter err) {
        List<Path> folders = defaultFolders(env, dataDir, config);
        if (args == null || args.isEmpty()) {
            Library lib = Library.load(folders, env.deckCache());
            for (DeckError e : lib.problems()) {
                err.println(e.format() + (e.isError() ? " (deck left out)" : ""));
            }
            return new Chosen(folders, lib, false);
        }
        List<Path> named = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.exists(p)) {
                named.add(p);
            } else if (!couldBeId(a)) {
                throw new UserError(ExitCode.BAD_INPUT, a + ": no such file or folder");
            } else {
                ids.add(a);
            }
        }
        Map<Path, DeckResult> results = new LinkedHashMap<>();
        List<Path> paths = new ArrayList<>(named);
        if (!named.isEmpty()) {
            Library lib = Library.load(named, env.deckCache());
            List<DeckError> problems = lib.problems();
            problems.forEach(e -> err.println(e.format()));
            long errors = problems.stream().filter(DeckError::isError).count();
            if (errors > 0) {
                throw new UserError(ExitCode.BAD_INPUT, cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_PROBLEMS, errors) + " in the decks named; "
                        + "`cuecard lint` shows them all");
            }
            results.putAll(lib.results());
        }
        if (!ids.isEmpty()) {
            Library known = Library.load(folders, env.deckCache());
            Set<String> have = new LinkedHashSet<>(new Library(results).decks().stream().map(Deck::id).toList());
            for (String id : ids) {
                Map.Entry<Path, DeckResult> found = byId(known, id, folders);
                if (have.add(id)) {
                    results.put(found.getKey(), found.getValue());
                    paths.add(found.getKey());
                }
            }
        }
        return new Chosen(paths, new Library(results), true);
    }

    /**
     * The deck file an authoring command (add, edit, export, fmt, lint) is given: {@code arg} itself when it exists
     * or cannot be a deck id, else the file of the deck with that id in the deck folders (so {@code cuecard edit
     * capitals} opens the file of deck {@code capitals}); an id no deck there has is exit 3, naming the known ids.
     */
    static Path file(Environment env, Path dataDir, UserConfig config, Path arg) {
        if (Files.exists(arg) || !couldBeId(arg.toString())) {
            return arg;
        }
        List<Path> folders = defaultFolders(env, dataDir, config);
        return byId(Library.load(folders, env.deckCache()), arg.toString(), folders).getKey();
    }

    /** {@link #file} for each of {@code args}, the deck folders read once at most. */
    static List<Path> files(Environment env, Path dataDir, UserConfig config, List<Path> args) {
        if (args.stream().allMatch(a -> Files.exists(a) || !couldBeId(a.toString()))) {
            return args;
        }
        List<Path> folders = defaultFolders(env, dataDir, config);
        Library known = Library.load(folders, env.deckCache());
        List<Path> out = new ArrayList<>();
        for (Path a : args) {
            out.add(Files.exists(a) || !couldBeId(a.toString()) ? a : byId(known, a.toString(), folders).getKey());
        }
        return out;
    }

    /** Whether a missing path could name a deck id: no folder part and no YAML file name. */
    private static boolean couldBeId(String a) {
        return !(a.endsWith(".yaml") || a.endsWith(".yml") || a.contains("/") || a.contains(java.io.File.separator));
    }

    private static Map.Entry<Path, DeckResult> byId(Library known, String id, List<Path> folders) {
        return known.results().entrySet().stream()
                .filter(e -> e.getValue() instanceof DeckResult.Ok ok && ok.deck().id().equals(id))
                .findFirst().orElseThrow(() -> unknownId(id, folders, known));
    }

    private static UserError unknownId(String id, List<Path> folders, Library known) {
        List<String> ids = known.decks().stream().map(Deck::id).toList();
        long broken = known.results().values().stream().filter(r -> !(r instanceof DeckResult.Ok)).count();
        return new UserError(ExitCode.BAD_INPUT, "no deck file or deck id `" + id + "`; "
                + (ids.isEmpty() ? "the deck folders " + folders + " hold no decks"
                        : "known decks: " + String.join(", ", ids))
                + (broken == 0 ? "" : " (" + broken + (broken == 1 ? " deck file there has" : " deck files there have")
                        + " errors: `cuecard lint` names them)"));
    }
}
