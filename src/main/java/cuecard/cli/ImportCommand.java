package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.CardIds;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deckfile.AnkiText;
import cuecard.deckfile.CardTable;
import cuecard.deckfile.DeckJson;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import cuecard.deckfile.ImportedCards;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard import FILE -o DECK.yaml}: a deck from CSV, TSV, Anki's plain-text export or cuecard JSON. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make a deck file from CSV/TSV (front, back, tags; or named columns), Anki's \"notes in plain "
            + "text\" export (#separator, #html, #guid column, ... headers) or cuecard JSON; or deck files from an Anki "
            + "package (.apkg, .colpkg), with its review history when asked.",
        footer = {"", "Exit codes: 0 written, 2 bad flags, 3 unreadable input, a broken row or a control character (with "
            + "its line), a damaged or oversized package, or the output file exists (use --force), is inside the data "
            + "dir or cannot be written; 4, 5, 6 the data dir (--with-history) is damaged, locked or not writable."})
public final class ImportCommand implements Callable<Integer> {

    enum Format { AUTO, CSV, TSV, ANKI, JSON, APKG }

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "FILE", description = "The file to import (an Anki package: .apkg or .colpkg).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DECK.yaml|DIR", description = "The deck file to "
            + "write (must not exist unless --force); for an Anki package, a folder for one deck file per Anki deck.")
    Path output;

    @Option(names = "--with-history", description = "Anki packages: also import the review log into the data dir "
            + "(replayed by cuecard's FSRS; importing again adds nothing).")
    boolean withHistory;

    @Option(names = "--force", description = "Replace DECK.yaml when it exists.")
    boolean force;

    @Option(names = "--id", description = "The deck id (default: from the output file name).")
    String id;

    @Option(names = "--title", description = "The deck title (default: the Anki deck name or the id).")
    String title;

    @Option(names = "--language", description = "BCP 47 language tag of the deck, e.g. en or zh-Hans.")
    String language;

    @Option(names = "--type", defaultValue = "basic", description = "What front/back rows become: basic or typed (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--format", defaultValue = "auto", description = "auto, csv, tsv, anki, json or apkg (default: ${DEFAULT-VALUE}: by extension and content).")
    Format format;

    private final Environment env;

    ImportCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!type.equals("basic") && !type.equals("typed")) {
            throw new UserError(ExitCode.USAGE, "--type must be basic or typed, not `" + type + "`");
        }
        if (id != null && !CardIds.VALID.matcher(id).matches()) {
            throw new UserError(ExitCode.USAGE, "deck id `" + id + "` must be a slug: letters, digits, '.', '_' or '-'");
        }
        DeckInput.existingFile(input);
        if (format == Format.APKG || (format == Format.AUTO && ApkgImport.isPackage(input))) {
            return new ApkgImport(this, env, dataDir.resolve(env)).run();
        }
        if (withHistory) {
            throw new UserError(ExitCode.USAGE, "--with-history is for Anki packages (.apkg, .colpkg) only");
        }
        OutputFile.check(output, dataDir.resolve(env), force);
        String text = DeckInput.text(input);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Format f = format != Format.AUTO ? format : detect(input, text);
        if (f == Format.JSON) {
            try {
                ImportedCards.refuseJsonControls(text);
            } catch (ImportedCards.Problem p) {
                throw new UserError(ExitCode.BAD_INPUT, input + ":" + p.line() + ":" + p.column() + ": " + p.getMessage());
            }
        }
        Deck deck = f == Format.JSON ? fromJson(text) : fromTable(f, text);
        String yaml = DeckYaml.deck(deck, "# yaml-language-server: $schema=" + DeckInput.schemaPath(env, output));
        DeckResult check = DeckLoader.parse(yaml, output.toString());
        Deck written = DeckInput.orFail(check, "the imported deck would not load (please report this):");
        if (!written.cards().stream().map(c -> c.key()).toList().equals(deck.cards().stream().map(c -> c.key()).toList())) {
            throw new UserError(ExitCode.INTERNAL, "the written deck would differ from the imported one (please report this)");
        }
        OutputFile.write(output, yaml, force);
        spec.commandLine().getOut().println("Imported " + cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_NOTES, deck.notes().size()) + ", "
                + cuecard.study.Messages.english().count(cuecard.study.Messages.Text.N_CARDS, deck.cards().size()) + " into " + output + " as deck `" + deck.id() + "`.");
        return ExitCode.OK;
    }

    static Format detect(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || text.stripLeading().startsWith("{")) {
            return Format.JSON;
        }
        if (AnkiText.looksLikeAnki(text)) {
            return Format.ANKI;
        }
        if (name.endsWith(".tsv") || name.endsWith(".txt") || name.endsWith(".tab")) {
            return Format.TSV;
        }
        return Format.CSV;
    }

    private Deck fromJson(String text) {
        Deck d = DeckInput.orFail(DeckLoader.parse(text, input.toString()), input + " is not a valid cuecard JSON deck:");
        return new Deck(id != null ? id : d.id(), title != null ? title : d.title(), language != null ? language : d.language(),
                d.description(), d.tags(), d.sources(), d.notes(), d.location());
    }

    private Deck fromTable(Format f, String text) {
        ImportedCards imported;
        try {
            imported = f == Format.ANKI ? AnkiText.read(text, type)
                    : CardTable.read(text, f == Format.TSV ? '\t' : ',', 1, type);
        } catch (ImportedCards.Problem p) {
            throw new UserError(ExitCode.BAD_INPUT, input + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "")
                    + ": " + p.getMessage());
        }
        for (ImportedCards.Notice n : imported.notices()) {
            spec.commandLine().getErr().println(input + ":" + n.line() + ": warning: " + n.message());
        }
        String deckId = id != null ? id : slug(output.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        ObjectNode meta = DeckJson.meta(new Deck(deckId, title != null ? title : imported.deckName() != null
                ? imported.deckName() : deckId, language, null, List.of(), List.of(), List.of(), null));
        Set<String> refs = new LinkedHashSet<>();
        imported.cards().forEach(c -> {
            if (c.has("source") && c.get("source").has("ref")) {
                refs.add(c.get("source").get("ref").asText());
            }
        });
        if (!refs.isEmpty()) {
            ArrayNode sources = meta.putArray("sources");
            refs.forEach(r -> sources.addObject().put("id", r));
        }
        DeckResult result = DeckJson.read(meta, imported.cards(), input.toString());
        if (result instanceof DeckResult.Ok ok) {
            return ok.deck();
        }
        List<String> lines = new ArrayList<>();
        for (DeckError e : result.problems()) {
            if (!e.isError()) {
                continue;
            }
            int card = e.location().line() - 2;
            String where = card >= 0 && card < imported.lines().size() ? input + ":" + imported.lines().get(card) : input.toString();
            lines.add(where + ": " + fileLines(e.message(), imported.lines()).replaceAll("card \\d+ ", "the card ")
                    + (e.hint() == null ? "" : " (" + e.hint() + ")"));
        }
        throw new UserError(ExitCode.BAD_INPUT, "nothing written; " + input + " has rows that do not make cards:\n  "
                + String.join("\n  ", lines));
    }

    /**
     * A message about the imported cards with its {@code at line N} (a card's place in the deck made of them, the
     * first at line 2) turned into the line of the file that card came from.
     */
    static String fileLines(String message, List<Integer> lines) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+)").matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int card = Integer.parseInt(m.group(1)) - 2;
            String line = card >= 0 && card < lines.size() ? "at line " + lines.get(card) : m.group();
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(line));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String slug(String name) {
        return CardIds.slug(name);
    }
}
