package cuecard.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The one place the command line is built: its subcommands, writers, error handlers and exit codes. */
public final class CliFactory {

    private CliFactory() {
    }

    /** The command line on the process's own streams and environment. */
    public static CommandLine standard() {
        return create(Environment.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static CommandLine create(Environment env, PrintWriter out, PrintWriter err) {
        CommandLine.IFactory factory = new CommandFactory(env);
        CommandLine cl = new CommandLine(new RootCommand(env), factory);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
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
