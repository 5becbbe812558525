package cuecard.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands read from the process environment, gathered in one value so tests can pass their own.
 *
 * @param variables    environment variables
 * @param home         the user's home directory
 * @param bundledDecks the decks shipped with cuecard (the launcher passes {@code -Dcuecard.decks}); may be null
 * @param clock        the time and the learner's time zone (tests pass a fixed one)
 */
public record Environment(Map<String, String> variables, Path home, Path bundledDecks, java.time.Clock clock) {

    public Environment(Map<String, String> variables, Path home, Path bundledDecks) {
        this(variables, home, bundledDecks, java.time.Clock.systemDefaultZone());
    }

    public static Environment system() {
        String decks = System.getProperty("cuecard.decks");
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")),
                decks == null ? null : Path.of(decks));
    }

    public String get(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The data dir: the option, else $CUECARD_HOME, else $XDG_DATA_HOME/cuecard, else ~/.local/share/cuecard. */
    public Path dataDir(Path option) {
        if (option != null) {
            return option;
        }
        if (get("CUECARD_HOME") != null) {
            return Path.of(get("CUECARD_HOME"));
        }
        if (get("XDG_DATA_HOME") != null) {
            return Path.of(get("XDG_DATA_HOME"), "cuecard");
        }
        return home.resolve(".local/share/cuecard");
    }

    /**
     * Where loaded decks are cached: $CUECARD_CACHE, else $XDG_CACHE_HOME/cuecard, else ~/.cache/cuecard (the
     * launcher keeps its class-data archive in the same folder), each with a {@code decks} folder. The cache is
     * used when cuecard runs from its jar (entries are tied to the jar's size and time) or when $CUECARD_CACHE
     * names a folder; $CUECARD_NO_CACHE turns it off.
     */
    public cuecard.deckfile.DeckCache deckCache() {
        if (get("CUECARD_NO_CACHE") != null) {
            return cuecard.deckfile.DeckCache.NONE;
        }
        String build = null;
        try {
            java.security.CodeSource src = Environment.class.getProtectionDomain().getCodeSource();
            Path code = src == null ? null : Path.of(src.getLocation().toURI());
            if (code != null && java.nio.file.Files.isRegularFile(code)) {
                build = code + ":" + java.nio.file.Files.size(code) + ":"
                        + java.nio.file.Files.getLastModifiedTime(code).toMillis();
            }
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            build = null;
        }
        Path dir;
        if (get("CUECARD_CACHE") != null) {
            dir = Path.of(get("CUECARD_CACHE"));
            if (build == null) {
                build = "classes"; // tests and development runs name their own cache folder
            }
        } else if (build == null) {
            return cuecard.deckfile.DeckCache.NONE;
        } else if (get("XDG_CACHE_HOME") != null) {
            dir = Path.of(get("XDG_CACHE_HOME"), "cuecard");
        } else {
            dir = home.resolve(".cache/cuecard");
        }
        return cuecard.deckfile.DeckCache.in(dir.resolve("decks"), build);
    }

    /** The config dir: $XDG_CONFIG_HOME/cuecard, else ~/.config/cuecard. */
    public Path configDir() {
        if (get("XDG_CONFIG_HOME") != null) {
            return Path.of(get("XDG_CONFIG_HOME"), "cuecard");
        }
        return home.resolve(".config/cuecard");
    }
}
