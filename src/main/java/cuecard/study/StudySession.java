package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.Note;
import cuecard.schedule.CardState;
import cuecard.schedule.NextStates;
import cuecard.schedule.Rating;
import cuecard.schedule.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;

/**
 * A study session as a pure model: which card is shown, at which stage, and what each learner event does. Answers
 * are recorded through the {@link Progress} port as soon as they are final (a rating, or moving on from the
 * feedback of a checked answer), so quitting at any point loses nothing. Time comes from the clock given.
 * Not thread-safe: one screen drives it.
 */
public final class StudySession {

    /** Where the current card stands: asked, its answer revealed (self-rated cards), or checked (feedback shown). */
    public enum Stage { ASKING, REVEALED, FEEDBACK }

    /** Short messages the screen shows once, after the event that caused them. */
    public enum Notice { UNDONE, NOTHING_TO_UNDO, BURIED, SUSPENDED, STALE, TIME_UP, EDITED, GONE, LEECH }

    /**
     * The outcome of an automatic check, shown before moving on.
     *
     * @param given     what the learner answered (the option, the typed text, "true"/"false")
     * @param correct   whether it counts as right (after an overrule)
     * @param match     the typed-answer verdict, null for other cards
     * @param rating    the rating that will be recorded; the learner may change it before moving on
     * @param overruled whether the learner said "I was right"
     */
    public record Feedback(String given, boolean correct, AnswerMatch match, Rating rating, boolean overruled) {
    }

    /**
     * The card on screen.
     *
     * @param next     what each rating would do (review mode); null in cram and exam, where nothing is rescheduled
     * @param choices  the numbered options of a choice card, else null
     * @param feedback the check's outcome once answered, else null
     */
    public record Current(Card card, Stage stage, CardState before, NextStates next, ChoiceOrder choices,
                          Instant shownAt, Feedback feedback) {

        Current with(Stage s, Feedback f) {
            return new Current(card, s, before, next, choices, shownAt, f);
        }
    }

    private record Answered(Card card, Review review) {
    }

    private final CardSource source;
    private final Progress progress;
    private final DeckSchedulers schedulers;
    private final Clock clock;
    private final SessionSettings settings;
    private final Instant started;
    private final Deque<Answered> answered = new ArrayDeque<>();
    private Current current;
    private Notice notice;
    private Summary summary;
    private Instant nextDue;
    private int correct;

    public StudySession(CardSource source, Progress progress, Scheduler scheduler, Clock clock, SessionSettings settings) {
        this(source, progress, DeckSchedulers.all(scheduler), clock, settings);
    }

    public StudySession(CardSource source, Progress progress, DeckSchedulers schedulers, Clock clock,
                        SessionSettings settings) {
        this.source = source;
        this.progress = progress;
        this.schedulers = schedulers;
        this.clock = clock;
        this.settings = settings;
        this.started = clock.instant();
        advance(null);
    }

    public SessionSettings settings() {
        return settings;
    }

    public Optional<Current> current() {
        return Optional.ofNullable(current);
    }

    public boolean finished() {
        return summary != null;
    }

    /** The summary once the session is over. */
    public Optional<Summary> summary() {
        return Optional.ofNullable(summary);
    }

    /** The notice of the last event, if it had one. */
    public Optional<Notice> notice() {
        return Optional.ofNullable(notice);
    }

    /** Cards answered in this session (undone answers excluded). */
    public int done() {
        return answered.size();
    }

    /** Cards still to come, as the header counts them. */
    public int left() {
        if (finished()) {
            return 0;
        }
        int fromSource = source.counts(clock.instant()).total();
        if (settings.mode() == Mode.EXAM && settings.questions() > 0) {
            return Math.min(fromSource, settings.questions() - done());
        }
        return fromSource;
    }

    public Duration elapsed() {
        return Duration.between(started, summary != null ? started.plus(summary.time()) : clock.instant());
    }

    /** Time left in a timed exam, if there is a limit. */
    public Optional<Duration> timeLeft() {
        if (settings.timeLimit() == null) {
            return Optional.empty();
        }
        Duration left = settings.timeLimit().minus(elapsed());
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    // ---- events ------------------------------------------------------------------------------------------------

    /** Space/Enter on a basic or cloze card. */
    public void reveal() {
        notice = null;
        if (isAt(Stage.ASKING) && selfRated(current.card())) {
            current = current.with(Stage.REVEALED, null);
        }
    }

    /** 1–4 after revealing a self-rated card, or a changed rating on the feedback of a correct answer. */
    public void rate(Rating rating) {
        notice = null;
        if (isAt(Stage.REVEALED)) {
            record(rating, AnswerKind.SELF, null);
            advance(null);
        } else if (isAt(Stage.FEEDBACK)) {
            Feedback f = current.feedback();
            if (f.correct() || rating == Rating.AGAIN) {
                current = current.with(Stage.FEEDBACK, new Feedback(f.given(), f.correct(), f.match(), rating, f.overruled()));
            }
        }
    }

    /** Picks option {@code index} (0-based) of a choice card. */
    public void choose(int index) {
        notice = null;
        if (isAt(Stage.ASKING) && current.choices() != null && index >= 0 && index < current.choices().options().size()) {
            boolean right = index == current.choices().correct();
            feedback(current.choices().options().get(index), right, null);
        }
    }

    /** Checks a typed answer. */
    public void type(String text) {
        notice = null;
        if (isAt(Stage.ASKING) && current.card().note() instanceof Note.Typed t) {
            AnswerMatch m = AnswerMatch.check(text, t.answer(), t.accept());
            feedback(text, m.accepted(), m);
        }
    }

    /** t or f on a true/false card. */
    public void answer(boolean value) {
        notice = null;
        if (isAt(Stage.ASKING) && current.card().note() instanceof Note.TrueFalse tf) {
            feedback(Boolean.toString(value), value == tf.answer(), null);
        }
    }

    /** "I was right": counts a rejected answer as right (rated Good). */
    public void overrule() {
        notice = null;
        if (isAt(Stage.FEEDBACK) && !current.feedback().correct()) {
            Feedback f = current.feedback();
            current = current.with(Stage.FEEDBACK, new Feedback(f.given(), true, f.match(), Rating.GOOD, true));
        }
    }

    /** Moves on from the feedback, recording the answer with the rating shown. */
    public void proceed() {
        notice = null;
        if (isAt(Stage.FEEDBACK)) {
            Feedback f = current.feedback();
            record(f.rating(), kindOf(current.card()), f.correct());
            advance(null);
        }
    }

    /** Undoes the last answer of this session (or, on a feedback screen, the check not yet recorded). */
    public void undo() {
        notice = null;
        if (isAt(Stage.FEEDBACK)) {
            current = current.with(Stage.ASKING, null);
            notice = Notice.UNDONE;
            return;
        }
        if (answered.isEmpty() || finished()) {
            notice = Notice.NOTHING_TO_UNDO;
            return;
        }
        Optional<Review> undone = progress.undoLast();
        Answered last = answered.pop();
        if (undone.isEmpty()) {
            notice = Notice.NOTHING_TO_UNDO;
            return;
        }
        Review r = undone.get();
        if (r.correct() != null ? r.correct() : r.rating() != Rating.AGAIN) {
            correct--;
        }
        Instant now = clock.instant();
        source.restore(last.card(), r.before(), now);
        notice = Notice.UNDONE;
        advance(last.card());
    }

    /** Hides the card until the next learning day. */
    public void bury() {
        if (current == null) {
            return;
        }
        finishPending();
        Card card = current.card();
        progress.bury(card.key(), settings.learningDay(clock.instant()));
        source.remove(card);
        advance(null);
        notice = Notice.BURIED;
    }

    /** Suspends the card (the screen asks first). */
    public void suspend() {
        if (current == null) {
            return;
        }
        finishPending();
        Card card = current.card();
        progress.suspend(card.key(), true);
        source.remove(card);
        advance(null);
        notice = Notice.SUSPENDED;
    }

    /** Ends the session; a checked answer still on screen is recorded first. */
    public void quit() {
        notice = null;
        finishPending();
        finish();
    }

    /** Called by the screen now and then: ends a timed exam when its time is up. */
    public void tick() {
        if (!finished() && timeLeft().map(Duration::isZero).orElse(false)) {
            finishPending();
            finish();
            notice = Notice.TIME_UP;
        }
    }

    /**
     * After the card's file was edited: shows the reloaded version of the current card, or moves on when its
     * key is gone. {@code reload} finds a card by key in the reloaded decks.
     */
    public void reloaded(Function<cuecard.deck.CardKey, Optional<Card>> reload) {
        if (current == null) {
            return;
        }
        Optional<Card> fresh = reload.apply(current.card().key());
        if (fresh.isPresent()) {
            current = show(fresh.get(), clock.instant());
            notice = Notice.EDITED;
        } else {
            source.remove(current.card());
            advance(null);
            notice = Notice.GONE;
        }
    }

    // ---- inner workings ------------------------------------------------------------------------------------

    private boolean isAt(Stage stage) {
        return current != null && current.stage() == stage;
    }

    private void finishPending() {
        if (isAt(Stage.FEEDBACK)) {
            Feedback f = current.feedback();
            record(f.rating(), kindOf(current.card()), f.correct());
        }
    }

    private void feedback(String given, boolean right, AnswerMatch match) {
        current = current.with(Stage.FEEDBACK, new Feedback(given, right, match, right ? Rating.GOOD : Rating.AGAIN, false));
    }

    private void record(Rating rating, AnswerKind kind, Boolean right) {
        Instant now = clock.instant();
        Card card = current.card();
        CardState before = current.before();
        CardState after = settings.mode() == Mode.REVIEW
                ? schedulerOf(card).next(before, now, seedOf(card)).of(rating) : before;
        Review review = new Review(null, card.key(), now, settings.zone().getRules().getOffset(now), rating,
                settings.mode(), kind, right, Duration.between(current.shownAt(), now), before, after);
        try {
            Review saved = progress.record(review);
            answered.push(new Answered(card, saved));
            if (right != null ? right : rating != Rating.AGAIN) {
                correct++;
            }
            if (settings.mode() == Mode.REVIEW && (nextDue == null || after.due().isBefore(nextDue))) {
                nextDue = after.due();
            }
            source.answered(card, after, rating, now);
            if (settings.mode() == Mode.REVIEW && progress.suspended(card.key())) {
                notice = Notice.LEECH; // the queue suspended it: forgotten too often
            }
        } catch (Progress.StaleCard e) {
            source.remove(card);
            notice = Notice.STALE;
        }
        current = null;
    }

    private void advance(Card shown) {
        Instant now = clock.instant();
        if (settings.mode() == Mode.EXAM && settings.questions() > 0 && answered.size() >= settings.questions() && shown == null) {
            finish();
            return;
        }
        Optional<Card> next = shown != null ? Optional.of(shown) : source.next(now);
        if (next.isEmpty()) {
            finish();
            return;
        }
        current = show(next.get(), now);
    }

    private Current show(Card card, Instant now) {
        CardState before = progress.state(card.key(), now);
        NextStates next = settings.mode() == Mode.REVIEW ? schedulerOf(card).next(before, now, seedOf(card)) : null;
        ChoiceOrder choices = card.note() instanceof Note.Choice c
                ? ChoiceOrder.of(card.key(), c, settings.learningDay(now)) : null;
        return new Current(card, Stage.ASKING, before, next, choices, now, null);
    }

    private void finish() {
        current = null;
        if (summary == null) {
            Instant now = clock.instant();
            summary = new Summary(settings.mode(), answered.size(), correct, Duration.between(started, now),
                    source.counts(now).total(), nextDue);
        }
    }

    static boolean selfRated(Card card) {
        return card.note() instanceof Note.Basic || card.note() instanceof Note.Cloze;
    }

    static AnswerKind kindOf(Card card) {
        Note n = card.note();
        if (n instanceof Note.Choice) {
            return AnswerKind.CHOICE;
        } else if (n instanceof Note.Typed) {
            return AnswerKind.TYPED;
        } else if (n instanceof Note.TrueFalse) {
            return AnswerKind.TRUE_FALSE;
        }
        return AnswerKind.SELF;
    }

    private Scheduler schedulerOf(Card card) {
        return schedulers.forDeck(card.key().deckId());
    }

    /** The fuzz seed of a card: a stable hash of its key. */
    static long seedOf(Card card) {
        return cuecard.schedule.CardSeed.of(card.key());
    }
}
