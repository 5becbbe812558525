package cuecard.schedule;

import cuecard.review.CardState;
import cuecard.review.MemoryState;
import cuecard.review.Phase;
import cuecard.review.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FSRS-6 scheduler, computed the way ts-fsrs 5.4 computes it (and so, within float precision, the way Anki's
 * fsrs-rs does): intermediate values rounded to 8 decimals, elapsed time counted in UTC calendar days, same-day
 * reviews through the short-term stability formula (w17–w19), intra-day (re)learning steps, intervals clamped to the
 * maximum and optionally fuzzed from a seed made of the card seed and its review count (as ts-fsrs's card-id seed
 * strategy does).
 *
 * <p>Immutable and thread-safe.
 */
public final class Fsrs implements Scheduler {

    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    private static final long DAY_MILLIS = 86_400_000L;

    private final FsrsSettings settings;
    private final double[] w;
    private final ForgettingCurve curve;
    /** The decay and the curve's factor f as ts-fsrs rounds them, for the step. */
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    /** Constants of the formulas, by rating (index 1..4). */
    private final double[] initDifficulty = new double[5];
    private final double[] shortFactor = new double[5];
    private final double expW8;
    private final double lapseDivisor;
    private final long[] learning;
    private final long[] relearning;
    private final int maximumInterval;
    private final boolean fuzz;

    public Fsrs(FsrsSettings settings) {
        this.settings = settings;
        this.learning = minutes(settings.learningSteps());
        this.relearning = minutes(settings.relearningSteps());
        this.w = capShortTerm(settings.weights(), relearning.length);
        this.curve = new ForgettingCurve(w[20]);
        this.decay = -w[20];
        this.factor = roundTo(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1);
        this.intervalModifier = roundTo((StrictMath.pow(settings.desiredRetention(), 1 / decay) - 1) / factor);
        for (int g = 1; g <= 4; g++) {
            initDifficulty[g] = roundTo(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
            shortFactor[g] = StrictMath.exp(w[17] * (g - 3 + w[18]));
        }
        this.expW8 = StrictMath.exp(w[8]);
        this.lapseDivisor = StrictMath.exp(w[17] * w[18]);
        this.maximumInterval = settings.maximumInterval();
        this.fuzz = settings.enableFuzz();
    }

    public FsrsSettings settings() {
        return settings;
    }

    @Override
    public NextStates next(CardState current, Instant now, long cardSeed) {
        Step step = new Step(current, now, cardSeed);
        switch (current.phase()) {
            case NEW:
                return new NextStates(step.learn(Rating.AGAIN, Phase.LEARNING), step.learn(Rating.HARD, Phase.LEARNING),
                        step.learn(Rating.GOOD, Phase.LEARNING), step.learn(Rating.EASY, Phase.LEARNING));
            case LEARNING:
            case RELEARNING:
                Phase p = current.phase();
                return new NextStates(step.learn(Rating.AGAIN, p), step.learn(Rating.HARD, p), step.learn(Rating.GOOD, p),
                        step.learn(Rating.EASY, p));
            default:
                return step.review();
        }
    }

    /**
     * Probability of recalling a card with stability {@code stability} after {@code days} days (fractional days
     * allowed) under this scheduler's decay: the {@link ForgettingCurve}.
     */
    public double retrievability(double days, double stability) {
        return curve.recall(days, stability);
    }

    /** The card's recall probability at {@code now} (time since its last review in fractional days); 0 while new. */
    public double retrievability(CardState card, Instant now) {
        return curve.recall(card, now);
    }

    /** This scheduler's forgetting curve (its decay w20). */
    public ForgettingCurve curve() {
        return curve;
    }

    /** The day interval for a stability at the desired retention, before fuzz: rounded, within [1, maximum]. */
    public int interval(double stability) {
        return (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
    }

    private MemoryState initialMemory(int g) {
        return new MemoryState(Math.max(w[g - 1], 0.1), clamp(initDifficulty[g], 1, 10));
    }

    /**
     * One memory state at one elapsed time, with the pieces shared by the four ratings computed once. Every
     * expression keeps the operand order of ts-fsrs so the doubles come out bit for bit the same.
     */
    private final class Memory {
        private final double s;
        private final double d;
        private final int days;
        private double r = Double.NaN;
        private double recallBase = Double.NaN;
        private double shortBase = Double.NaN;

        Memory(MemoryState m, int days) {
            this.s = m.stability();
            this.d = m.difficulty();
            this.days = days;
        }

        MemoryState next(int g) {
            double ns;
            if (days == 0) {
                if (Double.isNaN(shortBase)) {
                    shortBase = StrictMath.pow(s, -w[19]);
                }
                double sinc = shortBase * shortFactor[g];
                if (g >= 2) {
                    sinc = Math.max(sinc, 1);
                }
                ns = roundTo(clamp(s * sinc, S_MIN, S_MAX));
            } else {
                if (Double.isNaN(r)) {
                    r = roundedRecall(days, s);
                }
                if (g == 1) {
                    double fail = roundTo(clamp(w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                            * StrictMath.exp((1 - r) * w[14]), S_MIN, S_MAX));
                    ns = Math.min(Math.max(lapseFloor(s), S_MIN), fail);
                } else {
                    if (Double.isNaN(recallBase)) {
                        recallBase = expW8 * (11 - d) * StrictMath.pow(s, -w[9]) * (StrictMath.exp((1 - r) * w[10]) - 1);
                    }
                    double hard = g == 2 ? w[15] : 1;
                    double easy = g == 4 ? w[16] : 1;
                    ns = roundTo(clamp(s * (1 + recallBase * hard * easy), S_MIN, S_MAX));
                }
            }
            return new MemoryState(ns, nextDifficulty(d, g));
        }
    }

    private double lapseFloor(double s) {
        return roundTo(s / lapseDivisor);
    }

    /** The {@link ForgettingCurve} evaluated as ts-fsrs does inside a step: f and R rounded to 8 decimals. */
    double roundedRecall(double days, double s) {
        return roundTo(StrictMath.pow(1 + factor * days / s, decay));
    }

    private double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        double next = d + roundTo(delta * (10 - d) / 9);
        return clamp(roundTo(w[7] * initDifficulty[4] + (1 - w[7]) * next), 1, 10);
    }

    /** The fuzzed interval; {@code draw} is the seeded number in [0,1). */
    int fuzzed(int interval, int elapsedDays, double draw) {
        return fuzz(interval, elapsedDays, maximumInterval, draw);
    }

    /**
     * Anki's and ts-fsrs's interval fuzz: a day interval I of three days or more is drawn from
     * [max(2, round(I − δ)), min(round(I + δ), maximum)] (and past the days already elapsed), where δ grows by 15 % of
     * the part of I between 2.5 and 7 days, 10 % of the part between 7 and 20 and 5 % of the rest.
     */
    static int fuzz(int interval, int elapsedDays, int maximumInterval, double draw) {
        double delta = 1;
        delta += 0.15 * Math.max(Math.min(interval, 7) - 2.5, 0);
        delta += 0.10 * Math.max(Math.min(interval, 20) - 7, 0);
        delta += 0.05 * Math.max(interval - 20, 0);
        int ivl = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(ivl - delta));
        long max = Math.min(Math.round(ivl + delta), maximumInterval);
        if (ivl > elapsedDays) {
            min = Math.max(min, elapsedDays + 1L);
        }
        min = Math.min(min, max);
        return (int) Math.floor(draw * (max - min + 1) + min);
    }

    /**
     * The seed text of the fuzz for a card's {@code reps}-th review: the decimal sum of a 31-bit card id (folded
     * from the 64-bit card seed) and the review count, as ts-fsrs's card-id seed strategy writes it.
     */
    static String fuzzSeed(long cardSeed, int reps) {
        return Long.toString(fuzzCardId(cardSeed) + reps);
    }

    /** The card seed folded to a non-negative 31-bit number (short seed text keeps the Alea hash quick). */
    static long fuzzCardId(long cardSeed) {
        return (cardSeed ^ (cardSeed >>> 32)) & 0x7fffffffL;
    }

    /** The fuzz draw in [0,1) for a card's {@code reps}-th review. */
    static double fuzzDraw(long cardSeed, int reps) {
        return Alea.first(fuzzCardId(cardSeed) + reps);
    }

    static double roundTo(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }

    /** Whole UTC calendar days from {@code from} to {@code to}. */
    static int utcDays(Instant from, Instant to) {
        return (int) (Math.floorDiv(to.getEpochSecond(), 86400) - Math.floorDiv(from.getEpochSecond(), 86400));
    }

    private static long[] minutes(List<Duration> steps) {
        long[] m = new long[steps.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = steps.get(i).toMinutes();
        }
        return m;
    }

    /** With several relearning steps, ts-fsrs lowers the ceiling of w17 and w18 so relearning cannot inflate S. */
    private static double[] capShortTerm(double[] w, int relearningSteps) {
        if (relearningSteps > 1) {
            double value = -(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + w[14] * 0.3) / relearningSteps;
            double ceiling = clamp(roundTo(Math.sqrt(Math.max(value, 0))), 0.01, 2);
            w[17] = Math.min(w[17], ceiling);
            w[18] = Math.min(w[18], ceiling);
        }
        return w;
    }

    /** One review moment of one card: what each rating does. */
    private final class Step {
        private final CardState card;
        private final Instant now;
        private final long cardSeed;
        private final int elapsed;
        private final int reps;
        private double draw = -1;

        Step(CardState card, Instant now, long cardSeed) {
            this.card = card;
            this.now = now;
            this.cardSeed = cardSeed;
            this.elapsed = card.phase() == Phase.NEW || card.lastReview() == null ? 0
                    : Math.max(0, utcDays(card.lastReview(), now));
            this.reps = card.reps() + 1;
        }

        private int nextInterval(double stability) {
            int ivl = interval(stability);
            if (!fuzz || ivl < 2.5) {
                return ivl;
            }
            if (draw < 0) {
                draw = fuzzDraw(cardSeed, reps);
            }
            return fuzzed(ivl, elapsed, draw);
        }

        private Memory shared;

        private MemoryState memory(Rating g) {
            MemoryState m = card.phase() == Phase.NEW ? null : card.memory();
            if (m == null) {
                return initialMemory(g.value());
            }
            if (shared == null) {
                shared = new Memory(m, elapsed);
            }
            return shared.next(g.value());
        }

        /** A new or (re)learning card: the step logic, graduating to a day interval. */
        CardState learn(Rating g, Phase to) {
            return applySteps(memory(g), g, to, card.lapses());
        }

        private CardState applySteps(MemoryState m, Rating g, Phase to, int lapses) {
            long[] steps = card.phase() == Phase.RELEARNING || card.phase() == Phase.REVIEW ? relearning : learning;
            int cur = Math.max(0, card.step());
            long minutes = 0;
            int nextStep = 0;
            if (steps.length > 0 && cur < steps.length) {
                if (card.phase() == Phase.REVIEW) {
                    if (g == Rating.AGAIN) {
                        minutes = steps[cur];
                    }
                } else if (g == Rating.AGAIN) {
                    minutes = steps[0];
                } else if (g == Rating.HARD) {
                    minutes = steps.length == 1 ? Math.round(steps[0] * 1.5) : Math.round((steps[0] + steps[1]) / 2.0);
                    nextStep = cur;
                } else if (g == Rating.GOOD && cur + 1 < steps.length && steps[cur + 1] > 0) {
                    minutes = steps[cur + 1];
                    nextStep = cur + 1;
                }
            }
            if (minutes > 0 && minutes < 1440) {
                return new CardState(to, nextStep, m, now.plusMillis(minutes * 60_000L), now, reps, lapses, 0);
            }
            if (minutes >= 1440) {
                return new CardState(Phase.REVIEW, nextStep, m, now.plusMillis(minutes * 60_000L), now, reps, lapses,
                        (int) (minutes / 1440));
            }
            int ivl = nextInterval(m.stability());
            return new CardState(Phase.REVIEW, 0, m, now.plusMillis(ivl * DAY_MILLIS), now, reps, lapses, ivl);
        }

        /**
         * A review card: four memory states, ordered intervals hard &lt; good &lt; easy (all at most the maximum
         * interval, which wins over the order), Again into relearning.
         */
        NextStates review() {
            MemoryState again = memory(Rating.AGAIN);
            MemoryState hard = memory(Rating.HARD);
            MemoryState good = memory(Rating.GOOD);
            MemoryState easy = memory(Rating.EASY);
            int hardIvl = nextInterval(hard.stability());
            int goodIvl = nextInterval(good.stability());
            hardIvl = Math.min(hardIvl, goodIvl);
            goodIvl = Math.max(goodIvl, hardIvl + 1);
            int easyIvl = Math.max(nextInterval(easy.stability()), goodIvl + 1);
            // ts-fsrs lets the +1 push good and easy past the maximum; Anki clamps last, and so do we
            goodIvl = Math.min(goodIvl, maximumInterval);
            easyIvl = Math.min(easyIvl, maximumInterval);
            return new NextStates(applySteps(again, Rating.AGAIN, Phase.RELEARNING, card.lapses() + 1),
                    reviewed(hard, hardIvl), reviewed(good, goodIvl), reviewed(easy, easyIvl));
        }

        private CardState reviewed(MemoryState m, int ivl) {
            return new CardState(Phase.REVIEW, 0, m, now.plusMillis(ivl * DAY_MILLIS), now, reps, card.lapses(), ivl);
        }
    }
}
