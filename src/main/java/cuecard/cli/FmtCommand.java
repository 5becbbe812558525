package cuecard.cli;

import cuecard.deck.Card;
import cuecard.deck.CardIds;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deckfile.DeckLayout;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.DeckYaml;
import cuecard.study.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard fmt --assign-ids DECK.yaml...}: pins each card's derived id into the file, touching nothing else. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Tidy deck files without changing their layout. --assign-ids writes the derived id into every "
            + "card that has none, so that later edits of its prompt keep its progress. Comments, order and "
            + "quoting stay as they are.",
        footer = {"", "Exit codes: 0 done (or nothing to do), 1 --check found cards without an id,",
            "2 usage error, 3 a file is missing or has errors (the other files are still done)."})
public final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", arity = "1..*", description = "Deck files, or ids of decks in the deck folders.")
    List<Path> files;

    @Option(names = "--assign-ids", description = "Write the derived id into every card lacking one.")
    boolean assignIds;

    @Option(names = "--check", description = "Change nothing; exit 1 when a card lacks an id.")
    boolean check;


    private final Environment env;

    FmtCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!assignIds) {
            throw new UserError(ExitCode.USAGE, "nothing to do: fmt needs --assign-ids");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCode.OK;
        for (Path file : DeckSelection.files(env, dataDir.resolve(env), UserConfig.load(env), files)) {
            try {
                int missing = assign(file);
                if (missing > 0 && check) {
                    out.println(file + ": " + Messages.english().count(Messages.Text.N_CARDS, missing) + " without an id (run `cuecard fmt --assign-ids " + file + "`)");
                    code = Math.max(code, ExitCode.FINDINGS);
                } else if (missing > 0) {
                    out.println(file + ": wrote " + Messages.english().count(Messages.Text.N_IDS, missing));
                } else {
                    out.println(file + ": every card has an id");
                }
            } catch (UserError e) {
                err.println("cuecard: " + e.getMessage());
                code = Math.max(code, e.exitCode());
            }
        }
        return code;
    }

    /** Assigns the missing ids of one file (unless checking); returns how many were missing. */
    private int assign(Path file) {
        String text = DeckInput.text(file);
        Deck before = DeckInput.orFail(DeckLoader.parse(text, file.toString()),
                file + " has errors; fix them first (`cuecard lint " + file + "`):");
        String updated = withIds(text, before);
        if (updated.equals(text)) {
            return 0;
        }
        int missing = (int) before.notes().stream().filter(n -> n.info().id() == null).count();
        if (check) {
            return missing;
        }
        Deck after = DeckInput.orFail(DeckLoader.parse(updated, file.toString()), "assigning ids would break " + file + ":");
        if (!sameCards(before, after)) {
            throw new UserError(ExitCode.INTERNAL, file + ": assigning ids would change the cards; left unchanged");
        }
        DeckInput.replace(file, updated);
        return missing;
    }

    /** The text with an {@code id:} entry inserted into every card that lacks one. */
    static String withIds(String text, Deck deck) {
        DeckLayout layout = DeckLayout.of(text).orElseThrow(() -> new UserError(ExitCode.BAD_INPUT, "no `cards:` list"));
        List<DeckLayout.CardSpan> items = layout.cards().items();
        if (items.size() != deck.notes().size()) {
            throw new UserError(ExitCode.INTERNAL, "the cards list and the loaded cards differ in number");
        }
        String nl = layout.newline();
        StringBuilder sb = new StringBuilder(text.length() + items.size() * 32);
        int copied = 0;
        for (int i = 0; i < items.size(); i++) {
            DeckLayout.CardSpan span = items.get(i);
            Note note = deck.notes().get(i);
            if (span.hasId() || note.info().id() != null || span.typeEnd() < 0) {
                continue;
            }
            String id = DeckYaml.scalar(CardIds.of(note));
            int at;
            String insert;
            if (span.flow()) {
                at = span.typeEnd();
                insert = ", id: " + id;
            } else {
                at = text.indexOf('\n', span.typeEnd());
                if (at < 0) {
                    at = text.length();
                } else if (at > 0 && text.charAt(at - 1) == '\r') {
                    at--;
                }
                insert = nl + " ".repeat(span.keyColumn()) + "id: " + id;
            }
            sb.append(text, copied, at).append(insert);
            copied = at;
        }
        sb.append(text, copied, text.length());
        return sb.toString();
    }

    /** Same keys, and the same content once ids are pinned and places ignored. */
    private static boolean sameCards(Deck a, Deck b) {
        if (!a.cards().stream().map(Card::key).toList().equals(b.cards().stream().map(Card::key).toList())) {
            return false;
        }
        for (int i = 0; i < a.notes().size(); i++) {
            if (!DeckYaml.flowCard(pinned(a.notes().get(i))).equals(DeckYaml.flowCard(pinned(b.notes().get(i))))) {
                return false;
            }
        }
        return a.id().equals(b.id()) && a.tags().equals(b.tags()) && a.sources().equals(b.sources());
    }

    /** The note with its id written out. */
    static Note pinned(Note n) {
        NoteInfo i = n.info();
        NoteInfo info = new NoteInfo(CardIds.of(n), i.tags(), i.source(), i.explanation(), i.location());
        return n.withInfo(info);
    }
}
