package cuecard.cli;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deckfile.Library;
import cuecard.review.Mode;
import cuecard.review.Progress;
import cuecard.schedule.QueueSettings;
import cuecard.schedule.StudyQueue;
import cuecard.store.StoreException;
import cuecard.study.CramSelection;
import cuecard.study.DeckSchedulers;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import cuecard.study.tui.DeckReload;
import cuecard.study.tui.EditorLaunch;
import cuecard.study.tui.StudyApp;
import cuecard.study.tui.StudySetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard study}: the study screens on this terminal. */
@Command(name = "study", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Study decks in the terminal: review what is due, cram, or take an exam. Without DECKs: the deck "
            + "picker over the deck folders (bundled, DATA-DIR/decks, deck-folders of config.yaml).")
public final class StudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DECK", arity = "0..*", description = "Deck files, folders of deck files or deck ids.")
    List<Path> decks = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "review",
            description = "review (scheduled, saved), cram (practice, schedule unchanged) or exam (scored). Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the screens (default: config, then $LANG).")
    String lang;

    @Option(names = "--tag", paramLabel = "TAG", description = "Cram/exam: only cards with this tag.")
    String tag;

    @Option(names = "--leeches", description = "Cram/exam: only leeches, cards forgotten leech-lapses times or more (config.yaml, 8 by default).")
    boolean leeches;

    @Option(names = "--weakest", paramLabel = "N", description = "Cram/exam: the N cards you are least likely to recall now.")
    int weakest;

    @Option(names = "--count", paramLabel = "N", description = "Exam: number of questions (default: all selected cards).")
    int count;

    @Option(names = "--time-limit", paramLabel = "MINUTES", description = "Exam: time allowed, in minutes.")
    Integer timeLimit;

    private final Environment env;

    StudyCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        lang = langOf(spec, lang);
        if (count < 0 || weakest < 0 || (timeLimit != null && timeLimit <= 0)) {
            throw new UserError(ExitCode.USAGE, "--count, --weakest and --time-limit must be positive");
        }
        if (mode != Mode.EXAM && (count > 0 || timeLimit != null)) {
            throw new UserError(ExitCode.USAGE, "--count and --time-limit are for --mode exam");
        }
        if (mode == Mode.REVIEW && (tag != null || leeches || weakest > 0)) {
            throw new UserError(ExitCode.USAGE, "--tag, --leeches and --weakest choose cards for --mode cram or exam");
        }
        return open(env, dataDir.resolve(env), decks, this, spec.commandLine().getErr());
    }

    /** Loads the decks, opens progress and the terminal, and runs the study app; shared with bare {@code cuecard}. */
    static int open(Environment env, Path dataDir, List<Path> named, StudyCommand options, java.io.PrintWriter err) {
        // The terminal is set up (a few stty runs) on another thread while decks and progress load.
        java.util.concurrent.CompletableFuture<Terminal> terminal = System.console() == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(StudyCommand::newTerminal);
        try {
            return study(env, dataDir, named, options, err, terminal);
        } finally {
            if (terminal != null) {
                try {
                    closeQuietly(terminal.join());
                } catch (java.util.concurrent.CompletionException ignored) {
                    // no terminal was opened
                }
            }
        }
    }

    /** The cram/exam selection as given on the command line ({@code --tag x --leeches}), or "the decks". */
    String selection() {
        List<String> parts = new ArrayList<>();
        if (tag != null) {
            parts.add("--tag " + tag);
        }
        if (leeches) {
            parts.add("--leeches");
        }
        if (weakest > 0) {
            parts.add("--weakest " + weakest + " (only cards studied before count)");
        }
        return parts.isEmpty() ? "(every card is suspended)" : String.join(" ", parts);
    }

    /** A verb's {@code --lang}, else the one given before the verb ({@code cuecard --lang zh study}); checked. */
    static String langOf(CommandSpec verb, String own) {
        if (own == null && verb.parent() != null && verb.parent().findOption("--lang") != null) {
            own = verb.parent().findOption("--lang").getValue();
        }
        return checkLang(own);
    }

    /** {@code lang} when it is a language of the screens (or null), else a usage error. */
    static String checkLang(String lang) {
        if (lang != null && !lang.equals("en") && !lang.equals("zh")) {
            throw new UserError(ExitCode.USAGE, "--lang must be en or zh, not `" + lang + "`");
        }
        return lang;
    }

    /** The options of bare {@code cuecard}: the picker in review mode, in {@code lang} (null: config, then locale). */
    static StudyCommand pickerOptions(Environment env, String lang) {
        StudyCommand o = new StudyCommand(env);
        o.mode = Mode.REVIEW;
        o.lang = checkLang(lang);
        return o;
    }

    /** The words of the screens: {@code --lang} wins, then config.yaml's {@code language}, then the locale. */
    static Messages messages(Environment env, UserConfig config, String lang) {
        String name = lang != null ? lang : config.language() != null ? config.language() : localeOf(env);
        return new Messages(Messages.Lang.fromLocale(name));
    }

    /** The locale the environment asks for, as POSIX ranks it: LC_ALL, then LC_MESSAGES, then LANG. */
    static String localeOf(Environment env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            if (env.get(name) != null) {
                return env.get(name);
            }
        }
        return null;
    }

    static Terminal newTerminal() {
        try {
            return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                    .setForceTextTerminal(true)
                    // Ctrl-C arrives as a key, so it ends the session the way q does (store closed, exit 0)
                    .setUnixTerminalCtrlCBehaviour(com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour.TRAP)
                    .createTerminal();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Terminal t) {
        try {
            t.close();
        } catch (IOException ignored) {
            // the terminal is being left anyway
        }
    }

    static int study(Environment env, Path dataDir, List<Path> named, StudyCommand options,
                             java.io.PrintWriter err, java.util.concurrent.CompletableFuture<Terminal> terminal) {
        boolean picker = named.isEmpty();
        UserConfig config = UserConfig.load(env);
        Schedulers schedulers = new Schedulers(config, dataDir);
        // the picker shows a broken deck as a row with its error: nothing is printed behind the full-screen UI
        java.io.PrintWriter problems = picker && terminal != null ? new java.io.PrintWriter(java.io.Writer.nullWriter()) : err;
        DeckSelection.Chosen chosen = DeckSelection.resolvePaths(env, dataDir, config, named, problems);
        List<Path> paths = chosen.paths();
        List<Deck> loaded = chosen.decks();
        List<DeckError> broken = picker ? broken(chosen.library()) : List.of();
        if (loaded.isEmpty() && broken.isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, "no decks to study in " + paths);
        }
        if (terminal != null && loaded.stream().anyMatch(d -> d.language() != null && d.language().startsWith("zh"))) {
            // the first traditional/simplified conversion loads HanLP's tables (~0.1 s): do it before the first answer
            Thread warm = new Thread(() -> cuecard.study.AnswerMatch.check("繁體", "繁体", List.of()), "hanlp-warm-up");
            warm.setDaemon(true);
            warm.start();
        }
        Clock clock = Clock.systemDefaultZone();
        Mode mode = options == null ? Mode.REVIEW : options.mode;
        String title = loaded.size() == 1 ? loaded.get(0).title() : "";
        SessionSettings settings = new SessionSettings(mode, title, clock.getZone(), config.dayStartHour(),
                options == null ? 0 : options.count,
                options == null || options.timeLimit == null ? null : Duration.ofMinutes(options.timeLimit));
        Messages messages = messages(env, config, options == null ? null : options.lang);
        if (title.isEmpty()) {
            settings = settings.withTitle(messages.get(Messages.Text.ALL_DECKS));
        }
        CramSelection cram = options == null ? CramSelection.all()
                : new CramSelection(options.tag, options.leeches ? config.leechLapses() : 0, options.weakest);
        try (ProgressHandle handle = ProgressHandle.open(dataDir, clock)) {
            if (mode != Mode.REVIEW && cram.select(chosen.cards(), handle.progress(), clock.instant()).isEmpty()) {
                throw new UserError(ExitCode.FINDINGS, "no cards match " + options.selection() + " in "
                        + String.join(", ", loaded.stream().map(Deck::id).toList()) + "; nothing to " + mode.id());
            }
            if (terminal == null) {
                throw new UserError(ExitCode.USAGE, "cuecard study needs a terminal (stdin and stdout must be a tty)");
            }
            Progress progress = handle.progress();
            List<String> deckIds = loaded.stream().map(Deck::id).toList();
            SessionSettings s = settings;
            StudySetup setup = new StudySetup(loaded, picker, progress, schedulers::forDeck, clock, s, cram, messages,
                    env.get("NO_COLOR") == null,
                    cards -> config.studyQueue(cards, progress, s.zone(), handle.studiedToday(deckIds, s, clock.instant())),
                    EditorLaunch.fromEnvironment(env.variables()),
                    () -> {
                        Library again = Library.load(paths, env.deckCache());
                        return new DeckReload.Result(again.decks(), again.problems().stream()
                                .filter(DeckError::isError).map(DeckError::format).toList(), broken(again));
                    });
            StudyApp app = new StudyApp(terminal.join(), setup)
                    .withProgressViews(new StoreViews(handle.store(), schedulers, config, clock))
                    .withBrokenDecks(broken);
            if (picker) {
                app.withGenerator(new PickerGenerate(env, dataDir));
            }
            app.run();
            return ExitCode.OK;
        } catch (StoreException e) {
            throw StoreAccess.userError(e);
        } catch (IOException | java.util.concurrent.CompletionException e) {
            throw new UserError(ExitCode.INTERNAL, "cannot use the terminal: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }

    /** The first error of each deck file that does not load. */
    static List<DeckError> broken(Library library) {
        List<DeckError> out = new ArrayList<>();
        for (cuecard.deck.DeckResult r : library.results().values()) {
            if (r instanceof cuecard.deck.DeckResult.Failed f) {
                f.problems().stream().filter(DeckError::isError).findFirst().ifPresent(out::add);
            }
        }
        return out;
    }
}
