package cuecard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.Card;
import cuecard.schedule.LearningDay;
import cuecard.schedule.StudiedToday;
import cuecard.schedule.StudyQueue;
import cuecard.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code cuecard next DECK...}: the card a study session would show next (read-only; works while studying). Its spec
 * is built in code, not read from annotations, for a quicker start (see {@link CliFactory#BY_HAND}).
 */
public final class NextCommand implements Callable<Integer> {

    CommandSpec spec;

    private final Environment env;

    NextCommand(Environment env) {
        this.env = env;
    }

    /** The spec of {@code next}, bound to {@code command}. */
    static CommandSpec spec(NextCommand command) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(command);
        s.name("next").versionProvider(new Version());
        s.usageMessage().description("Print the next card a review session would show (learning, due reviews, new "
                + "cards), as the study queue orders them.")
                .footer("", "Exit codes: 0 ok (also when nothing is due), 3 a deck path or id is missing or a deck is "
                        + "invalid, 4 damaged store.");
        CliFactory.standardHelpOptions(s);
        s.addOption(DataDirOption.option());
        s.addPositional(PositionalParamSpec.builder().paramLabel("DECK").arity("0..*").type(List.class)
                .auxiliaryTypes(Path.class).description("Deck files, folders or deck ids (default: every deck in the "
                        + "deck folders: bundled, DATA-DIR/decks, deck-folders of config.yaml).").build());
        s.addOption(OptionSpec.builder("--json").type(boolean.class)
                .description("One JSON object per card: key, deck, type, prompt, due, new.").build());
        s.addOption(OptionSpec.builder("--all").type(boolean.class)
                .description("Every card in queue order, ignoring daily limits.").build());
        s.addOption(OptionSpec.builder("--at").paramLabel("INSTANT").type(Instant.class)
                .description("Pretend it is this instant (ISO-8601).").build());
        command.spec = s;
        return s;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = DataDirOption.resolve(env, spec);
        List<Path> decks = spec.positionalParameters().get(0).getValue();
        boolean json = Boolean.TRUE.equals(spec.findOption("--json").getValue());
        boolean all = Boolean.TRUE.equals(spec.findOption("--all").getValue());
        Instant at = spec.findOption("--at").getValue();
        if (at != null && (at.isBefore(Instant.EPOCH) || !at.isBefore(END_OF_WINDOW))) {
            throw new UserError(ExitCode.USAGE, "--at " + at + " is outside 1970-01-01 .. 2200-01-01, the instants "
                    + "progress is kept for");
        }
        UserConfig config = UserConfig.load(env);
        DeckSelection.Chosen chosen = DeckSelection.resolvePaths(env, data, config, decks, spec.commandLine().getErr());
        Clock clock = env.clock();
        Instant now = at != null ? at : clock.instant();
        try (Store store = StoreAccess.openReadOnly(data, clock)) {
            StudiedToday today = all ? StudiedToday.none() : StoreAccess.studiedToday(store,
                    chosen.decks().stream().map(cuecard.deck.Deck::id).toList(),
                    clock.getZone(), config.dayStartHour(), now);
            StudyQueue queue = config.studyQueue(chosen.cards(), store, clock.getZone(), today);
            List<Card> shown = all ? queue.all(now) : queue.next(now).map(List::of).orElse(List.of());
            for (Card c : shown) {
                boolean fresh = !store.known(c.key());
                Instant due = store.state(c.key(), now).due();
                if (json) {
                    ObjectNode o = Json.MAPPER.createObjectNode();
                    o.put("key", c.key().toString());
                    o.put("deck", c.key().deckId());
                    o.put("type", c.type().yamlName());
                    o.put("prompt", c.prompt());
                    o.put("due", due.toString());
                    o.put("new", fresh);
                    out.println(Json.MAPPER.writeValueAsString(o));
                } else {
                    out.printf("%s  [%s]  %s  %s%n", c.key(), c.type().yamlName(), fresh ? "new" : "due " + due,
                            oneLine(c.prompt()));
                }
            }
            if (shown.isEmpty() && !json) {
                out.println("Nothing to study now.");
            }
        }
        return chosen.hasErrors() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    /** The end of the instants the store keeps (docs/store.md, "Value ranges"). */
    static final Instant END_OF_WINDOW = Instant.parse("2200-01-01T00:00:00Z");

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
