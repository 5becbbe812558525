/** Deck records (decks, notes, cards, card keys) and the pure reader that turns a parsed document into them. Pure: no IO, no YAML library. */
package cuecard.deck;
