package cuecard.bench;

import cuecard.deck.Card;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.review.AnswerKind;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.schedule.QueueSettings;
import cuecard.schedule.StudyQueue;
import cuecard.study.MemoryProgress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
 * The study queue over 100,000 cards (20,000 of them due reviews, 30,000 new, the rest reviewed and not due) in a
 * {@link MemoryProgress}: the next card (target under 50 µs), the next card plus its answer (with the queue rebuilt
 * whenever it runs dry, so the build cost is spread over the 20,000 answers), and a whole build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueueBench {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final QueueSettings UNLIMITED = new QueueSettings(1_000_000, 1_000_000, 4, 8);

    private final Instant now = Instant.parse("2026-11-01T12:00:00Z");
    private final List<Card> cards = new ArrayList<>(100_000);
    private final MemoryProgress progress = new MemoryProgress();
    private StudyQueue queue;
    private CardState answeredState;

    @Setup(Level.Trial)
    public void setUp() throws Progress.StaleCard {
        Random rnd = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            NoteInfo info = new NoteInfo("n" + i, List.of(), null, null, new Location("bench.yaml", i + 1, 1));
            Card card = Card.of("bench-" + (i % 20), new Note.Basic(info, "front " + i, "back " + i, false)).get(0);
            cards.add(card);
            if (i % 10 < 3) {
                continue; // new
            }
            boolean due = i % 10 < 5;
            double s = Math.exp(rnd.nextDouble() * 6);
            Instant last = now.minus(Duration.ofHours(24 + rnd.nextInt(24 * 300)));
            Instant dueAt = due ? now.minus(Duration.ofHours(rnd.nextInt(24 * 30))) : now.plus(Duration.ofDays(2 + rnd.nextInt(300)));
            CardState st = new CardState(Phase.REVIEW, 0, new MemoryState(s, 1 + rnd.nextDouble() * 9), dueAt, last, 5, 0,
                    (int) Math.max(1, s));
            progress.record(new Review(null, card.key(), last, ZoneOffset.UTC, Rating.GOOD, cuecard.review.Mode.REVIEW,
                    AnswerKind.SELF, null, Duration.ofSeconds(5), CardState.fresh(last), st));
        }
        answeredState = new CardState(Phase.REVIEW, 0, new MemoryState(30, 5), now.plus(Duration.ofDays(30)), now, 6, 0, 30);
        queue = build();
    }

    private StudyQueue build() {
        StudyQueue q = new StudyQueue(cards, progress, UNLIMITED, ZONE);
        q.next(now);
        return q;
    }

    @Benchmark
    public Optional<Card> next() {
        return queue.next(now);
    }

    @Benchmark
    public Card nextAndAnswer() {
        Optional<Card> c = queue.next(now);
        if (c.isEmpty()) {
            queue = build();
            c = queue.next(now);
        }
        queue.answered(c.get(), answeredState, now);
        return c.get();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public StudyQueue buildQueue() {
        return build();
    }
}
