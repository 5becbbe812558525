package cuecard.cli;

import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckLoader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The checks every authoring command makes on the files it is given, as {@link UserError}s with exit code 3. */
final class DeckInput {

    private DeckInput() {
    }

    /** A file that must exist and be a regular file. */
    static Path existingFile(Path p) {
        if (Files.isDirectory(p)) {
            throw new UserError(ExitCode.BAD_INPUT, p + ": is a directory, not a file");
        }
        if (!Files.isRegularFile(p)) {
            throw new UserError(ExitCode.BAD_INPUT, p + ": no such file");
        }
        return p;
    }

    /** The text of a deck file, which must be UTF-8 and within the loader's size limit. */
    static String text(Path p) {
        existingFile(p);
        byte[] bytes = new byte[0];
        try {
            if (Files.size(p) > DeckLoader.MAX_BYTES) {
                throw new UserError(ExitCode.BAD_INPUT, p + ": larger than " + DeckLoader.MAX_BYTES / (1024 * 1024)
                        + " MiB, the most a deck file may be");
            }
            bytes = Files.readAllBytes(p);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCode.BAD_INPUT, p + ":" + badLine(bytes) + ": not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, p + ": cannot read: " + e.getMessage());
        }
    }

    /** The line (from 1) of the first byte that is not valid UTF-8 in {@code bytes}. */
    static int badLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    /** Loads a deck, or fails with all of its errors, one per line. */
    static Deck deck(Path p) {
        existingFile(p);
        return orFail(DeckLoader.load(p), p + " has errors; fix them first (`cuecard lint " + p + "`):");
    }

    /** The deck of a result, or a {@link UserError} listing the errors after {@code heading}. */
    static Deck orFail(DeckResult result, String heading) {
        if (result instanceof DeckResult.Ok ok) {
            return ok.deck();
        }
        String errors = result.problems().stream().filter(DeckError::isError).map(DeckError::format)
                .collect(Collectors.joining("\n  "));
        throw new UserError(ExitCode.BAD_INPUT, heading + "\n  " + errors);
    }

    /** Replaces a file atomically. */
    static void replace(Path p, String text) {
        try {
            cuecard.deckfile.AtomicFile.replace(p, text);
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, p + ": cannot write: " + e.getMessage());
        }
    }

    /** The bundled JSON Schema as seen from {@code file}: relative to the bundled copy when there is one. */
    static String schemaPath(Environment env, Path file) {
        Path decks = env.bundledDecks();
        if (decks != null) {
            Path schema = decks.toAbsolutePath().getParent().resolve("docs/deck.schema.json");
            if (Files.isRegularFile(schema)) {
                return file.toAbsolutePath().getParent().relativize(schema).toString();
            }
        }
        return "../docs/deck.schema.json";
    }
}
