package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.review.CardState;
import cuecard.review.Rating;
import cuecard.schedule.FitBounds;
import cuecard.schedule.Fsrs;
import cuecard.schedule.Sm2;
import cuecard.store.FittedParameters;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulersTest {

    @TempDir
    Path data;

    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void eachDeckGetsItsPresetsSchedulerAndFittedParameters() throws Exception {
        UserConfig config = UserConfig.parse("""
                presets:
                  exam: {retention: 0.97, maximum-interval: 30}
                  classic: {scheduler: sm2}
                decks: {history: exam, old: classic}
                """, "config.yaml", Path.of("/home"));
        double[] w = FitBounds.defaults();
        w[2] = 20; // a first Good lasts 20 days for this learner
        new FittedParameters("default", w, T, 500, 0.3, 0.02, 0.85).write(data);
        Schedulers s = new Schedulers(config, data);

        assertThat(s.forDeck("old")).isInstanceOf(Sm2.class);
        Fsrs plain = (Fsrs) s.forDeck("anything");
        assertThat(plain.settings().weights()[2]).isEqualTo(20);
        Fsrs exam = (Fsrs) s.forDeck("history");
        assertThat(exam.settings().desiredRetention()).isEqualTo(0.97);
        assertThat(exam.settings().weights()[2]).isEqualTo(FitBounds.defaults()[2]);

        // a review card with a long stability is capped at the exam preset's 30 days
        CardState graduated = exam.apply(exam.apply(CardState.fresh(T), Rating.EASY, T, 1), Rating.EASY,
                T.plusSeconds(86_400L * 40), 1);
        assertThat(graduated.scheduledDays()).isLessThanOrEqualTo(30);
    }
}
