package cuecard.deck;

/** Where a card's fact comes from: a source id of the deck and, optionally, a line in that source (0 = none). */
public record SourceRef(String ref, int line) {
}
