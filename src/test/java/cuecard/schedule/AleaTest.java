package cuecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AleaTest {

    @Test
    void aNumberGivesTheSameDrawAsItsDecimalText() {
        long[] numbers = {0, 1, -1, 9, 10, -10, 2147483647L, Long.MAX_VALUE, Long.MIN_VALUE, 622198270101972646L};
        for (long n : numbers) {
            assertThat(Alea.first(n)).as(Long.toString(n)).isEqualTo(Alea.first(Long.toString(n)));
        }
        Random rnd = new Random(5);
        for (int i = 0; i < 2000; i++) {
            long seed = rnd.nextLong();
            int reps = rnd.nextInt(1000);
            assertThat(Fsrs.fuzzDraw(seed, reps)).isEqualTo(Alea.first(Fsrs.fuzzSeed(seed, reps)));
            assertThat(Fsrs.fuzzCardId(seed)).isBetween(0L, 2147483647L);
        }
    }

    @Test
    void drawsAreInTheUnitIntervalAndVary() {
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            double d = Alea.first("card-" + i);
            assertThat(d).isGreaterThanOrEqualTo(0).isLessThan(1);
            seen.add(d);
        }
        assertThat(seen).hasSizeGreaterThan(990);
        assertThat(Alea.first("x")).isEqualTo(Alea.first("x"));
    }
}
