package cuecard.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** The one place the command line is built: its subcommands, writers, error handlers and exit codes. */
public final class CliFactory {

    /**
     * The subcommands of {@code cuecard}, by name, in the order its help lists them (one class per verb). picocli
     * reads every option of a command class when the class is added, which is most of a short command's start-up,
     * so a command line that names one verb gets only that one (see {@link #create(Environment, PrintWriter,
     * PrintWriter, String[])}).
     */
    static final Map<String, Class<?>> VERBS = verbs();

    private static Map<String, Class<?>> verbs() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("add", AddCommand.class);
        m.put("doctor", DoctorCommand.class);
        m.put("edit", EditCommand.class);
        m.put("export", ExportCommand.class);
        m.put("fmt", FmtCommand.class);
        m.put("generate", GenerateCommand.class);
        m.put("generate-completion", picocli.AutoComplete.GenerateCompletion.class);
        m.put("help", picocli.CommandLine.HelpCommand.class);
        m.put("fsrs", FsrsCommand.class);
        m.put("grade", GradeCommand.class);
        m.put("import", ImportCommand.class);
        m.put("lint", LintCommand.class);
        m.put("new", NewCommand.class);
        m.put("next", NextCommand.class);
        m.put("optimize", OptimizeCommand.class);
        m.put("simulate", SimulateCommand.class);
        m.put("stats", StatsCommand.class);
        m.put("study", StudyCommand.class);
        m.put("sync", SyncCommand.class);
        m.put("warm-up", WarmUpCommand.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Verbs whose spec is built in code instead of read from annotations: reading picocli's annotations makes the
     * JVM generate a proxy class for each annotation type (Command, Option, Parameters, Mixin, Spec and the
     * meta-annotations), about 25 ms of a 150 ms start, so the root command and {@code next}, the command a
     * script or prompt runs most often, skip it. Their help reads the same as an annotated command's.
     */
    static final Map<Class<?>, java.util.function.Function<Environment, CommandLine.Model.CommandSpec>> BY_HAND =
            Map.of(NextCommand.class, env -> NextCommand.spec(new NextCommand(env)));

    private CliFactory() {
    }

    /** {@code -h/--help} and {@code -V/--version}, as {@code mixinStandardHelpOptions} adds them. */
    static void standardHelpOptions(CommandLine.Model.CommandSpec spec) {
        spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(CommandLine.Model.OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** The command line for {@code args} on the process's own streams and environment. */
    public static CommandLine standard(String[] args) {
        return create(Environment.system(), new RecordingWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out)),
                new PrintWriter(System.err, true), args);
    }

    /** The whole command line, every subcommand in it. */
    public static CommandLine create(Environment env, PrintWriter out, PrintWriter err) {
        return build(env, out, err, VERBS);
    }

    /**
     * A command line that runs {@code args} exactly as the whole one would, built with only what they need: the
     * verb they name when its work cannot reach another subcommand, no subcommand at all for {@code cuecard} alone
     * (with {@code --data-dir} or {@code --version}); everything else (help, completion, a mistyped verb, other
     * options before the verb) gets the whole command line, so help and error messages list every verb.
     */
    public static CommandLine create(Environment env, PrintWriter out, PrintWriter err, String[] args) {
        return build(env, out, err, needed(args));
    }

    /** The subcommands {@code args} need: all of {@link #VERBS}, one of them, or none. */
    static Map<String, Class<?>> needed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--data-dir") || a.equals("--lang")) && i + 1 < args.length) {
                i++;
            } else if (a.startsWith("--data-dir=") || a.startsWith("--lang=")) {
                continue;
            } else if ((a.equals("--version") || a.equals("-V")) && args.length == 1) {
                return Map.of();
            } else if (a.startsWith("-") || a.equals("help") || a.equals("generate-completion")
                    || !VERBS.containsKey(a)) {
                return VERBS;
            } else {
                return Map.of(a, VERBS.get(a));
            }
        }
        return Map.of();
    }

    private static CommandLine build(Environment env, PrintWriter rawOut, PrintWriter rawErr, Map<String, Class<?>> verbs) {
        PrintWriter out = new Shown(rawOut);
        PrintWriter err = new Shown(rawErr);
        CommandLine.IFactory factory = new CommandFactory(env);
        CommandLine cl = new CommandLine(RootCommand.spec(new RootCommand(env)), factory);
        for (Map.Entry<String, Class<?>> v : verbs.entrySet()) {
            var byHand = BY_HAND.get(v.getValue());
            cl.addSubcommand(v.getKey(), byHand != null ? new CommandLine(byHand.apply(env), factory)
                    : new CommandLine(v.getValue(), factory));
        }
        cl.registerConverter(java.time.Instant.class, CliFactory::instant);
        cl.registerConverter(java.nio.file.Path.class, CliFactory::path);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // help without ANSI colours: its escape sequences would be shown escaped, as any other control character
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionStrategy(parsed -> outputChecked(out, rawOut, err, new CommandLine.RunLast().execute(parsed)));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("cuecard: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserError ue) {
                c.getErr().println("cuecard: " + ue.getMessage());
                return ue.exitCode();
            }
            c.getErr().println("cuecard: internal error: " + ex);
            if (env.get("CUECARD_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(set CUECARD_DEBUG=1 to see the stack trace, and please report it)");
            }
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    /**
     * {@code code}, unless standard output lost some of what a command printed (a full disk, a closed pipe): then
     * exit code 3, so a script never takes a cut-off export or {@code next --json} for the whole, with a message on
     * stderr unless the reader of a pipe went away on purpose ({@code | head -1}). Every command's output goes
     * through this one check, after it returns.
     */
    static int outputChecked(PrintWriter out, PrintWriter stream, PrintWriter err, int code) {
        out.flush();
        if (!out.checkError()) {
            return code;
        }
        int failed = code == ExitCode.OK || code == ExitCode.FINDINGS ? ExitCode.BAD_INPUT : code;
        if (stream instanceof RecordingWriter r && r.readerGone()) {
            return failed;
        }
        err.println("cuecard: standard output: cannot write all of the output (disk full, or the reader closed it)");
        err.flush();
        return failed;
    }

    /** An ISO-8601 instant, or a plain message naming the value and the form. */
    static java.time.Instant instant(String s) {
        try {
            return java.time.Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("`" + s + "` is not an instant; write it in ISO-8601 UTC,"
                    + " e.g. 2026-01-05T09:00:00Z");
        }
    }

    /** A path, or a plain message when the text cannot name a file (a NUL byte, say). */
    static java.nio.file.Path path(String s) {
        try {
            return java.nio.file.Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("`" + s + "` cannot name a file: " + e.getReason());
        }
    }

    /** Builds command objects, handing the environment to those whose constructor takes one. */
    private record CommandFactory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var ctor = cls.getDeclaredConstructor(Environment.class);
                ctor.setAccessible(true);
                return ctor.newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
