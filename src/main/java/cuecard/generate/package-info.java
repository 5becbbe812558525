/**
 * The generator's core: interview text (Chinese or English, plain text or Markdown) in, deck records out.
 * {@link cuecard.generate.DocumentReader} reads the structure (metadata, turns, bullets, notes) keeping line numbers,
 * {@link cuecard.generate.FactFinder} finds checkable facts, {@link cuecard.generate.CardWriter} writes cards about
 * them and {@link cuecard.generate.Generator} ranks, merges and caps them into a {@link cuecard.deck.Deck}.
 * No IO: texts come in as strings.
 */
package cuecard.generate;
