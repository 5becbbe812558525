package cuecard.study;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.deck.Note;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.Phase;
import cuecard.review.Progress;
import cuecard.review.Rating;
import cuecard.review.Review;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;

/**
 * The card browser's model: every card of the loaded decks with its state, searchable by {@link BrowserQuery},
 * and each card's history. Pure: the caller passes the cards, the progress, the review log and the recall model.
 */
public final class CardBrowser {

    /** One line of the result list. */
    public record Row(Card card, String deckId, CardState state, boolean suspended, boolean leech, double recall) {
        public CardKey key() {
            return card.key();
        }
    }

    /** One answer of a card's history, with what the model expected at the time. */
    public record HistoryLine(Instant at, Rating rating, Mode mode, int intervalDays, double recallThen,
                              CardState after) {
    }

    private final List<Card> cards;
    private final Map<CardKey, String> searchText = new HashMap<>();
    private final Map<CardKey, String> deckOf = new HashMap<>();
    private final Progress progress;
    private final java.util.function.Function<CardKey, List<Review>> reviews;
    private final ToDoubleBiFunction<CardState, Instant> recall;
    private final int leechLapses;

    public CardBrowser(List<Deck> decks, Progress progress, List<Review> reviews,
                       ToDoubleBiFunction<CardState, Instant> recall, int leechLapses) {
        this(decks, progress, byKey(List.copyOf(reviews)), recall, leechLapses);
    }

    /**
     * A browser that asks for a card's reviews when its history is shown ({@code history} gives the reviews of
     * one card, any order), so the whole log need not be held in memory.
     */
    public CardBrowser(List<Deck> decks, Progress progress, java.util.function.Function<CardKey, List<Review>> history,
                       ToDoubleBiFunction<CardState, Instant> recall, int leechLapses) {
        this.progress = progress;
        this.reviews = history;
        this.recall = recall;
        this.leechLapses = leechLapses;
        List<Card> all = new ArrayList<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                all.add(c);
                deckOf.put(c.key(), d.id());
                searchText.put(c.key(), SearchText.of(text(c)));
            }
        }
        this.cards = List.copyOf(all);
    }

    /** The cards the query matches, in deck order. */
    public List<Row> search(BrowserQuery q, Instant now) {
        List<String> words = q.words().stream().map(SearchText::of).toList();
        List<Row> out = new ArrayList<>();
        for (Card c : cards) {
            String deck = deckOf.get(c.key());
            if (q.deck() != null && !q.deck().equals(deck)) {
                continue;
            }
            if (q.tag() != null && !c.note().info().tags().contains(q.tag())) {
                continue;
            }
            if (q.type() != null && !q.type().equals(c.type().yamlName())) {
                continue;
            }
            String text = searchText.get(c.key());
            if (!words.stream().allMatch(text::contains)) {
                continue;
            }
            CardState s = progress.state(c.key(), now);
            boolean suspended = progress.suspended(c.key());
            boolean leech = s.lapses() >= leechLapses;
            if (q.minLapses() != null && s.lapses() < q.minLapses()) {
                continue;
            }
            if (q.dueWithin() != null && (s.phase() == Phase.NEW
                    || s.due().isAfter(now.plus(Duration.ofDays(q.dueWithin()))))) {
                continue;
            }
            if (q.state() != null && !matches(q.state(), s, suspended, leech, now)) {
                continue;
            }
            out.add(new Row(c, deck, s, suspended, leech, recall.applyAsDouble(s, now)));
        }
        return out;
    }

    private static boolean matches(BrowserQuery.State want, CardState s, boolean suspended, boolean leech, Instant now) {
        switch (want) {
            case NEW:
                return s.phase() == Phase.NEW;
            case LEARNING:
                return s.phase() == Phase.LEARNING || s.phase() == Phase.RELEARNING;
            case REVIEW:
                return s.phase() == Phase.REVIEW;
            case DUE:
                return s.phase() != Phase.NEW && !suspended && !s.due().isAfter(now);
            case SUSPENDED:
                return suspended;
            default:
                return leech;
        }
    }

    private static java.util.function.Function<CardKey, List<Review>> byKey(List<Review> all) {
        return key -> all.stream().filter(r -> r.key().equals(key)).toList();
    }

    /** Every answer of one card, oldest first. */
    public List<HistoryLine> history(CardKey key) {
        List<HistoryLine> out = new ArrayList<>();
        reviews.apply(key).stream().filter(r -> r.key().equals(key)).sorted(Comparator.comparing(Review::at)).forEach(r -> {
            double then = r.before().phase() == Phase.NEW ? Double.NaN : recall.applyAsDouble(r.before(), r.at());
            out.add(new HistoryLine(r.at(), r.rating(), r.mode(), r.after().scheduledDays(), then, r.after()));
        });
        return out;
    }

    public Optional<Card> card(CardKey key) {
        return cards.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** All the text of a card a learner might search for: prompt, answer, options, note, tags. */
    static String text(Card c) {
        StringBuilder b = new StringBuilder(c.prompt()).append('\n').append(c.answer());
        Note n = c.note();
        n.otherTexts().forEach(t -> b.append('\n').append(t));
        if (n.info().explanation() != null) {
            b.append('\n').append(n.info().explanation());
        }
        n.info().tags().forEach(t -> b.append('\n').append(t));
        b.append('\n').append(c.key());
        return b.toString();
    }
}
