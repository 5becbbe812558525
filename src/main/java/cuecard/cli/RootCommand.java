package cuecard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cuecard} with no subcommand: study the bundled and the user's decks. Its subcommands are listed in
 * {@link CliFactory#VERBS}, which adds them (all of them, or only the one a command line names). Its spec is built
 * in code (see {@link CliFactory#BY_HAND}).
 */
public final class RootCommand implements Callable<Integer> {

    CommandSpec spec;

    private final Environment env;

    RootCommand(Environment env) {
        this.env = env;
    }

    /** The spec of {@code cuecard} itself, bound to {@code root}. */
    static CommandSpec spec(RootCommand root) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(root);
        s.name("cuecard").versionProvider(new Version());
        s.usageMessage().description("Terminal flashcards with FSRS-6 scheduling.")
                .footer("", "Exit codes: 0 ok, 1 findings, 2 usage error, 3 bad input file, 4 damaged store, "
                        + "5 store locked, 6 cannot write to the data dir.");
        CliFactory.standardHelpOptions(s);
        s.addOption(DataDirOption.option());
        s.addOption(picocli.CommandLine.Model.OptionSpec.builder("--lang").paramLabel("en|zh").type(String.class)
                .description("Language of the screens (default: config, then $LANG); also for the verb after it.").build());
        root.spec = s;
        return s;
    }

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        String lang = StudyCommand.checkLang(spec.findOption("--lang").getValue());
        if (System.console() != null) {
            return StudyCommand.open(env, DataDirOption.resolve(env, spec), java.util.List.of(),
                    StudyCommand.pickerOptions(env, lang), spec.commandLine().getErr());
        }
        UserConfig config = UserConfig.load(env);
        DeckSelection.Chosen chosen = DeckSelection.resolvePaths(env, DataDirOption.resolve(env, spec), config,
                java.util.List.of(), spec.commandLine().getErr());
        cuecard.study.Messages m = StudyCommand.messages(env, config, lang);
        if (chosen.library().results().isEmpty()) {
            out.println(m.get(cuecard.study.Messages.Text.LIST_NO_DECKS, chosen.paths()));
            return ExitCode.OK;
        }
        out.println(m.get(cuecard.study.Messages.Text.LIST_DECKS));
        for (cuecard.deck.Deck d : chosen.decks()) {
            out.printf("  %-28s %-11s %s%n", d.id(), m.count(cuecard.study.Messages.Text.N_CARDS, d.cards().size()), d.title());
        }
        return chosen.hasErrors() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
