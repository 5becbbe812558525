package cuecard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.CardKey;
import cuecard.deck.CardType;
import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hand-built history whose figures are known in advance. */
class StatsCalculationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-03-10 12:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-03-10T04:00:00Z");

    static CardKey key(String id) {
        return new CardKey(id.startsWith("b") ? "bio" : "geo", id);
    }

    static CardState review(double stability, int interval, int lapses, Instant due) {
        return new CardState(Phase.REVIEW, 0, new MemoryState(stability, 5), due, NOW.minus(Duration.ofDays(interval)),
                5, lapses, interval);
    }

    static StatsInput input() {
        List<ReviewEvent> reviews = new ArrayList<>();
        // Today (learning day 2026-03-10): 3 reviews, 2 passed, 10 s each.
        reviews.add(new ReviewEvent(key("b1"), NOW.minusSeconds(60), Rating.GOOD, Phase.REVIEW, 30, true, 10_000));
        reviews.add(new ReviewEvent(key("b2"), NOW.minusSeconds(50), Rating.AGAIN, Phase.REVIEW, 5, true, 10_000));
        reviews.add(new ReviewEvent(key("g1"), NOW.minusSeconds(40), Rating.HARD, Phase.NEW, 0, true, 10_000));
        // Yesterday and the day before: one mature pass each, and a cram answer that does not count for retention.
        reviews.add(new ReviewEvent(key("b1"), NOW.minus(Duration.ofDays(1)), Rating.EASY, Phase.REVIEW, 25, true, 0));
        reviews.add(new ReviewEvent(key("g1"), NOW.minus(Duration.ofDays(2)), Rating.GOOD, Phase.REVIEW, 40, true, 0));
        reviews.add(new ReviewEvent(key("g1"), NOW.minus(Duration.ofDays(2)), Rating.AGAIN, Phase.REVIEW, 40, false, 0));
        // Ten days ago: a young lapse; 01:00 local on 03-01 belongs to learning day 02-28.
        reviews.add(new ReviewEvent(key("b2"), NOW.minus(Duration.ofDays(10)), Rating.AGAIN, Phase.REVIEW, 3, true, 0));
        reviews.add(new ReviewEvent(key("g2"), Instant.parse("2026-02-28T17:00:00Z"), Rating.GOOD, Phase.LEARNING, 0, true, 0));

        List<CardSnapshot> cards = List.of(
                new CardSnapshot(key("b1"), CardType.BASIC, List.of("cells"), review(40, 30, 0, NOW.plus(Duration.ofDays(3))), false, false),
                new CardSnapshot(key("b2"), CardType.CLOZE, List.of("cells", "dna"), review(2, 2, 2, NOW.minus(Duration.ofDays(1))), false, false,
                        "Which enzyme unzips <DNA>?"),
                new CardSnapshot(key("g1"), CardType.CHOICE, List.of(), review(500, 200, 1, NOW.plus(Duration.ofDays(100))), false, false),
                new CardSnapshot(key("g2"), CardType.TYPED, List.of(), new CardState(Phase.LEARNING, 1, new MemoryState(1, 5), NOW.plusSeconds(600), NOW, 1, 0, 0), false, false),
                new CardSnapshot(key("g3"), CardType.TRUEFALSE, List.of(), CardState.fresh(NOW), false, false),
                new CardSnapshot(key("g4"), CardType.BASIC, List.of(), review(1, 1, 8, NOW), true, true));
        return new StatsInput(reviews, cards, NOW, ZONE, 4, (s, at) -> s.memory() == null ? 0 : s.memory().stability() >= 40 ? 0.95 : 0.55);
    }

    @Test
    void today() {
        Stats s = StatsCalculation.of(input());
        assertThat(s.today().reviews()).isEqualTo(3);
        assertThat(s.today().millis()).isEqualTo(30_000);
        assertThat(s.today().accuracy()).isEqualTo(new Ratio(2, 3));
        assertThat(s.totalReviews()).isEqualTo(8);
    }

    @Test
    void reviewsPerDayCoverAYearEndingToday() {
        Stats s = StatsCalculation.of(input());
        assertThat(s.reviewsPerDay()).hasSize(365);
        assertThat(s.reviewsPerDay().get(364)).isEqualTo(new Stats.DayCount(LocalDate.of(2026, 3, 10), 3));
        assertThat(s.reviewsPerDay().get(363).count()).isEqualTo(1);
        assertThat(s.reviewsPerDay().get(362).count()).isEqualTo(2);
        // 01:00 local on 03-01 is before the 04:00 day start, so it joins the lapse of 02-28 (noon).
        assertThat(s.reviewsPerDay()).contains(new Stats.DayCount(LocalDate.of(2026, 2, 28), 2),
                new Stats.DayCount(LocalDate.of(2026, 3, 1), 0));
    }

    @Test
    void trueRetentionSplitsYoungAndMatureAndIgnoresCramAndNewCards() {
        Stats s = StatsCalculation.of(input());
        Stats.Retention day = s.retention().get(0);
        assertThat(day.period()).isEqualTo("day");
        assertThat(day.mature()).isEqualTo(new Ratio(1, 1));
        assertThat(day.young()).isEqualTo(new Ratio(0, 1));
        Stats.Retention week = s.retention().get(1);
        assertThat(week.mature()).isEqualTo(new Ratio(3, 3));
        assertThat(week.young()).isEqualTo(new Ratio(0, 1));
        Stats.Retention month = s.retention().get(2);
        assertThat(month.young()).isEqualTo(new Ratio(0, 2));
    }

    @Test
    void cardCountsByState() {
        Stats.StateCounts c = StatsCalculation.of(input()).counts();
        assertThat(c).isEqualTo(new Stats.StateCounts(1, 1, 1, 2, 1, 1));
        assertThat(c.total()).isEqualTo(6);
    }

    @Test
    void forecastPutsOverdueCardsOnToday() {
        Stats s = StatsCalculation.of(input());
        assertThat(s.forecast()).hasSize(30);
        assertThat(s.forecast().get(0).count()).isEqualTo(2); // b2 overdue, g2 learning in ten minutes
        assertThat(s.forecast().get(3).count()).isEqualTo(1); // b1
        assertThat(s.forecast().stream().mapToInt(Stats.DayCount::count).sum()).isEqualTo(3); // g1 is beyond 30 days
    }

    @Test
    void recallAndStabilityOfReviewCards() {
        Stats s = StatsCalculation.of(input());
        assertThat(s.averageRecall()).isCloseTo((0.95 + 0.55 + 0.95) / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.recallHistogram().get(9).count()).isEqualTo(2);
        assertThat(s.recallHistogram().get(5).count()).isEqualTo(1);
        assertThat(s.stability()).extracting(Stats.Bin::label).startsWith("<1d", "1-2d", "2-4d");
        assertThat(s.stability().get(2).count()).isEqualTo(1); // 2 days
        assertThat(s.stability().get(6).count()).isEqualTo(1); // 40 days: 32-64
        assertThat(s.stability().get(10).count()).isEqualTo(1); // 500 days
    }

    @Test
    void accuracyByDeckTagAndType() {
        Stats s = StatsCalculation.of(input());
        assertThat(s.byDeck()).containsExactly(new Stats.Group("bio", new Ratio(2, 4)), new Stats.Group("geo", new Ratio(3, 4)));
        assertThat(s.byTag()).containsExactly(new Stats.Group("cells", new Ratio(2, 4)), new Stats.Group("dna", new Ratio(0, 2)));
        assertThat(s.byType()).contains(new Stats.Group("choice", new Ratio(2, 3)));
    }

    @Test
    void hardestCardsByLapsesThenRecall() {
        assertThat(StatsCalculation.of(input()).hardest()).extracting(h -> h.key().cardId()).containsExactly("b2", "g1");
    }

    @Test
    void streaks() {
        Stats s = StatsCalculation.of(input());
        assertThat(s.streak()).isEqualTo(3);
        assertThat(s.longestStreak()).isEqualTo(3);
    }
}
