package cuecard.generate;

/**
 * Something worth a card, before its type is chosen: a fact in its clause, or an interview turn.
 *
 * @param key      what the card is about (a fact key, or {@code gist:...}); the same key in two documents is one card
 * @param doc      the document
 * @param docIndex the document's position among the inputs
 * @param fact     the fact, or null for a turn
 * @param clause   the clause around the fact, or null for a turn
 * @param front    a turn's question, or null
 * @param back     a turn's gist answer, or null
 * @param line     the source line the answer stands on
 * @param order    position in the document, for output order
 * @param score    how good a card it makes
 * @param subject  the person a clause's leading "he" or "she" stands for, or null
 */
record Candidate(String key, Document doc, int docIndex, Fact fact, Clause clause, String front, String back, int line,
                 long order, double score, String subject) {
}
