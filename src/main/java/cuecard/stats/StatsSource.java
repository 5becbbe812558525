package cuecard.stats;

import cuecard.deck.Card;
import cuecard.deck.CardKey;
import cuecard.deck.Deck;
import cuecard.review.CardState;
import cuecard.review.Mode;
import cuecard.review.ProgressReader;
import cuecard.review.Review;
import cuecard.review.ReviewSink;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/** Turns decks, the review log and the stored card states into what statistics are computed from. */
public final class StatsSource {

    /** Positions standing for a review of a card no longer in its (chosen) deck, and of a deck not chosen. */
    private static final int OUTSIDE_CARDS = -1;
    private static final int NOT_CHOSEN = -2;

    private StatsSource() {
    }

    /**
     * @param decks    the decks to report on (cards of other decks are left out, their reviews too)
     * @param reviews  every review in effect (undone ones already removed), any order
     * @param progress the stored states
     * @param leechLapses lapses from which a card counts as a leech (config.yaml's leech-lapses)
     */
    public static StatsInput input(List<Deck> decks, List<Review> reviews, ProgressReader progress, Instant now,
                                   ZoneId zone, int dayStartHour, ToDoubleBiFunction<CardState, Instant> recall,
                                   int leechLapses) {
        return input(decks, reviews::forEach, progress, now, zone, dayStartHour, recall, leechLapses);
    }

    /**
     * As above, with the reviews streamed ({@code reviews} hands each review in effect to the consumer it is given)
     * so that years of reviews never sit in memory as full records: each becomes a row of the {@link ReviewTable}.
     */
    public static StatsInput input(List<Deck> decks, Consumer<Consumer<Review>> reviews, ProgressReader progress,
                                   Instant now, ZoneId zone, int dayStartHour,
                                   ToDoubleBiFunction<CardState, Instant> recall, int leechLapses) {
        return fromRows(decks, sink -> reviews.accept(r -> sink.review(r.key(), r)), progress, now, zone,
                dayStartHour, recall, leechLapses);
    }

    /**
     * As above, from the reviews handed over one call each with no object per review (how the store's review
     * digest gives back a million reviews quickly).
     */
    public static StatsInput fromRows(List<Deck> decks, Consumer<ReviewSink> reviews, ProgressReader progress,
                                      Instant now, ZoneId zone, int dayStartHour,
                                      ToDoubleBiFunction<CardState, Instant> recall, int leechLapses) {
        Set<String> deckIds = new LinkedHashSet<>();
        Map<CardKey, Integer> index = new HashMap<>();
        List<CardSnapshot> cards = new ArrayList<>();
        for (Deck deck : decks) {
            deckIds.add(deck.id());
            for (Card card : deck.cards()) {
                CardState state = progress.state(card.key(), now);
                List<String> tags = new ArrayList<>(deck.tags());
                tags.addAll(card.note().info().tags());
                index.putIfAbsent(card.key(), cards.size());
                cards.add(new CardSnapshot(card.key(), card.type(), tags, state, progress.suspended(card.key()),
                        state.lapses() >= leechLapses, card.prompt()));
            }
        }
        ReviewTable events = new ReviewTable();
        // the reviews of a card mostly share one key instance: each instance is looked up by value once, and the
        // event carries the card's position so statistics need no lookup of their own
        Map<CardKey, Integer> seen = new IdentityHashMap<>();
        Map<CardKey, CardKey> outside = new HashMap<>();
        Object[] last = {null, 0}; // the last key instance and its position: a card's reviews often come together
        reviews.accept((key, second, nano, offset, rating, mode, phase, interval, millis) -> {
            int at;
            if (key == last[0]) {
                at = (Integer) last[1];
            } else {
                Integer known = seen.get(key);
                if (known == null) {
                    Integer i = index.get(key);
                    known = i != null ? i : deckIds.contains(key.deckId()) ? OUTSIDE_CARDS : NOT_CHOSEN;
                    seen.put(key, known);
                }
                last[0] = key;
                last[1] = known;
                at = known;
            }
            if (at >= 0) {
                events.add(cards.get(at).key(), at, second, rating, phase, interval, mode == Mode.REVIEW, millis);
            } else if (at == OUTSIDE_CARDS) { // a card of a chosen deck that has left it: counted for its deck
                events.add(outside.computeIfAbsent(key, k -> k), -1, second, rating, phase, interval,
                        mode == Mode.REVIEW, millis);
            }
        });
        return new StatsInput(events, cards, now, zone, dayStartHour, recall);
    }
}
