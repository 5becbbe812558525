package cuecard.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import cuecard.deck.Card;
import cuecard.deck.Deck;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import cuecard.schedule.Fsrs;
import cuecard.schedule.FsrsSettings;
import cuecard.study.CramSelection;
import cuecard.study.DeckSchedulers;
import cuecard.study.MemoryProgress;
import cuecard.study.Messages;
import cuecard.study.SessionSettings;
import cuecard.study.tui.StudyApp;
import cuecard.study.tui.StudySetup;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The work of answering one card on the study screen: reveal (a redraw), rate Good (FSRS, the record, the next
 * card, a redraw), on a 100×30 virtual terminal with mixed English and Chinese cards of a few lines each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StudyRedrawBench {

    DefaultVirtualTerminal terminal;
    StudyApp app;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String front = i % 2 == 0
                    ? "Question " + i + ": what does the forgetting curve describe, and who measured it first? ".repeat(3)
                    : "第" + i + "题：遗忘曲线描述了什么？最早是谁测量的？请用一句话回答。".repeat(3);
            notes.add(new Note.Basic(new NoteInfo("n" + i, List.of(), null, "An explanation of a line or two.",
                    new Location("bench.yaml", i + 1, 1)), front, "Hermann Ebbinghaus, 1885. 艾宾浩斯。", false));
        }
        Deck deck = new Deck("bench", "Bench deck", "en", null, List.of(), List.of(), notes, Location.of("bench.yaml"));
        terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        MemoryProgress progress = new MemoryProgress();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        StudySetup setup = new StudySetup(List.of(deck), false, progress,
                DeckSchedulers.all(new Fsrs(FsrsSettings.defaults())), clock,
                SessionSettings.review("Bench deck", ZoneOffset.UTC), CramSelection.all(), Messages.english(), true,
                Cycle::new, (f, l) -> { }, () -> cuecard.study.tui.DeckReload.Result.of(List.of(deck)));
        app = new StudyApp(terminal, setup);
        app.start();
    }

    @Benchmark
    public Object answerOneCard() throws IOException {
        terminal.addInput(new KeyStroke(' ', false, false));
        terminal.addInput(new KeyStroke('3', false, false));
        app.processInput();
        return terminal.getCharacter(1, 2);
    }

    /** Every card in turn, forever; the progress accepts repeated answers since each is shown in its stored state. */
    static final class Cycle implements CardSource {
        private final List<Card> cards;
        private int at;

        Cycle(List<Card> cards) {
            this.cards = cards;
        }

        @Override
        public Optional<Card> next(Instant now) {
            return Optional.of(cards.get(at % cards.size()));
        }

        @Override
        public void answered(Card card, CardState after, Instant now) {
            at++;
        }

        @Override
        public void remove(Card card) {
            at++;
        }

        @Override
        public void restore(Card card, CardState state, Instant now) {
        }

        @Override
        public Counts counts(Instant now) {
            return new Counts(0, 0, cards.size());
        }
    }
}
