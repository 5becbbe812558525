package cuecard.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import cuecard.cli.CliFactory;
import cuecard.cli.Environment;
import cuecard.deck.Deck;
import cuecard.deckfile.Library;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import cuecard.schedule.QueueSettings;
import cuecard.schedule.StudyQueue;
import cuecard.store.Store;
import cuecard.study.CramSelection;
import cuecard.study.DeckSchedulers;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import cuecard.study.tui.DeckReload;
import cuecard.study.tui.StudyApp;
import cuecard.study.tui.StudySetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Run in a JVM with a small heap ({@code -Xmx512m}) over a large collection: studies 30 cards in the text UI on a
 * virtual terminal with the store open, then runs {@code cuecard stats --json} and {@code cuecard optimize}
 * in-process. Prints one line per step and exits non-zero when a step fails; an OutOfMemoryError ends the JVM with
 * an error. {@code LargeCollectionMemoryTest} prepares the data and runs it.
 * Usage: {@code MemoryCheck DECKS-DIR DATA-DIR}.
 */
public final class MemoryCheck {

    private MemoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path decksDir = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        long start = System.nanoTime();
        List<Deck> decks = Library.load(List.of(decksDir)).decks();
        int cards = decks.stream().mapToInt(d -> d.cards().size()).sum();
        step("loaded " + decks.size() + " decks, " + cards + " cards", start);

        start = System.nanoTime();
        int answered;
        try (Store store = Store.open(data, clock)) {
            step("opened the store: " + store.reviewCount() + " reviews", start);
            start = System.nanoTime();
            Fsrs fsrs = new Fsrs(FsrsSettings.defaults());
            SessionSettings settings = SessionSettings.review("all", ZoneOffset.UTC);
            QueueSettings limits = new QueueSettings(1000, 1000, 4, 8);
            StudySetup setup = new StudySetup(decks, false, store, DeckSchedulers.all(fsrs), clock, settings,
                    CramSelection.all(), Messages.english(), false,
                    list -> new StudyQueue(list, store, limits, ZoneOffset.UTC),
                    (file, line) -> { }, () -> new DeckReload.Result(decks, List.of()));
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
            StudyApp app = new StudyApp(terminal, setup);
            app.start();
            long before = store.reviewCount();
            for (int i = 0; i < 30; i++) {
                // reveal or pick or say true, then rate Good / move on: enough for every card type
                for (char c : new char[] {' ', '1', 't', '3', '\n'}) {
                    terminal.addInput(new KeyStroke(c, false, false));
                }
                terminal.addInput(new KeyStroke(com.googlecode.lanterna.input.KeyType.Enter));
                app.processInput();
            }
            answered = (int) (store.reviewCount() - before);
            step("studied: " + answered + " answers saved", start);
        }
        if (answered < 10) {
            throw new IllegalStateException("expected at least 10 answers, saved " + answered);
        }
        Environment env = new Environment(Map.of(), data.resolve("home"), decksDir, clock);
        for (String[] command : new String[][] {
            {"stats", decksDir.toString(), "--json", "--data-dir", data.toString()},
            {"optimize", decksDir.toString(), "--json", "--data-dir", data.toString()},
        }) {
            start = System.nanoTime();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = CliFactory.create(env, new PrintWriter(out, true), new PrintWriter(err, true)).execute(command);
            if (code != 0) {
                throw new IllegalStateException(command[0] + " exited " + code + ": " + err);
            }
            step(command[0] + ": " + out.toString().length() + " characters of JSON", start);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("ok; heap limit " + rt.maxMemory() / (1024 * 1024) + " MiB");
    }

    private static void step(String what, long startNanos) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-60s %6d ms  heap used %4d MiB%n", what, (System.nanoTime() - startNanos) / 1_000_000,
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
}
