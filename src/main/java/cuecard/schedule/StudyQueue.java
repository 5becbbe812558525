package cuecard.schedule;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.review.CardSource;
import cuecard.review.CardState;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.deck.Note;
import cuecard.review.Review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The review session's queue: which card to show next.
 *
 * <ol>
 *   <li>(Re)learning cards whose step is due, earliest first.</li>
 *   <li>Review cards due this learning day, lowest retrievability first (the order is fixed when the day's queue is
 *       built), up to the daily review limit, with new cards (in deck order, up to the daily new-card limit) spread
 *       evenly among them.</li>
 *   <li>When nothing else is left, a learning card due within the learn-ahead time.</li>
 * </ol>
 * Suspended cards and cards buried through today are left out. Answering a card buries its new and due siblings
 * (other cards of the same note) until the next learning day; a card whose lapses reach the leech threshold (and
 * again every half threshold after it, as in Anki) is suspended and reported by {@link #leeches()}. Learning days begin at {@link QueueSettings#dayStartHour()} local
 * time in the given zone; when a session crosses that hour the queue is rebuilt from the progress store.
 *
 * <p>The queue reads states from {@link Progress} when it is built (on the first call of {@link #next},
 * {@link #counts} or {@link #all}, and again when a new learning day begins) and expects the caller to record each
 * answer there before telling the queue with {@link #answered}. Not thread-safe.
 */
public final class StudyQueue implements CardSource {

    private static final int NONE = 0;
    private static final int LEARNING = 1;
    private static final int REVIEW = 2;
    private static final int NEW = 3;

    private static final class Slot {
        final Card card;
        final int index;
        final DayCounts.Deck deck;
        CardState state;
        int queue;
        int version;

        Slot(Card card, int index, CardState state, DayCounts.Deck deck) {
            this.card = card;
            this.index = index;
            this.state = state;
            this.deck = deck;
        }
    }

    private record Entry(Slot slot, int version, Instant due) {
        boolean live(int queue) {
            return slot.queue == queue && slot.version == version;
        }
    }

    private static final Comparator<Entry> BY_DUE =
            Comparator.comparing(Entry::due).thenComparingInt(e -> e.slot().index);

    private final List<Card> cards;
    private final Progress progress;
    private final QueueSettings settings;
    private final ZoneId zone;
    private final StudiedToday studied;
    private final DailyLimits limits;
    private final List<CardKey> leeches = new ArrayList<>();
    private final java.util.Set<CardKey> removed = new java.util.HashSet<>();

    private LocalDate today;
    private Instant nextDayStart;
    private Map<CardKey, Slot> slots = new HashMap<>();
    private Map<String, List<Slot>> siblings = new HashMap<>();
    private PriorityQueue<Entry> learning = new PriorityQueue<>(BY_DUE);
    private ArrayDeque<Entry> reviews = new ArrayDeque<>();
    private ArrayDeque<Entry> news = new ArrayDeque<>();
    private DayCounts counts = new DayCounts(DailyLimits.of(QueueSettings.defaults()), List.of(), StudiedToday.none());
    private int learningLive;
    private int reviewsSinceNew;
    /** The card answered last, which is not shown again straight away while another card waits. */
    private CardKey last;

    /**
     * @param cards    the cards to study, in deck order (the order new cards are introduced)
     * @param progress where states, suspensions and burials are read and written
     * @param settings daily limits, day start and leech threshold
     * @param zone     the learner's time zone, for the learning day
     * @param studied  what was already studied on the current learning day before this session
     * @param limits   each deck's daily limits and the cap over all of them
     */
    public StudyQueue(List<Card> cards, Progress progress, QueueSettings settings, ZoneId zone, StudiedToday studied,
                      DailyLimits limits) {
        this.cards = List.copyOf(cards);
        this.progress = progress;
        this.settings = settings;
        this.zone = zone;
        this.studied = studied;
        this.limits = limits;
    }

    /** A queue whose every deck has the limits of {@code settings}. */
    public StudyQueue(List<Card> cards, Progress progress, QueueSettings settings, ZoneId zone, StudiedToday studied) {
        this(cards, progress, settings, zone, studied, DailyLimits.of(settings));
    }

    /** A queue for a learner who has studied nothing yet today. */
    public StudyQueue(List<Card> cards, Progress progress, QueueSettings settings, ZoneId zone) {
        this(cards, progress, settings, zone, StudiedToday.none());
    }

    /** The learning day the queue currently serves (built on first use). */
    public LocalDate today(Instant now) {
        ensureDay(now);
        return today;
    }

    /** Cards suspended as leeches during this session, in the order it happened. */
    public List<CardKey> leeches() {
        return List.copyOf(leeches);
    }

    @Override
    public Optional<Card> next(Instant now) {
        ensureDay(now);
        Card card = pick(now, null);
        if (card != null && card.key().equals(last)) {
            Card other = pick(now, last); // another card waits: never the same card twice in a row
            if (other != null) {
                card = other;
            }
        }
        return Optional.ofNullable(card);
    }

    /** The card to show now, leaving out {@code skip} (null: none left out). */
    private Card pick(Instant now, CardKey skip) {
        Entry l = earliestLearning(skip);
        if (l != null && !l.due().isAfter(now)) {
            return l.slot().card;
        }
        Entry r = firstWithRoom(reviews, REVIEW, skip);
        Entry n = firstWithRoom(news, NEW, skip);
        if (r != null && n != null) {
            return pickNew(counts.reviewCount(), counts.newCount(), reviewsSinceNew) ? n.slot().card : r.slot().card;
        }
        if (r != null || n != null) {
            return (r != null ? r : n).slot().card;
        }
        if (l != null && !l.due().isAfter(now.plus(settings.learnAhead()))) {
            return l.slot().card;
        }
        return null;
    }

    private Entry earliestLearning(CardKey skip) {
        Entry head = head(learning, LEARNING);
        if (skip == null || head == null || !head.slot().card.key().equals(skip)) {
            return head;
        }
        Entry best = null;
        for (Entry e : learning) {
            if (e.live(LEARNING) && !e.slot().card.key().equals(skip) && (best == null || BY_DUE.compare(e, best) < 0)) {
                best = e;
            }
        }
        return best;
    }

    /** The first live entry whose deck's limit (and the session's cap) still has room. */
    private Entry firstWithRoom(ArrayDeque<Entry> q, int queue, CardKey skip) {
        head(q, queue);
        if ((queue == NEW ? counts.totalNewRoom() : counts.totalReviewRoom()) == 0) {
            return null;
        }
        for (Entry e : q) {
            if (e.live(queue) && !e.slot().card.key().equals(skip)
                    && (queue == NEW ? e.slot().deck.newRoom() : e.slot().deck.reviewRoom()) > 0) {
                return e;
            }
        }
        return null;
    }

    /** New cards spread evenly: one after every (reviews left / new left) reviews. */
    private static boolean pickNew(int reviewsLeft, int newLeft, int reviewsSinceNew) {
        return (long) reviewsSinceNew * newLeft >= reviewsLeft;
    }

    /** Siblings each answer buried, so undoing the answer can bring them back. */
    private final java.util.Map<CardKey, List<Slot>> buriedBy = new java.util.HashMap<>();

    /** As the port's, with the day built before the answer is recorded, so the queue sees the state it was given in. */
    @Override
    public Review answer(Progress progress, Card card, Review review) throws Progress.StaleCard {
        ensureBuilt(review.at());
        return CardSource.super.answer(progress, card, review);
    }

    /** The siblings the last answer to {@code key} buried until the next learning day. */
    public List<CardKey> buriedBy(CardKey key) {
        return buriedBy.getOrDefault(key, List.of()).stream().map(s -> s.card.key()).toList();
    }

    @Override
    public void answered(Card card, CardState after, Instant now) {
        ensureBuilt(now);
        Slot slot = slots.computeIfAbsent(card.key(), k -> new Slot(card, Integer.MAX_VALUE, after, deckDay(card)));
        CardState before = slot.state;
        last = card.key();
        if (before.phase() == Phase.NEW) {
            counts.done(slot.deck, true);
            reviewsSinceNew = 0;
        } else if (before.phase() == Phase.REVIEW) {
            counts.done(slot.deck, false);
            reviewsSinceNew++;
        }
        dequeue(slot);
        slot.state = after;
        List<Slot> buried = new ArrayList<>();
        for (Slot s : siblings.getOrDefault(group(card), List.of())) {
            if (s != slot && (s.queue == NEW || s.queue == REVIEW)) {
                dequeue(s);
                progress.bury(s.card.key(), today);
                buried.add(s);
            }
        }
        if (!buried.isEmpty()) {
            buriedBy.put(card.key(), buried);
        }
        if (after.lapses() > before.lapses() && isLeech(after.lapses())) {
            progress.suspend(card.key(), true);
            leeches.add(card.key());
            return;
        }
        if (after.phase() == Phase.LEARNING || after.phase() == Phase.RELEARNING || after.due().isBefore(nextDayStart)) {
            enqueue(slot, LEARNING, false);
        }
    }

    /** A lapse makes a leech at the threshold and again every half threshold after it (8, 12, 16… by default). */
    private boolean isLeech(int lapses) {
        int threshold = settings.leechLapses();
        return lapses >= threshold && (lapses - threshold) % Math.max(1, threshold / 2) == 0;
    }

    @Override
    public void remove(Card card) {
        removed.add(card.key());
        Slot slot = slots.get(card.key());
        if (slot != null) {
            dequeue(slot);
        }
    }

    @Override
    public void restore(Card card, CardState state, Instant now) {
        ensureBuilt(now);
        removed.remove(card.key());
        Slot slot = slots.computeIfAbsent(card.key(), k -> new Slot(card, Integer.MAX_VALUE, state, deckDay(card)));
        dequeue(slot);
        last = null;
        if (state.phase() == Phase.NEW) {
            counts.undone(slot.deck, true);
        } else if (state.phase() == Phase.REVIEW && counts.undone(slot.deck, false)) {
            reviewsSinceNew = Math.max(0, reviewsSinceNew - 1);
        }
        if (!leeches.isEmpty() && leeches.get(leeches.size() - 1).equals(card.key())) {
            leeches.remove(leeches.size() - 1);
            progress.suspend(card.key(), false);
        }
        slot.state = state;
        requeue(slot, state);
        // the siblings this answer buried come back: the burial ends yesterday (the log only grows)
        List<Slot> buried = buriedBy.remove(card.key());
        if (buried != null) {
            for (Slot s : buried) {
                progress.bury(s.card.key(), today.minusDays(1));
                requeue(s, s.state);
            }
        }
    }

    @Override
    public void putBack(Card card, CardState state, Instant now) {
        ensureBuilt(now);
        removed.remove(card.key());
        Slot slot = slots.computeIfAbsent(card.key(), k -> new Slot(card, Integer.MAX_VALUE, state, deckDay(card)));
        dequeue(slot);
        slot.state = state;
        requeue(slot, state);
    }

    private void requeue(Slot slot, CardState state) {
        switch (state.phase()) {
            case NEW:
                enqueue(slot, NEW, true);
                break;
            case REVIEW:
                enqueue(slot, state.due().isBefore(nextDayStart) ? REVIEW : NONE, true);
                break;
            default:
                enqueue(slot, LEARNING, false);
        }
    }

    @Override
    public Counts counts(Instant now) {
        ensureDay(now);
        int learn = 0;
        if (learningLive > 0) {
            for (Entry e : learning) {
                if (e.live(LEARNING) && e.due().isBefore(nextDayStart)) {
                    learn++;
                }
            }
        }
        return new Counts(counts.newCount(), learn, counts.reviewCount());
    }

    @Override
    public List<LimitReached> limitsReached(Instant now) {
        ensureDay(now);
        return counts.reached();
    }

    @Override
    public Optional<Instant> nextDue(Instant now) {
        ensureDay(now);
        Instant best = null;
        for (Slot s : slots.values()) {
            Instant at;
            if (s.queue == NEW || s.queue == REVIEW) {
                boolean room = s.queue == NEW ? s.deck.newRoom() > 0 && counts.totalNewRoom() > 0
                        : s.deck.reviewRoom() > 0 && counts.totalReviewRoom() > 0;
                at = room ? now : nextDayStart; // waiting now, or held back by a limit until the next learning day
            } else if (s.queue == LEARNING || s.state.phase() != Phase.NEW) {
                at = s.state.due().isBefore(now) ? now : s.state.due();
            } else {
                continue;
            }
            if (best == null || at.isBefore(best)) {
                best = at;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every card this learning day offers, in the order the queue would show them if every answer were Good and
     * the daily limits did not apply: due learning cards, then due reviews and new cards interleaved, then learning
     * cards due later. For {@code cuecard next --all}.
     */
    public List<Card> all(Instant now) {
        ensureDay(now);
        List<Entry> learn = live(learning, LEARNING);
        learn.sort(BY_DUE);
        List<Entry> rev = live(reviews, REVIEW);
        List<Entry> fresh = live(news, NEW);
        List<Card> out = new ArrayList<>(learn.size() + rev.size() + fresh.size());
        int i = 0;
        while (i < learn.size() && !learn.get(i).due().isAfter(now)) {
            out.add(learn.get(i++).slot().card);
        }
        int r = 0;
        int n = 0;
        int since = reviewsSinceNew;
        while (r < rev.size() || n < fresh.size()) {
            boolean takeNew = n < fresh.size() && (r == rev.size() || pickNew(rev.size() - r, fresh.size() - n, since));
            if (takeNew) {
                out.add(fresh.get(n++).slot().card);
                since = 0;
            } else {
                out.add(rev.get(r++).slot().card);
                since++;
            }
        }
        while (i < learn.size()) {
            out.add(learn.get(i++).slot().card);
        }
        return out;
    }

    private void ensureBuilt(Instant now) {
        if (today == null) {
            build(now);
        }
    }

    private void ensureDay(Instant now) {
        if (today == null || !now.isBefore(nextDayStart)) {
            build(now);
        }
    }

    private void build(Instant now) {
        buriedBy.clear(); // a new day: yesterday's burials have ended anyway
        today = LearningDay.of(now, zone, settings.dayStartHour());
        nextDayStart = LearningDay.start(today.plusDays(1), zone, settings.dayStartHour());
        StudiedToday done = studied.on(today);
        counts = new DayCounts(limits, cards.stream().map(c -> c.key().deckId()).distinct().toList(), done);
        reviewsSinceNew = 0;
        last = null;
        slots = new HashMap<>(cards.size() * 2);
        siblings = new HashMap<>();
        learning = new PriorityQueue<>(BY_DUE);
        reviews = new ArrayDeque<>();
        news = new ArrayDeque<>();
        learningLive = 0;
        List<Slot> due = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            CardKey key = card.key();
            if (removed.contains(key) || progress.suspended(key)) {
                continue;
            }
            Optional<LocalDate> buried = progress.buriedUntil(key);
            if (buried.isPresent() && !buried.get().isBefore(today)) {
                continue;
            }
            Slot slot = new Slot(card, i, progress.state(key, now), deckDay(card));
            slots.put(key, slot);
            String group = group(card);
            if (group != null) {
                siblings.computeIfAbsent(group, g -> new ArrayList<>(2)).add(slot);
            }
            switch (slot.state.phase()) {
                case NEW:
                    enqueue(slot, NEW, false);
                    break;
                case REVIEW:
                    if (slot.state.due().isBefore(nextDayStart)) {
                        due.add(slot);
                    }
                    break;
                default:
                    enqueue(slot, LEARNING, false);
            }
        }
        int n = due.size();
        double[] r = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            r[i] = retrievability(due.get(i).state, now);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(r[a], r[b]);
            return c != 0 ? c : Integer.compare(due.get(a).index, due.get(b).index);
        });
        for (Integer i : order) {
            enqueue(due.get(i), REVIEW, false);
        }
    }

    /**
     * Recall probability at {@code now} by the default forgetting curve (any decay gives the same order, since R
     * falls with elapsed time over stability); a review card without a memory state counts as forgotten.
     */
    static double retrievability(CardState state, Instant now) {
        return ForgettingCurve.DEFAULT.recall(state, now);
    }

    /** The sibling group of a card whose note yields several cards; null for single-card notes. */
    private static String group(Card card) {
        return card.note().cardCount() > 1 ? card.siblingGroup() : null;
    }

    private DayCounts.Deck deckDay(Card card) {
        return counts.deck(card.key().deckId());
    }

    private void enqueue(Slot slot, int queue, boolean first) {
        slot.queue = queue;
        slot.version++;
        Entry e = new Entry(slot, slot.version, slot.state.due());
        switch (queue) {
            case LEARNING:
                learning.add(e);
                learningLive++;
                break;
            case REVIEW:
                if (first) {
                    reviews.addFirst(e);
                } else {
                    reviews.addLast(e);
                }
                slot.deck.reviewLive++;
                break;
            case NEW:
                if (first) {
                    news.addFirst(e);
                } else {
                    news.addLast(e);
                }
                slot.deck.newLive++;
                break;
            default:
                break;
        }
    }

    private void dequeue(Slot slot) {
        switch (slot.queue) {
            case LEARNING:
                learningLive--;
                break;
            case REVIEW:
                slot.deck.reviewLive--;
                break;
            case NEW:
                slot.deck.newLive--;
                break;
            default:
                break;
        }
        slot.queue = NONE;
    }

    private static Entry head(java.util.Queue<Entry> q, int queue) {
        Entry e;
        while ((e = q.peek()) != null && !e.live(queue)) {
            q.poll();
        }
        return e;
    }

    private static List<Entry> live(java.util.Collection<Entry> q, int queue) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : q) {
            if (e.live(queue)) {
                out.add(e);
            }
        }
        return out;
    }
}
