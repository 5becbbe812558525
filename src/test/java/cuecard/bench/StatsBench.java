package cuecard.bench;

import cuecard.deck.CardKey;
import cuecard.deck.CardType;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Rating;
import cuecard.stats.CardSnapshot;
import cuecard.stats.ReviewEvent;
import cuecard.stats.Stats;
import cuecard.stats.StatsCalculation;
import cuecard.stats.StatsInput;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/** Statistics over 1,000,000 reviews of 100,000 cards spread over two years. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatsBench {

    StatsInput input;

    @Setup(Level.Trial)
    public void setUp() {
        Instant now = Instant.parse("2026-11-01T12:00:00Z");
        Random rnd = new Random(7);
        CardType[] types = CardType.values();
        List<CardSnapshot> cards = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            CardKey key = new CardKey("synth-" + (i % 50), "c" + i);
            double s = Math.exp(rnd.nextDouble() * 7);
            CardState st = new CardState(Phase.REVIEW, 0, new MemoryState(s, 1 + rnd.nextDouble() * 9),
                    now.plus(Duration.ofHours(rnd.nextInt(24 * 60))), now.minus(Duration.ofDays(rnd.nextInt(100))),
                    10, rnd.nextInt(5), (int) Math.max(1, s));
            cards.add(new CardSnapshot(key, types[i % types.length], List.of("t" + (i % 20)), st, i % 97 == 0, false));
        }
        List<ReviewEvent> reviews = new ArrayList<>(1_000_000);
        Rating[] ratings = Rating.values();
        for (int i = 0; i < 1_000_000; i++) {
            reviews.add(new ReviewEvent(cards.get(rnd.nextInt(cards.size())).key(),
                    now.minus(Duration.ofMinutes(rnd.nextInt(2 * 365 * 24 * 60))), ratings[rnd.nextInt(4)],
                    Phase.REVIEW, rnd.nextInt(60), true, 8_000));
        }
        input = new StatsInput(reviews, cards, now, ZoneId.of("Europe/Berlin"), 4,
                (st, at) -> Math.pow(1 + 0.2346 * Duration.between(st.lastReview(), at).toHours() / 24.0 / st.memory().stability(), -0.1542));
    }

    @Benchmark
    public Stats millionReviews() {
        return StatsCalculation.of(input);
    }
}
