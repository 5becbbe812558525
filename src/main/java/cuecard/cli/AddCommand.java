package cuecard.cli;

import cuecard.deck.Card;
import cuecard.deck.CardType;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Location;
import cuecard.deckfile.DeckAppend;
import cuecard.deckfile.DeckLayout;
import cuecard.deckfile.DeckLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard add DECK.yaml --type TYPE ...}: appends one card as text, leaving the rest of the file as it was. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Append one card to a deck file, leaving the rest of the file (comments, layout) as it is. The "
            + "result is checked with the loader before it is written, and written atomically.",
        footer = {"", "Fields by type:",
            "  basic      --front --back [--reverse]",
            "  cloze      --text (deletions {{answer}} or {{answer::hint}})",
            "  choice     --question --answer --distractor ... (repeat)",
            "  typed      --question --answer [--accept ...]",
            "  truefalse  --statement --answer true|false",
            "", "Exit codes: 0 added, 1 the card does not fit the deck (e.g. its id is taken), 2 bad or missing flags,",
            "3 the deck file is missing or has errors."})
public final class AddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", description = "The deck file to add to, or the id of a deck in the deck folders.")
    Path file;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "basic, cloze, choice, typed or truefalse.")
    String type;

    @Option(names = "--front", paramLabel = "TEXT", description = "The question side (basic).") String front;
    @Option(names = "--back", paramLabel = "TEXT", description = "The answer side (basic).") String back;
    @Option(names = "--reverse", description = "Also ask the back for the front (basic).") boolean reverse;
    @Option(names = "--text", paramLabel = "TEXT", description = "Cloze text with {{answer}} or {{answer::hint}}.") String text;
    @Option(names = "--question", paramLabel = "TEXT", description = "The question (choice, typed).") String question;
    @Option(names = "--answer", paramLabel = "TEXT", description = "The answer (true or false for truefalse).") String answer;
    @Option(names = "--distractor", paramLabel = "TEXT", description = "A wrong option (choice); repeat for each.") List<String> distractors = new ArrayList<>();
    @Option(names = "--accept", paramLabel = "TEXT", description = "Another accepted answer (typed); repeat for each.") List<String> accept = new ArrayList<>();
    @Option(names = "--statement", paramLabel = "TEXT", description = "The statement (truefalse).") String statement;
    @Option(names = "--id", paramLabel = "ID", description = "The card id (default: derived from the prompt).") String id;
    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags, comma-separated.") List<String> tags = new ArrayList<>();
    @Option(names = "--note", paramLabel = "TEXT", description = "An explanation shown after answering.") String note;


    private final Environment env;

    AddCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        file = DeckSelection.file(env, dataDir.resolve(env), UserConfig.load(env), file);
        Note given = note();
        // the id printed below is the one written: a derived id pinned, so lint has none to ask for
        Note card = given.info().id() == null ? FmtCommand.pinned(given) : given;
        String original = DeckInput.text(file);
        Deck before = DeckInput.orFail(DeckLoader.parse(original, file.toString()),
                file + " has errors; fix them first (`cuecard lint " + file + "`):");
        DeckLayout layout = DeckLayout.of(original).orElseThrow(() -> new UserError(ExitCode.BAD_INPUT,
                file + ": no `cards:` list to add to"));
        String updated = DeckAppend.append(layout, card);
        DeckResult result = DeckLoader.parse(updated, file.toString());
        if (!(result instanceof DeckResult.Ok ok)) {
            String why = result.problems().stream().filter(DeckError::isError).map(DeckError::message)
                    .collect(Collectors.joining("; "));
            throw new UserError(ExitCode.FINDINGS, "the card was not added: " + why);
        }
        Deck after = ok.deck();
        if (after.notes().size() != before.notes().size() + 1
                || !after.notes().subList(0, before.notes().size()).equals(before.notes())) {
            throw new UserError(ExitCode.BAD_INPUT, file + ": appending here would change the last card's text (a `|` block"
                    + " that ends the file without a line break?); end the file with a line break, or add the card by hand");
        }
        DeckInput.replace(file, updated);
        Note added = after.notes().get(after.notes().size() - 1);
        String keys = Card.of(after.id(), added).stream().map(c -> c.key().toString()).collect(Collectors.joining(", "));
        spec.commandLine().getOut().println("Added " + keys + " at " + file + ":" + added.info().location().line());
        return ExitCode.OK;
    }

    private Note note() {
        CardType t = CardType.fromYaml(type).orElseThrow(() -> new UserError(ExitCode.USAGE,
                "unknown card type `" + type + "`: use basic, cloze, choice, typed or truefalse"));
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("--front", front);
        given.put("--back", back);
        given.put("--reverse", reverse ? "true" : null);
        given.put("--text", text);
        given.put("--question", question);
        given.put("--answer", answer);
        given.put("--distractor", distractors.isEmpty() ? null : distractors);
        given.put("--accept", accept.isEmpty() ? null : accept);
        given.put("--statement", statement);
        Map<CardType, List<String>> required = Map.of(
                CardType.BASIC, List.of("--front", "--back"), CardType.CLOZE, List.of("--text"),
                CardType.CHOICE, List.of("--question", "--answer", "--distractor"),
                CardType.TYPED, List.of("--question", "--answer"), CardType.TRUEFALSE, List.of("--statement", "--answer"));
        Map<CardType, List<String>> optional = Map.of(CardType.BASIC, List.of("--reverse"), CardType.TYPED, List.of("--accept"));
        List<String> missing = required.get(t).stream().filter(f -> given.get(f) == null).toList();
        if (!missing.isEmpty()) {
            throw new UserError(ExitCode.USAGE, t.yamlName() + " cards need " + String.join(" and ", missing));
        }
        for (var e : given.entrySet()) {
            if (e.getValue() != null && !required.get(t).contains(e.getKey())
                    && !optional.getOrDefault(t, List.of()).contains(e.getKey())) {
                throw new UserError(ExitCode.USAGE, e.getKey() + " does not apply to " + t.yamlName() + " cards");
            }
        }
        List<String> cleanTags = tags.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        NoteInfo info = new NoteInfo(id, cleanTags, null, note, Location.of(file.toString()));
        return switch (t) {
            case BASIC -> new Note.Basic(info, front, back, reverse);
            case CLOZE -> new Note.Cloze(info, text);
            case CHOICE -> new Note.Choice(info, question, answer, distractors);
            case TYPED -> new Note.Typed(info, question, answer, accept);
            case TRUEFALSE -> {
                if (!answer.equals("true") && !answer.equals("false")) {
                    throw new UserError(ExitCode.USAGE, "--answer of a truefalse card must be true or false, not `" + answer + "`");
                }
                yield new Note.TrueFalse(info, statement, Boolean.parseBoolean(answer));
            }
        };
    }
}
