package cuecard.cli;

import cuecard.store.Store;
import cuecard.store.StoreProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cuecard sync DIR}: merges another device's review logs into this store (a union by entry id). */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Merge the review logs of another device (its data dir, or its reviews folder). Entries not yet "
            + "here are appended; nothing is rewritten, so running it twice changes nothing.",
        footer = {"", "Exit codes: 0 merged, 1 merged but some lines there are damaged (listed), 3 DIR missing,",
            "4 damaged store, 5 another cuecard process is writing, 6 cannot write (read-only or full disk)."})
public final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(paramLabel = "DIR", description = "The other device's data dir or its reviews folder.")
    Path dir;

    private final Environment env;

    SyncCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            throw new UserError(ExitCode.BAD_INPUT, dir + ": no such folder");
        }
        try (Store store = StoreAccess.open(dataDir.resolve(env), env.clock())) {
            Store.SyncResult r = store.sync(dir);
            for (StoreProblem p : r.problems()) {
                spec.commandLine().getErr().println(p.format());
            }
            out.println("read " + r.files() + " log" + (r.files() == 1 ? "" : "s") + " from " + dir + ": " + r.added()
                    + " new entr" + (r.added() == 1 ? "y" : "ies") + " added, " + r.present() + " already here");
            return r.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        } catch (cuecard.store.StoreException e) {
            throw StoreAccess.userError(e);
        }
    }
}
