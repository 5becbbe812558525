/**
 * Anki packages ({@code .apkg}, {@code .colpkg}): the edge where zip, zstd and SQLite are read and written.
 * {@link cuecard.anki.AnkiPackage} unpacks a package within bounds, {@link cuecard.anki.AnkiCollection} reads a
 * collection of schema 11 or 18, {@link cuecard.anki.NoteMapping} turns notes into deck-format cards,
 * {@link cuecard.anki.AnkiHistory} turns the review log into store entries replayed by cuecard's FSRS, and
 * {@link cuecard.anki.ApkgWriter} writes decks as a legacy (schema 11) package.
 */
package cuecard.anki;
