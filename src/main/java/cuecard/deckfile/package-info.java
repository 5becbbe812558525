/** Deck files at the edge: the SnakeYAML loader (safe composition, limits, located errors) and sets of deck files. The only code that reads deck YAML. */
package cuecard.deckfile;
