package cuecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.store.Store;
import cuecard.store.StoreException;
import cuecard.store.StoreProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard doctor}: reads every log again, compares with the snapshot, lists orphans and problems. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the progress store: every log line, the snapshot, cards whose deck no longer has them. "
            + "Orphans keep their history and come back when their key returns; --remap moves it to a renamed "
            + "card.",
        footer = {"", "Exit codes: 0 healthy (orphans are listed but fine), 1 problems found, 3 a deck path or id is missing",
            "or a named deck is invalid,",
            "4 store unreadable, 5 --rebuild/--remap while another cuecard process is writing."})
public final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", arity = "0..*",
            description = "Deck files, folders or deck ids that define the known cards (default: every deck in the deck folders).")
    List<Path> decks;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Option(names = "--rebuild", description = "Rebuild the snapshot from the logs.")
    boolean rebuild;

    @Option(names = "--remap", arity = "2", paramLabel = "KEY",
            description = "OLD-KEY NEW-KEY: carry a renamed card's history over (appends a remap entry).")
    List<String> remap;

    private final Environment env;

    DoctorCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = dataDir.resolve(env);
        DeckSelection.Chosen chosen = DeckSelection.resolvePaths(env, data, UserConfig.load(env), decks,
                spec.commandLine().getErr());
        Set<CardKey> known = new HashSet<>();
        for (Card c : chosen.cards()) {
            known.add(c.key());
        }
        boolean writes = rebuild || remap != null;
        Clock clock = env.clock();
        try (Store store = writes ? StoreAccess.open(data, clock) : StoreAccess.openReadOnly(data, clock)) {
            if (remap != null) {
                CardKey from = key(remap.get(0));
                CardKey to = key(remap.get(1));
                if (from.equals(to)) {
                    throw new UserError(ExitCode.USAGE, "--remap needs two different keys");
                }
                store.remap(from, to);
                if (!json) {
                    out.println("remapped " + from + " -> " + to + (known.contains(to) ? "" : " (note: " + to
                            + " is in none of the decks)"));
                }
            }
            if (rebuild) {
                store.rebuild();
                if (!json) {
                    out.println("snapshot rebuilt from the logs");
                }
            }
            List<StoreProblem> problems = store.check();
            Set<CardKey> orphans = store.orphans(known);
            Map<CardKey, CardState> states = store.states();
            long serious = problems.stream().filter(StoreProblem::serious).count();
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("dataDir", data.toString());
                o.put("reviews", store.reviewCount());
                o.put("cards", states.size());
                o.put("orphans", orphans.size());
                o.put("devices", store.devices().size());
                o.put("problems", serious);
                ArrayNode ok = o.putArray("orphanKeys");
                orphans.forEach(k -> ok.add(k.toString()));
                ArrayNode list = o.putArray("findings");
                for (StoreProblem p : problems) {
                    ObjectNode f = list.addObject();
                    f.put("file", p.file());
                    f.put("line", p.line());
                    f.put("message", p.message());
                    f.put("serious", p.serious());
                }
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
            } else {
                out.println("store " + data + ": " + store.reviewCount() + " reviews, " + states.size() + " cards, "
                        + orphans.size() + " orphans, " + store.devices().size() + " device"
                        + (store.devices().size() == 1 ? "" : "s") + ", " + serious + " problem" + (serious == 1 ? "" : "s"));
                for (CardKey k : orphans) {
                    CardState s = states.get(k);
                    out.println("orphan: " + k + (s == null ? "" : " (" + s.reps() + " reviews)")
                            + " is in no deck; it comes back when the key returns, or use --remap " + k + " NEW-KEY");
                }
                for (StoreProblem p : problems) {
                    out.println(p.format());
                }
            }
            return serious > 0 ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (StoreException e) {
            throw StoreAccess.userError(e);
        }
    }

    private static CardKey key(String text) {
        return CardKey.parse(text).orElseThrow(() ->
                new UserError(ExitCode.USAGE, "`" + text + "` is not a card key (deck-id/card-id)"));
    }
}
