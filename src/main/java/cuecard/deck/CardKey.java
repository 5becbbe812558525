package cuecard.deck;

/** A card's identity across sessions and deck edits: {@code deck-id/card-id}. */
public record CardKey(String deckId, String cardId) implements Comparable<CardKey> {

    public CardKey {
        if (deckId == null || deckId.isEmpty() || cardId == null || cardId.isEmpty()) {
            throw new IllegalArgumentException("card key needs a deck id and a card id");
        }
    }

    /** Parses {@code deck-id/card-id}; the card id may itself contain no further slash. */
    public static java.util.Optional<CardKey> parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CardKey(text.substring(0, slash), text.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return deckId + "/" + cardId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CardKey k && deckId.equals(k.deckId) && cardId.equals(k.cardId);
    }

    @Override
    public int hashCode() {
        return 31 * deckId.hashCode() + cardId.hashCode();
    }

    /** The order of the keys' text ({@code deck-id/card-id}), compared without building it. */
    @Override
    public int compareTo(CardKey o) {
        if (this == o) {
            return 0;
        }
        int n = deckId.length() + 1 + cardId.length();
        int m = o.deckId.length() + 1 + o.cardId.length();
        for (int i = 0, end = Math.min(n, m); i < end; i++) {
            char a = charAt(i);
            char b = o.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return n - m;
    }

    private char charAt(int i) {
        int d = deckId.length();
        return i < d ? deckId.charAt(i) : i == d ? '/' : cardId.charAt(i - d - 1);
    }
}
