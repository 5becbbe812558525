package cuecard.deckfile;

import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The decks named on a command line: files as given, folders searched for {@code .yaml}/{@code .yml} files.
 * Deck ids must be unique across the set, since card keys start with them.
 *
 * @param results every file read, with what reading it gave
 */
public record Library(Map<Path, DeckResult> results) {

    public static Library load(List<Path> paths) {
        return load(paths, DeckCache.NONE);
    }

    /** As above, taking decks from {@code cache} when it holds their current bytes. */
    public static Library load(List<Path> paths, DeckCache cache) {
        java.util.Set<Path> named = new java.util.LinkedHashSet<>(); // a file named twice is read once
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                named.addAll(deckFiles(p));
            } else {
                named.add(p);
            }
        }
        // files are independent: read them on every core (a collection of 50 decks loads about twice as fast
        // on two), then keep them in the order named
        List<Path> files = List.copyOf(named);
        List<DeckResult> loaded = files.size() < 4 ? files.stream().map(cache::load).toList()
                : files.parallelStream().map(cache::load).toList();
        Map<Path, DeckResult> results = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            results.put(files.get(i), loaded.get(i));
        }
        return new Library(checkUniqueIds(results));
    }

    /** The .yaml and .yml files under a folder, sorted, hidden ones skipped. */
    public static List<Path> deckFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 4)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<Path, DeckResult> checkUniqueIds(Map<Path, DeckResult> results) {
        Map<String, Path> owner = new HashMap<>();
        Map<Path, DeckResult> out = new LinkedHashMap<>();
        for (var e : results.entrySet()) {
            DeckResult r = e.getValue();
            if (r instanceof DeckResult.Ok ok) {
                Path first = owner.putIfAbsent(ok.deck().id(), e.getKey());
                if (first != null) {
                    List<DeckError> problems = new ArrayList<>(ok.problems());
                    problems.add(DeckError.error(new Location(e.getKey().toString(), 1, 1), "deck id `" + ok.deck().id()
                            + "` is also used by " + first, "deck ids must be unique; rename one `deck:`"));
                    r = new DeckResult.Failed(problems);
                }
            }
            out.put(e.getKey(), r);
        }
        return out;
    }

    /** The decks that loaded. */
    public List<Deck> decks() {
        return results.values().stream().filter(r -> r instanceof DeckResult.Ok)
                .map(r -> ((DeckResult.Ok) r).deck()).toList();
    }

    /** Every problem of every file. */
    public List<DeckError> problems() {
        return results.values().stream().flatMap(r -> r.problems().stream()).toList();
    }

    public boolean hasErrors() {
        return problems().stream().anyMatch(DeckError::isError);
    }
}
