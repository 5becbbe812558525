package cuecard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import cuecard.deckfile.Library;
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

/** {@code cuecard lint PATH...}: checks deck files and reports every problem with its place. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check deck files; every problem is reported as file:line:col.",
        footer = {"", "Exit codes: 0 clean (warnings allowed), 1 errors found, 3 a path could not be read."})
public final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Deck files or folders of them.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Library library = Library.load(paths);
        boolean unreadable = paths.stream().anyMatch(p -> !Files.exists(p));
        List<DeckError> problems = library.problems();
        long errors = problems.stream().filter(DeckError::isError).count();
        long warnings = problems.size() - errors;
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(library, errors, warnings)));
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
            int cards = library.decks().stream().mapToInt(d -> d.cards().size()).sum();
            out.println(library.results().size() + " file(s), " + library.decks().size() + " deck(s), " + cards
                    + " card(s): " + errors + " error(s), " + warnings + " warning(s)");
        }
        if (unreadable) {
            return ExitCode.BAD_INPUT;
        }
        return errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static ObjectNode toJson(Library library, long errors, long warnings) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
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
