package cuecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where decks are looked for when none are named: the bundled decks and the user's own deck folder. */
final class DeckFolders {

    private DeckFolders() {
    }

    /** The bundled decks (when known) and {@code DATA-DIR/decks} (or $CUECARD_DECKS), those that exist. */
    static List<Path> of(Environment env, Path dataDir) {
        List<Path> out = new ArrayList<>();
        if (env.bundledDecks() != null && Files.isDirectory(env.bundledDecks())) {
            out.add(env.bundledDecks());
        }
        Path own = env.get("CUECARD_DECKS") != null ? Path.of(env.get("CUECARD_DECKS")) : dataDir.resolve("decks");
        if (Files.isDirectory(own)) {
            out.add(own);
        }
        return out;
    }
}
