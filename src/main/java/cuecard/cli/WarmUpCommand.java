package cuecard.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code cuecard warm-up} (hidden): what the launcher runs once after each build, with
 * {@code -XX:DumpLoadedClassList}, so the class-data-sharing archive holds the classes of real work — a study
 * session on a virtual terminal over the bundled decks, {@code next} and {@code stats} — and not only those of
 * whichever command happened to run first. Its progress goes to a temporary folder it deletes; the bundled decks it
 * reads land in the deck cache, as they would on a first real run.
 */
@Command(name = "warm-up", hidden = true, description = "Load the classes of a typical run (used by the launcher).")
public final class WarmUpCommand implements Callable<Integer> {

    private final Environment env;

    WarmUpCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Path tmp = Files.createTempDirectory("cuecard-warm-up");
        PrintWriter sink = new PrintWriter(new StringWriter());
        try {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
            // pick the first deck, answer a few cards whatever their type, look at the stats tab, leave
            for (String keys : List.of("\n", " 3", "t\n", " 3", "t\n", "q", "\n", "t", "q", "q")) {
                for (char c : keys.toCharArray()) {
                    terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
                }
            }
            terminal.addInput(new KeyStroke(KeyType.EOF));
            CompletableFuture<Terminal> ready = CompletableFuture.completedFuture(terminal);
            StudyCommand.study(env, tmp, List.of(), null, sink, ready);
            Environment quiet = env;
            for (String[] command : new String[][] {{"next", "--json"}, {"stats", "--json"}, {"lint", "--help"}}) {
                String[] args = new String[command.length + 2];
                System.arraycopy(command, 0, args, 0, command.length);
                args[command.length] = "--data-dir";
                args[command.length + 1] = tmp.toString();
                CliFactory.create(quiet, sink, sink, args).execute(args); // as Main builds it: one verb
            }
        } catch (RuntimeException e) {
            // a warm-up that fails only makes the archive smaller; the real command runs either way
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCode.OK;
    }
}
