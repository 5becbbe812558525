package cuecard.bench;

import cuecard.deck.CardKey;
import cuecard.deckfile.Library;
import cuecard.store.SyntheticLog;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the power-user collection of issue 9: 100,000 cards in 50 decks (every card type, Latin and CJK text)
 * under {@code DIR/decks} and 1,000,000 reviews of those cards under {@code DIR/data}.
 * Usage: {@code SyntheticCollection DIR [reviews]}.
 */
public final class SyntheticCollection {

    private SyntheticCollection() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int reviews = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        SyntheticDecks.write(dir.resolve("decks"), 50, 2000, 42);
        CardKey[] keys = Library.load(List.of(dir.resolve("decks"))).decks().stream()
                .flatMap(d -> d.cards().stream()).map(c -> c.key()).toArray(CardKey[]::new);
        SyntheticLog.write(dir.resolve("data"), keys, reviews, 7);
        System.out.println("wrote " + keys.length + " cards and " + reviews + " reviews under " + dir);
    }
}
