package cuecard.cli;

import com.googlecode.lanterna.terminal.Terminal;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.ReviewDecisionsFile;
import cuecard.deckfile.ReviewedDeck;
import cuecard.generate.Generator;
import cuecard.generate.InputText;
import cuecard.generate.Proposals;
import cuecard.generate.review.Decisions;
import cuecard.generate.review.ProposalReview;
import cuecard.study.Messages;
import cuecard.study.tui.EditorLaunch;
import cuecard.study.tui.ReviewApp;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code cuecard generate FILE... --review -o DECK.yaml}: the generator's proposals on the review screen, the kept
 * cards into DECK.yaml (new or existing) and the decisions into DECK.review.yaml. Also what the deck picker's
 * {@code g} runs ({@link #prepare}, {@link #write}).
 */
final class GenerateReview {

    private final Path output;
    private final Path explain;
    private final Environment env;
    private final Decisions earlier;

    private GenerateReview(Path output, Path explain, Environment env, Decisions earlier) {
        this.output = output;
        this.explain = explain;
        this.env = env;
        this.earlier = earlier;
    }

    /** Checks the options, the terminal, the deck file and its decisions before any work is done. */
    static GenerateReview check(GenerateCommand c, Environment env, Path dataDir) {
        if (c.output == null) {
            throw new UserError(ExitCode.USAGE, "--review needs -o DECK.yaml: the deck the kept cards go into (new or existing)");
        }
        if (c.force) {
            throw new UserError(ExitCode.USAGE, "--review adds to DECK.yaml when it exists; --force does not apply");
        }
        if (System.console() == null) {
            throw new UserError(ExitCode.USAGE, "--review needs a terminal (stdin and stdout must be a tty); "
                    + "run it in a terminal, or leave --review out to write every proposed card");
        }
        return new GenerateReview(deckFile(c.output, dataDir), c.explain, env, decisions(c.output));
    }

    /** The deck file to write: not a folder, not in the data dir; an existing one must load. */
    static Path deckFile(Path output, Path dataDir) {
        OutputFile.check(output, dataDir, true, true);
        if (Files.exists(output)) {
            String text = DeckInput.text(output);
            DeckResult r = DeckLoader.parse(text, output.toString());
            DeckInput.orFail(r, output + " has errors; fix them first (`cuecard lint " + output + "`):");
        }
        return output;
    }

    /** The decisions remembered beside the deck, or exit 3 with every problem at its line. */
    static Decisions decisions(Path output) {
        Path file = ReviewDecisionsFile.beside(output);
        try {
            ReviewDecisionsFile.Read read = ReviewDecisionsFile.read(file);
            if (!read.errors().isEmpty()) {
                throw new UserError(ExitCode.BAD_INPUT, read.errors().stream().map(DeckError::format)
                        .collect(Collectors.joining("\n")) + "\n(fix or delete " + file + ")");
            }
            return read.decisions();
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, file + ": cannot read: " + e.getMessage());
        }
    }

    int run(List<InputText> inputs, Generator.Settings settings, Generator.Progress progress, PrintWriter err) {
        Proposals proposals = Proposals.of(inputs, settings, progress);
        if (explain != null) {
            OutputFile.write(explain, proposals.report(), false);
            err.println("cuecard: wrote the report of " + Messages.english().count(Messages.Text.N_FILES, inputs.size()) + " to " + explain);
        }
        ProposalReview review = new ProposalReview(proposals.proposed(), proposals.rejected(), earlier);
        Terminal terminal = StudyCommand.newTerminal();
        ReviewApp.Outcome outcome;
        try {
            outcome = new ReviewApp(terminal, setup(env, proposals, review)).run();
        } catch (IOException e) {
            throw new UserError(ExitCode.INTERNAL, "cannot use the terminal: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = ReviewApp.Outcome.CANCEL;
        } finally {
            try {
                terminal.close();
            } catch (IOException ignored) {
                // the terminal is being left anyway
            }
        }
        if (outcome == ReviewApp.Outcome.CANCEL) {
            err.println("cuecard: left without writing; " + output + " is unchanged");
            return ExitCode.OK;
        }
        err.println(write(output, proposals, review));
        return ExitCode.OK;
    }

    static ReviewApp.Setup setup(Environment env, Proposals proposals, ProposalReview review) {
        UserConfig config = UserConfig.load(env);
        String lang = config.language() != null ? config.language() : StudyCommand.localeOf(env);
        return new ReviewApp.Setup(review, proposals.deck().id(), proposals.deck().sources(),
                new Messages(Messages.Lang.fromLocale(lang)), env.get("NO_COLOR") == null,
                EditorLaunch.fromEnvironment(env.variables()));
    }

    /** Writes the kept cards and the decisions; the line to print. */
    static String write(Path output, Proposals proposals, ProposalReview review) {
        ReviewedDeck.Written w = written(output, proposals, review);
        String skipped = w.skipped() > 0 ? " (" + w.skipped() + " already there)" : "";
        if (w.added().isEmpty()) {
            return "cuecard: no new cards; " + output + " is unchanged" + skipped;
        }
        return "cuecard: " + (w.created() ? "wrote " : "added ") + Messages.english().count(Messages.Text.N_CARDS, w.added().size())
                + " to " + output + skipped;
    }

    /** Writes the kept cards and the decisions. */
    static ReviewedDeck.Written written(Path output, Proposals proposals, ProposalReview review) {
        try {
            return ReviewedDeck.write(output, proposals.deck(), review);
        } catch (ReviewedDeck.Refused e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, output + ": cannot write: " + e.getMessage());
        }
    }
}
