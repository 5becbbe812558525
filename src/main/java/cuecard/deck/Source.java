package cuecard.deck;

/** A document a deck's cards were taken from. Any field but {@code id} may be null. */
public record Source(String id, String title, String author, String date, String url) {
}
