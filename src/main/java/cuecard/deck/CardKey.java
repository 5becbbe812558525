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
    public int compareTo(CardKey o) {
        return toString().compareTo(o.toString());
    }
}
