package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.Note;
import cuecard.review.AnswerKind;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;
import cuecard.schedule.NextStates;
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
    public enum Notice {
        UNDONE, UNDONE_BURY, UNDONE_SUSPEND, NOTHING_TO_UNDO, NO_UNDO_IN_EXAM, BURIED, SUSPENDED, STALE, TIME_UP,
        EDITED, GONE, LEECH
    }

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

    /** What the learner did, newest first on the undo stack. */
    private sealed interface Action permits Answered, Hidden {
    }

    private record Answered(Card card, Review review) implements Action {
    }

    /** A card buried or suspended from the study screen. */
    private record Hidden(Card card, boolean suspended) implements Action {
    }

    private final CardSource source;
    private final Progress progress;
    private final DeckSchedulers schedulers;
    private final Clock clock;
    private final SessionSettings settings;
    private final Instant started;
    private final Deque<Action> actions = new ArrayDeque<>();
    private final java.util.List<Summary.Missed> missed = new java.util.ArrayList<>();
    private Current current;
    private Notice notice;
    private Summary summary;
    private Instant nextDue;
    private int answered;
    private int correct;
    private int showings;
    /** Exams: the questions drawn at the start. */
    private final int drawn;

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
        int available = source.counts(started).total();
        this.drawn = settings.mode() == Mode.EXAM && settings.questions() > 0 ? Math.min(available, settings.questions())
                : available;
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
        return answered;
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

    /** What is left today in each group (new, learning, review), as Anki's reviewer counts it; zero once finished. */
    public CardSource.Counts counts() {
        return finished() ? new CardSource.Counts(0, 0, 0) : source.counts(clock.instant());
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
        } else if (isAt(Stage.FEEDBACK) && settings.mode() != Mode.EXAM) {
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

    /** "I was right": counts a rejected answer as right (rated Good); not in exams, which are tests. */
    public void overrule() {
        notice = null;
        if (isAt(Stage.FEEDBACK) && !current.feedback().correct() && settings.mode() != Mode.EXAM) {
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

    /**
     * Undoes the learner's last action of this session, whatever it was: an answer, a burial or a suspension (or, on a
     * feedback screen, the check not yet recorded), and shows that card again. Exams are tests: nothing is undone.
     */
    public void undo() {
        notice = null;
        if (settings.mode() == Mode.EXAM) {
            notice = Notice.NO_UNDO_IN_EXAM;
            return;
        }
        if (isAt(Stage.FEEDBACK)) {
            current = current.with(Stage.ASKING, null);
            notice = Notice.UNDONE;
            return;
        }
        if (actions.isEmpty()) {
            notice = Notice.NOTHING_TO_UNDO;
            return;
        }
        summary = null; // undo from the summary goes back to the card
        Action last = actions.pop();
        Instant now = clock.instant();
        if (last instanceof Hidden h) {
            Card card = h.card();
            if (h.suspended()) {
                progress.suspend(card.key(), false);
            } else {
                progress.bury(card.key(), settings.learningDay(now).minusDays(1)); // the burial ends yesterday
            }
            source.putBack(card, progress.state(card.key(), now), now);
            notice = h.suspended() ? Notice.UNDONE_SUSPEND : Notice.UNDONE_BURY;
            advance(card);
            return;
        }
        Answered a = (Answered) last;
        Optional<Review> undone = progress.undoLast();
        answered--;
        if (undone.isEmpty()) {
            notice = Notice.NOTHING_TO_UNDO;
            return;
        }
        Review r = undone.get();
        if (r.correct() != null ? r.correct() : r.rating() != Rating.AGAIN) {
            correct--;
        }
        source.restore(a.card(), r.before(), now);
        notice = Notice.UNDONE;
        advance(a.card());
    }

    /** Hides the card until the next learning day. */
    public void bury() {
        hide(false);
    }

    /** Suspends the card (the screen asks first). */
    public void suspend() {
        hide(true);
    }

    private void hide(boolean suspend) {
        if (current == null) {
            return;
        }
        Card card = current.card();
        finishPending(); // a checked answer on screen is recorded first
        if (suspend) {
            progress.suspend(card.key(), true);
        } else {
            progress.bury(card.key(), settings.learningDay(clock.instant()));
        }
        actions.push(new Hidden(card, suspend));
        source.remove(card);
        advance(null);
        notice = suspend ? Notice.SUSPENDED : Notice.BURIED;
    }

    /** Ends the session; a checked answer still on screen is recorded first. */
    public void quit() {
        notice = null;
        finishPending();
        finish(true);
    }

    /** Called by the screen now and then: ends a timed exam when its time is up. */
    public void tick() {
        if (!finished() && timeLeft().map(Duration::isZero).orElse(false)) {
            finishPending();
            finish(true);
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
            Review saved = source.answer(progress, card, review);
            actions.push(new Answered(card, saved));
            answered++;
            if (right != null ? right : rating != Rating.AGAIN) {
                correct++;
            } else if (settings.mode() == Mode.EXAM) {
                missed.add(new Summary.Missed(card.prompt(), card.answer()));
            }
            if (settings.mode() == Mode.REVIEW && (nextDue == null || after.due().isBefore(nextDue))) {
                nextDue = after.due();
            }
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
        if (settings.mode() == Mode.EXAM && settings.questions() > 0 && answered >= settings.questions() && shown == null) {
            finish(false);
            return;
        }
        Optional<Card> next = shown != null ? Optional.of(shown) : source.next(now);
        if (next.isEmpty()) {
            finish(false);
            return;
        }
        current = show(next.get(), now);
    }

    private Current show(Card card, Instant now) {
        CardState before = progress.state(card.key(), now);
        NextStates next = settings.mode() == Mode.REVIEW ? schedulerOf(card).next(before, now, seedOf(card)) : null;
        ChoiceOrder choices = card.note() instanceof Note.Choice c
                ? ChoiceOrder.of(card.key(), c, started.toEpochMilli() * 31 + showings++) : null;
        return new Current(card, Stage.ASKING, before, next, choices, now, null);
    }

    /** Ends the session; {@code early} when the learner quit or the time ran out (not: nothing left to show). */
    private void finish(boolean early) {
        current = null;
        if (summary == null) {
            Instant now = clock.instant();
            CardSource.Counts left = source.counts(now);
            Instant due = nextDue;
            if (settings.mode() == Mode.REVIEW) {
                due = source.nextDue(now).orElse(nextDue);
            }
            boolean exam = settings.mode() == Mode.EXAM;
            summary = new Summary(settings.mode(), answered, correct, Duration.between(started, now), left.total(), due,
                    exam ? Math.max(drawn, answered) : answered, missed,
                    settings.mode() == Mode.REVIEW ? source.limitsReached(now) : java.util.List.of(),
                    settings.mode() == Mode.REVIEW && !early && left.total() == 0);
        }
    }

    static boolean selfRated(Card card) {
        return kindOf(card) == AnswerKind.SELF;
    }

    static AnswerKind kindOf(Card card) {
        return AnswerKind.of(card.type());
    }

    private Scheduler schedulerOf(Card card) {
        return schedulers.forDeck(card.key().deckId());
    }

    /** The fuzz seed of a card: a stable hash of its key. */
    static long seedOf(Card card) {
        return cuecard.schedule.CardSeed.of(card.key());
    }
}
