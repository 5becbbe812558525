package cuecard.cli;

import cuecard.deck.CardIds;
import cuecard.deckfile.DeckLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard new DECK-ID}: writes a commented template deck with an example of every card type. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a new deck file: a commented template with an example of every card type.",
        footer = {"", "Exit codes: 0 written, 2 bad deck id, 3 the file exists (use --force), "
            + "is inside the data dir or cannot be written."})
public final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK-ID", description = "The deck id: letters, digits, '.', '_' or '-'.")
    String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: DECK-ID.yaml here).")
    Path output;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Option(names = "--title", description = "The deck's title (default: from the id).")
    String title;

    @Option(names = "--language", defaultValue = "en", description = "BCP 47 language tag (default: ${DEFAULT-VALUE}).")
    String language;

    private final Environment env;

    NewCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!CardIds.VALID.matcher(id).matches()) {
            throw new UserError(ExitCode.USAGE, "deck id `" + id + "` must be a slug: letters, digits, '.', '_' or '-'"
                    + " (at most 80 characters, starting with a letter or digit)");
        }
        if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            throw new UserError(ExitCode.USAGE, "`" + language + "` is not a BCP 47 language tag (use en, zh-Hans or zh-Hant)");
        }
        Path file = output != null ? output : Path.of(id + ".yaml");
        OutputFile.check(file, dataDir.resolve(env), force);
        String text = template(id, title != null ? title : titleOf(id), language, DeckInput.schemaPath(env, file));
        DeckInput.orFail(DeckLoader.parse(text, file.toString()), "the template would not load:");
        OutputFile.write(file, text, force);
        spec.commandLine().getOut().println("Wrote " + file + ". Add cards with `cuecard add " + file
                + " --type basic --front ... --back ...` or edit it, then run `cuecard lint " + file + "`.");
        return ExitCode.OK;
    }

    /** The template deck text. */
    static String template(String id, String title, String language, String schema) {
        try (InputStream in = NewCommand.class.getResourceAsStream("/cuecard/deck-template.yaml")) {
            String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return t.replace("@SCHEMA@", schema).replace("@DECK@", id).replace("@TITLE@", cuecard.deckfile.DeckYaml.scalar(title))
                    .replace("@LANGUAGE@", language);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the deck template is missing from the jar", e);
        }
    }

    static String titleOf(String id) {
        String words = id.replaceAll("[-_.]+", " ").trim();
        return words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
