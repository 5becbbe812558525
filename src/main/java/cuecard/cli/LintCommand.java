package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import cuecard.deckfile.Library;
import cuecard.store.Store;
import cuecard.study.Messages.Text;
import cuecard.study.Messages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard lint PATH...}: checks deck files and reports every problem with its place. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check deck files; every problem is reported as file:line:col. With progress in the data dir, "
            + "also names cards whose history no longer has a card in its deck (editing the prompt of a card "
            + "without `id` gives it a new key).",
        footer = {"", "Exit codes: 0 clean (warnings allowed), 1 errors found, 3 a path could not be read."})
public final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Deck files or folders of them, or ids of decks in the deck folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    private static final Messages EN = Messages.english();

    private final Environment env;

    LintCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> paths = DeckSelection.files(env, dataDir.resolve(env), UserConfig.load(env), this.paths);
        Library library = Library.load(paths);
        boolean unreadable = paths.stream().anyMatch(p -> !Files.exists(p));
        List<DeckError> problems = library.problems();
        long errors = problems.stream().filter(DeckError::isError).count();
        long warnings = problems.size() - errors;
        Map<String, Set<CardKey>> lost = lostProgress(library);
        if (json) {
            ObjectNode root = toJson(library, errors, warnings);
            for (com.fasterxml.jackson.databind.JsonNode f : root.get("files")) {
                String deckId = f.path("deck").asText(null);
                Set<CardKey> keys = deckId == null ? null : lost.get(deckId);
                ArrayNode a = ((ObjectNode) f).putArray("lostProgress");
                if (keys != null) {
                    keys.forEach(k -> a.add(k.toString()));
                }
            }
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (DeckError e : problems) {
                out.println(e.format());
            }
            for (var e : library.results().entrySet()) {
                if (e.getValue() instanceof DeckResult.Ok ok) {
                    long unpinned = ok.deck().notes().stream().filter(n -> n.info().id() == null).count();
                    if (unpinned > 0) {
                        out.println(e.getKey() + ": note: " + unpinned + " of " + ok.deck().notes().size()
                                + " cards have no `id`; editing their prompt starts their progress afresh"
                                + " (`cuecard fmt --assign-ids` pins them)");
                    }
                }
            }
            for (var e : library.results().entrySet()) {
                if (e.getValue() instanceof DeckResult.Ok ok && lost.containsKey(ok.deck().id())) {
                    Set<CardKey> keys = lost.get(ok.deck().id());
                    out.println(e.getKey() + ": note: " + EN.count(Text.N_CARDS, keys.size()) + " with progress "
                            + (keys.size() == 1 ? "is" : "are") + " no longer in the deck ("
                            + keys.stream().limit(3).map(CardKey::toString).collect(java.util.stream.Collectors.joining(", "))
                            + (keys.size() > 3 ? ", ..." : "") + "); editing the prompt of a card without `id` gives it a new key."
                            + " `cuecard doctor --remap OLD-KEY NEW-KEY` carries the history over");
                }
            }
            int cards = library.decks().stream().mapToInt(d -> d.cards().size()).sum();
            out.println(EN.count(Text.N_FILES, library.results().size()) + ", " + EN.count(Text.N_DECKS, library.decks().size())
                    + ", " + EN.count(Text.N_CARDS, cards) + ": " + EN.count(Text.N_ERRORS, errors) + ", "
                    + EN.count(Text.N_WARNINGS, warnings));
        }
        if (unreadable) {
            return ExitCode.BAD_INPUT;
        }
        return errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Per deck id, the keys the progress store knows for that deck that none of its cards has any more. */
    private Map<String, Set<CardKey>> lostProgress(Library library) {
        Map<String, Set<CardKey>> out = new TreeMap<>();
        Path data = dataDir.resolve(env);
        if (library.decks().isEmpty() || !Files.isDirectory(data)) {
            return out;
        }
        Set<CardKey> known = new HashSet<>();
        Set<String> deckIds = new HashSet<>();
        for (Deck d : library.decks()) {
            deckIds.add(d.id());
            d.cards().forEach(c -> known.add(c.key()));
        }
        try (Store store = Store.openReadOnly(data, Clock.systemUTC())) {
            for (CardKey k : store.orphans(known)) {
                if (deckIds.contains(k.deckId())) {
                    out.computeIfAbsent(k.deckId(), x -> new TreeSet<>()).add(k);
                }
            }
        } catch (RuntimeException e) {
            // lint checks decks; an unreadable store is `cuecard doctor`'s business
        }
        return out;
    }

    private static ObjectNode toJson(Library library, long errors, long warnings) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (var e : library.results().entrySet()) {
            ObjectNode f = files.addObject();
            f.put("file", e.getKey().toString());
            if (e.getValue() instanceof DeckResult.Ok ok) {
                Deck d = ok.deck();
                f.put("deck", d.id());
                f.put("cards", d.cards().size());
            } else {
                f.putNull("deck");
                f.put("cards", 0);
            }
            ArrayNode ps = f.putArray("problems");
            for (DeckError p : e.getValue().problems()) {
                ObjectNode o = ps.addObject();
                Location at = p.location();
                o.put("file", at.file());
                o.put("line", at.line());
                o.put("column", at.column());
                o.put("severity", p.isError() ? "error" : "warning");
                o.put("message", p.message());
                if (p.hint() != null) {
                    o.put("hint", p.hint());
                }
            }
        }
        root.put("errors", errors);
        root.put("warnings", warnings);
        return root;
    }
}
