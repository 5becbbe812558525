package cuecard.schedule;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.review.CardState;
import cuecard.review.Phase;
import cuecard.review.Rating;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever the collection and the answers, a session keeps the limits and never shows what it must not. */
class StudyQueueProperties {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-03-08T15:00:00Z");

    @Property(tries = 300)
    void aSessionKeepsItsLimitsAndRules(@ForAll @IntRange(min = 1, max = 60) int notes, @ForAll long seed,
                                        @ForAll @IntRange(min = 0, max = 10) int newPerDay,
                                        @ForAll @IntRange(min = 0, max = 30) int reviewsPerDay,
                                        @ForAll @IntRange(min = 0, max = 5) int newDone) {
        Random rnd = new Random(seed);
        QueueFixture f = new QueueFixture();
        LocalDate today = LearningDay.of(NOW, ZONE, 4);
        Set<CardKey> hidden = new HashSet<>();
        for (int i = 0; i < notes; i++) {
            List<Card> group = rnd.nextInt(4) == 0 ? f.reversed("p" + i) : List.of(f.basic("b" + i));
            for (Card c : group) {
                switch (rnd.nextInt(6)) {
                    case 0 -> f.review(c, NOW, 1 + rnd.nextInt(40), 0.5 + rnd.nextInt(30),
                            NOW.minus(Duration.ofHours(rnd.nextInt(200))), rnd.nextInt(10));
                    case 1 -> f.review(c, NOW, 1, 10, NOW.plus(Duration.ofDays(1 + rnd.nextInt(9))), 0);
                    case 2 -> f.learning(c, NOW.plus(Duration.ofMinutes(rnd.nextInt(60) - 30)));
                    case 3 -> {
                        f.progress.suspend(c.key(), true);
                        hidden.add(c.key());
                    }
                    case 4 -> {
                        f.progress.bury(c.key(), today);
                        hidden.add(c.key());
                    }
                    default -> {
                    }
                }
            }
        }
        StudyQueue q = new StudyQueue(f.cards, f.progress, new QueueSettings(newPerDay, reviewsPerDay, 4, 8), ZONE,
                StudiedToday.of(today, QueueFixture.DECK, newDone, 0));
        List<Card> all = q.all(NOW);
        assertThat(all).doesNotHaveDuplicates();
        for (Card c : all) {
            assertThat(hidden).doesNotContain(c.key());
        }

        Map<CardKey, Phase> firstPhase = new HashMap<>();
        Set<String> groupsIntroduced = new HashSet<>();
        int fresh = 0;
        int reviews = 0;
        for (int guard = 0; guard < 2000; guard++) {
            Optional<Card> next = q.next(NOW);
            if (next.isEmpty()) {
                break;
            }
            Card c = next.get();
            CardState before = f.progress.state(c.key(), NOW);
            assertThat(hidden).doesNotContain(c.key());
            boolean first = !firstPhase.containsKey(c.key());
            if (first) {
                firstPhase.put(c.key(), before.phase());
                assertThat(all).contains(c);
                if (before.phase() == Phase.NEW || before.phase() == Phase.REVIEW) {
                    assertThat(groupsIntroduced.add(c.siblingGroup())).as("one sibling a day: " + c.key()).isTrue();
                }
            }
            if (before.phase() == Phase.NEW) {
                fresh++;
            } else if (before.phase() == Phase.REVIEW) {
                reviews++;
            }
            Rating r = first && rnd.nextInt(3) == 0 ? Rating.AGAIN : Rating.EASY;
            f.answer(q, c, r, NOW);
        }
        assertThat(q.next(NOW)).as("the session ends").isEmpty();
        assertThat(fresh).isLessThanOrEqualTo(Math.max(0, newPerDay - newDone));
        assertThat(reviews).isLessThanOrEqualTo(reviewsPerDay);
        for (CardKey leech : q.leeches()) {
            assertThat(f.progress.suspended(leech)).isTrue();
        }
    }
}
