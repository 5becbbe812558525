package cuecard.deckfile;

import cuecard.deck.DeckError;
import cuecard.deck.Location;
import cuecard.deck.Tree;
import cuecard.generate.review.Decision;
import cuecard.generate.review.Decisions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DECK.review.yaml}, beside a deck: the decisions of {@code cuecard generate --review} by proposal id, so a
 * later review asks only about proposals not yet decided. Written whole, atomically; read through the same
 * composer as deck files, every problem at its line and column. docs/generator.md describes the format.
 */
public final class ReviewDecisionsFile {

    /** The file's format version. */
    public static final int VERSION = 1;

    /** What was read: the decisions, or the problems with the file. */
    public record Read(Decisions decisions, List<DeckError> errors) {
    }

    private ReviewDecisionsFile() {
    }

    /** The decisions file of a deck file: {@code DECK.review.yaml} beside {@code DECK.yaml}. */
    public static Path beside(Path deck) {
        String name = deck.getFileName().toString();
        String stem = name.replaceAll("\\.(ya?ml)$", "");
        return deck.resolveSibling(stem + ".review.yaml");
    }

    /** Reads the file; no decisions when it does not exist. */
    public static Read read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Read(Decisions.none(), List.of());
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the file's text; {@code name} is used in messages. */
    public static Read parse(String text, String name) {
        YamlDocument doc = DeckLoader.compose(text, name);
        if (!doc.errors().isEmpty()) {
            return new Read(Decisions.none(), doc.errors());
        }
        List<DeckError> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Map<String, Decisions.Entry> out = new LinkedHashMap<>();
        if (!(doc.tree() instanceof Tree.MapNode root)) {
            errors.add(DeckError.error(Location.of(name), "expected `version:` and `decisions:`"));
            return new Read(Decisions.none(), errors);
        }
        for (Tree.Entry e : root.entries()) {
            switch (e.key().text()) {
                case "version" -> {
                    if (!(e.value() instanceof Tree.Scalar s) || !s.text().equals(String.valueOf(VERSION))) {
                        errors.add(DeckError.error(at(e.value()), "version must be " + VERSION + "; this file was written by another cuecard"));
                    }
                }
                case "decisions" -> {
                    if (e.value() instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.NULL) {
                        continue;
                    }
                    if (!(e.value() instanceof Tree.MapNode m)) {
                        errors.add(DeckError.error(at(e.value()), "`decisions` must map proposal ids to kept or dropped"));
                        continue;
                    }
                    for (Tree.Entry d : m.entries()) {
                        String word = d.value() instanceof Tree.Scalar s ? s.text() : "";
                        Decision decision = Decision.ofWord(word).orElse(null);
                        if (decision == null) {
                            errors.add(DeckError.error(at(d.value()), "decision of `" + d.key().text() + "` must be kept or dropped",
                                    "delete the line to be asked again"));
                        } else {
                            out.put(d.key().text(), new Decisions.Entry(decision, comment(lines, d.key().at().line())));
                        }
                    }
                }
                default -> errors.add(DeckError.error(e.key().at(), "unknown field `" + e.key().text() + "`",
                        "a decisions file has `version` and `decisions`"));
            }
        }
        return new Read(new Decisions(out), errors);
    }

    /** The file's text: a comment for readers, the version, then one line per decision with its prompt as a comment. */
    public static String format(Decisions decisions, String deckName) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Decisions of `cuecard generate --review` for ").append(oneLine(deckName)).append(", by proposal id.\n");
        sb.append("# kept: the card went into the deck; dropped: not asked again. Delete a line to be asked again.\n");
        sb.append("version: ").append(VERSION).append('\n');
        if (decisions.byId().isEmpty()) {
            return sb.append("decisions: {}\n").toString();
        }
        sb.append("decisions:\n");
        for (var e : decisions.byId().entrySet()) {
            sb.append("  ").append(DeckYaml.scalar(e.getKey())).append(": ").append(e.getValue().decision().word());
            String prompt = e.getValue().prompt();
            if (prompt != null && !prompt.isBlank()) {
                sb.append(e.getValue().decision() == Decision.KEPT ? "   " : "").append("  # ").append(oneLine(prompt));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes the file atomically. */
    public static void write(Path file, Decisions decisions, String deckName) throws IOException {
        AtomicFile.replace(file, format(decisions, deckName));
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return t.codePointCount(0, t.length()) > 72 ? t.substring(0, t.offsetByCodePoints(0, 71)) + "…" : t;
    }

    /** The prompt this file wrote as a comment on the line, or null. */
    private static String comment(String[] lines, int line) {
        if (line < 1 || line > lines.length) {
            return null;
        }
        int hash = lines[line - 1].indexOf("  # ");
        return hash < 0 ? null : lines[line - 1].substring(hash + 4).strip();
    }

    private static Location at(Tree t) {
        return t.at();
    }
}
