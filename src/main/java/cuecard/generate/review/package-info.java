/**
 * The review of the generator's proposals before they join a deck, as a pure model: which proposal is shown, the
 * learner's decision on each (keep, drop, edit, change type, rescue a rejected one), the decisions remembered from
 * earlier runs, and what is to be written. The screen ({@code cuecard.study.tui.ReviewApp}) binds keys to it; the
 * files ({@code cuecard.deckfile.DeckAppend}, {@code cuecard.deckfile.ReviewDecisionsFile}) are written by the edges.
 */
package cuecard.generate.review;
