package cuecard.schedule;

import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Anki's SM-2 variant, for decks that choose {@code scheduler: sm2}. A card's {@link MemoryState} holds its interval
 * in days as {@code stability} and its ease factor as {@code difficulty} (2.5 = 250 %).
 *
 * <ul>
 *   <li>New and learning cards walk the learning steps: Again back to the first step, Hard repeats the step (the
 *       first one waits the mean of the first two steps, or 1.5× a single step), Good moves on and graduates to the
 *       graduating interval after the last step, Easy graduates at once to the easy interval.</li>
 *   <li>Review cards: Hard multiplies the interval by the hard factor (ease −0.15), Good by the ease (plus half the
 *       days late), Easy by the ease and the easy bonus (plus all the days late; ease +0.15); each at least a day more
 *       than the one before. Reviews ahead of time use the days actually elapsed instead.</li>
 *   <li>Again on a review card is a lapse: ease −0.2 (never below 1.3), the interval shrinks to lapse factor × interval
 *       (at least the minimum) and the card walks the relearning steps before returning to it.</li>
 * </ul>
 * Elapsed days are UTC calendar days, as for FSRS. Fuzz, when on, is the same seeded fuzz as FSRS uses.
 */
public final class Sm2 implements Scheduler {

    private static final long DAY_MILLIS = 86_400_000L;

    private final Sm2Settings settings;
    private final long[] learning;
    private final long[] relearning;

    public Sm2(Sm2Settings settings) {
        this.settings = settings;
        this.learning = minutes(settings.learningSteps());
        this.relearning = minutes(settings.relearningSteps());
    }

    public Sm2() {
        this(Sm2Settings.defaults());
    }

    public Sm2Settings settings() {
        return settings;
    }

    @Override
    public NextStates next(CardState current, Instant now, long cardSeed) {
        int elapsed = current.phase() == Phase.NEW || current.lastReview() == null ? 0
                : Math.max(0, Fsrs.utcDays(current.lastReview(), now));
        Ctx c = new Ctx(current, now, cardSeed, elapsed);
        if (current.phase() == Phase.REVIEW) {
            return c.review();
        }
        return new NextStates(c.step(Rating.AGAIN), c.step(Rating.HARD), c.step(Rating.GOOD), c.step(Rating.EASY));
    }

    private static long[] minutes(List<Duration> steps) {
        long[] m = new long[steps.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = steps.get(i).toMinutes();
        }
        return m;
    }

    private final class Ctx {
        final CardState card;
        final Instant now;
        final long seed;
        final int elapsed;
        final int reps;
        final double ease;
        final double interval;

        Ctx(CardState card, Instant now, long seed, int elapsed) {
            this.card = card;
            this.now = now;
            this.seed = seed;
            this.elapsed = elapsed;
            this.reps = card.reps() + 1;
            MemoryState m = card.phase() == Phase.NEW ? null : card.memory();
            this.ease = m == null ? settings.startingEase() : m.difficulty();
            this.interval = m == null ? 0 : m.stability();
        }

        /** A new, learning or relearning card. */
        CardState step(Rating g) {
            boolean relearn = card.phase() == Phase.RELEARNING;
            long[] steps = relearn ? relearning : learning;
            Phase inSteps = relearn ? Phase.RELEARNING : Phase.LEARNING;
            int cur = card.phase() == Phase.NEW ? 0 : Math.max(0, Math.min(card.step(), Math.max(0, steps.length - 1)));
            if (steps.length > 0) {
                switch (g) {
                    case AGAIN:
                        return inStep(inSteps, 0, steps[0]);
                    case HARD:
                        long delay = cur > 0 ? steps[cur]
                                : steps.length == 1 ? Math.min(Math.round(steps[0] * 1.5), steps[0] + 1440)
                                : Math.round((steps[0] + steps[1]) / 2.0);
                        return inStep(inSteps, cur, delay);
                    case GOOD:
                        if (cur + 1 < steps.length) {
                            return inStep(inSteps, cur + 1, steps[cur + 1]);
                        }
                        break;
                    default:
                        break;
                }
            }
            int days;
            if (relearn) {
                days = (int) Math.max(settings.minimumInterval(), Math.round(interval)) + (g == Rating.EASY ? 1 : 0);
            } else {
                days = g == Rating.EASY ? settings.easyInterval() : settings.graduatingInterval();
            }
            return graduate(Math.min(days, settings.maximumInterval()));
        }

        private CardState inStep(Phase phase, int step, long minutes) {
            return new CardState(phase, step, new MemoryState(interval, ease), now.plusMillis(minutes * 60_000L), now,
                    reps, card.lapses(), 0);
        }

        private CardState graduate(int days) {
            return new CardState(Phase.REVIEW, 0, new MemoryState(days, ease), now.plusMillis(days * DAY_MILLIS), now,
                    reps, card.lapses(), days);
        }

        /** A review card: all four answers. */
        NextStates review() {
            double current = Math.max(1, card.scheduledDays() > 0 ? card.scheduledDays() : interval);
            int late = elapsed - (int) current;
            double hardF = settings.hardFactor();
            double hardRaw;
            double goodRaw;
            double easyRaw;
            if (late >= 0) {
                hardRaw = current * hardF;
                goodRaw = (current + late / 2.0) * ease;
                easyRaw = (current + late) * ease * settings.easyBonus();
            } else {
                double bonus = settings.easyBonus() - (settings.easyBonus() - 1) / 2;
                hardRaw = Math.max(elapsed * hardF, current * hardF / 2);
                goodRaw = Math.max(elapsed * ease, current);
                easyRaw = Math.max(elapsed * ease, current) * bonus;
            }
            double draw = settings.enableFuzz() ? Fsrs.fuzzDraw(seed, reps) : -1;
            int hard = constrain(hardRaw, late >= 0 && hardF > 1 ? current + 1 : 1, draw);
            int good = constrain(goodRaw, hard + 1, draw);
            int easy = constrain(easyRaw, good + 1, draw);
            double againEase = Math.max(Sm2Settings.MINIMUM_EASE, ease - 0.2);
            double hardEase = Math.max(Sm2Settings.MINIMUM_EASE, ease - 0.15);
            double easyEase = ease + 0.15;
            int lapsed = (int) Math.min(settings.maximumInterval(),
                    Math.max(settings.minimumInterval(), Math.round(current * settings.lapseFactor())));
            CardState again;
            if (relearning.length > 0) {
                again = new CardState(Phase.RELEARNING, 0, new MemoryState(lapsed, againEase),
                        now.plusMillis(relearning[0] * 60_000L), now, reps, card.lapses() + 1, 0);
            } else {
                again = new CardState(Phase.REVIEW, 0, new MemoryState(lapsed, againEase),
                        now.plusMillis(lapsed * DAY_MILLIS), now, reps, card.lapses() + 1, lapsed);
            }
            return new NextStates(again, reviewed(hard, hardEase), reviewed(good, ease), reviewed(easy, easyEase));
        }

        private int constrain(double raw, double minimum, double draw) {
            int max = settings.maximumInterval();
            long ivl = Math.round(raw * settings.intervalModifier());
            ivl = Math.max(ivl, Math.round(minimum));
            ivl = Math.min(Math.max(ivl, 1), max);
            if (draw >= 0 && ivl >= 3) {
                ivl = Math.max(Fsrs.fuzz((int) ivl, elapsed, max, draw), Math.min(Math.round(minimum), max));
            }
            return (int) ivl;
        }

        private CardState reviewed(int days, double newEase) {
            return new CardState(Phase.REVIEW, 0, new MemoryState(days, newEase), now.plusMillis(days * DAY_MILLIS), now,
                    reps, card.lapses(), days);
        }
    }
}
