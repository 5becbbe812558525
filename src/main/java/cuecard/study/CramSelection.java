package cuecard.study;

import cuecard.deck.Card;
import cuecard.review.CardState;
import cuecard.review.Progress;
import cuecard.schedule.ForgettingCurve;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which cards a cram or exam session takes: by tag, the leeches (cards forgotten often), or the weakest cards
 * (lowest recall now), from the decks already chosen. Suspended cards are left out.
 *
 * @param tag       keep only cards whose note has this tag; null for any
 * @param leechLapses keep only cards with at least this many lapses (the leech threshold); 0 = off
 * @param weakest   take at most this many cards, those with the lowest recall now (never-seen cards excluded); 0 = off
 */
public record CramSelection(String tag, int leechLapses, int weakest) {

    public static CramSelection all() {
        return new CramSelection(null, 0, 0);
    }

    public List<Card> select(List<Card> cards, Progress progress, Instant now) {
        List<Card> out = new ArrayList<>();
        for (Card c : cards) {
            if (progress.suspended(c.key()) && leechLapses <= 0) {
                continue; // a leech is suspended when it reaches the threshold: --leeches is how one drills them anyway
            }
            if (tag != null && !c.note().info().tags().contains(tag)) {
                continue;
            }
            if (leechLapses > 0 && progress.state(c.key(), now).lapses() < leechLapses) {
                continue;
            }
            if (weakest > 0 && !progress.known(c.key())) {
                continue;
            }
            out.add(c);
        }
        if (weakest > 0) {
            out.sort(Comparator.comparingDouble((Card c) -> ForgettingCurve.DEFAULT.recall(progress.state(c.key(), now), now))
                    .thenComparing(Card::key));
            return List.copyOf(out.subList(0, Math.min(weakest, out.size())));
        }
        return out;
    }

    /**
     * An exam's questions: {@code count} cards drawn from the selection, mixed by the seed (0 = all of them), with no
     * two siblings (cards of one note, where one shows the other's answer) one after another.
     */
    public static List<Card> exam(List<Card> cards, int count, long seed) {
        return apartSiblings(draw(cards, count, seed));
    }

    /**
     * The cards in about the same order, but never two siblings (cards of one note) one after another when that can
     * be avoided: each step takes the first card of another note than the last one that still leaves an order
     * without neighbouring siblings for the rest. A cram or exam never asks a card right after its reverse.
     */
    public static List<Card> apartSiblings(List<Card> cards) {
        List<Card> left = new java.util.LinkedList<>(cards);
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (Card c : cards) {
            count.merge(c.siblingGroup(), 1, Integer::sum);
        }
        List<Card> out = new ArrayList<>(cards.size());
        String previous = null;
        while (!left.isEmpty()) {
            String top = null;
            int first = 0;
            int second = 0;
            for (java.util.Map.Entry<String, Integer> e : count.entrySet()) {
                if (e.getValue() > first) {
                    second = first;
                    first = e.getValue();
                    top = e.getKey();
                } else if (e.getValue() > second) {
                    second = e.getValue();
                }
            }
            int rest = left.size() - 1;
            Card pick = null;
            Card fallback = null;
            for (Card c : left) {
                String g = c.siblingGroup();
                if (g.equals(previous)) {
                    continue;
                }
                fallback = fallback == null ? c : fallback;
                int others = g.equals(top) ? second : first;
                if (count.get(g) - 1 <= rest / 2 && others <= (rest + 1) / 2) {
                    pick = c;
                    break;
                }
            }
            pick = pick != null ? pick : fallback != null ? fallback : left.get(0);
            left.remove(pick);
            count.merge(pick.siblingGroup(), -1, Integer::sum);
            count.remove(pick.siblingGroup(), 0);
            previous = pick.siblingGroup();
            out.add(pick);
        }
        return List.copyOf(out);
    }

    private static List<Card> draw(List<Card> cards, int count, long seed) {
        List<Card> mixed = new ArrayList<>(cards);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = mixed.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Card t = mixed.get(i);
            mixed.set(i, mixed.get(j));
            mixed.set(j, t);
        }
        return List.copyOf(count > 0 && count < mixed.size() ? mixed.subList(0, count) : mixed);
    }

}
