package cuecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process with captured writers, as the tests use it. */
public final class CliRun {

    public record Result(int exitCode, String out, String err) {
    }

    private final Map<String, String> vars = new HashMap<>();
    private Path home = Path.of("/nonexistent-home");
    private Path bundledDecks;
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    public static CliRun withHome(Path home) {
        CliRun r = new CliRun();
        r.home = home;
        return r;
    }

    public CliRun env(String name, String value) {
        vars.put(name, value);
        return this;
    }

    /** Runs the commands at a fixed instant in a given zone. */
    public CliRun at(String instant, String zone) {
        clock = java.time.Clock.fixed(java.time.Instant.parse(instant), java.time.ZoneId.of(zone));
        return this;
    }

    public CliRun bundledDecks(Path dir) {
        bundledDecks = dir;
        return this;
    }

    /** Runs {@code args} on the command line built for them, as {@code cuecard} itself does. */
    public Result run(String... args) {
        return run(true, args);
    }

    /** Runs {@code args} followed by {@code --data-dir DATA}, as most store tests do. */
    public Result runIn(Path data, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        return run(all);
    }

    /** Runs {@code args} on the whole command line, every subcommand in it. */
    public Result runOnWholeLine(String... args) {
        return run(false, args);
    }

    private Result run(boolean forArgs, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(Map.copyOf(vars), home, bundledDecks, clock);
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        picocli.CommandLine cl = forArgs ? CliFactory.create(env, o, e, args) : CliFactory.create(env, o, e);
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
