package cuecard.generate;

import java.util.List;

/**
 * One sentence of a passage, the unit the generator ranks and asks about.
 *
 * @param doc      its document
 * @param docIndex the document's position among the inputs
 * @param passage  the passage it stands in
 * @param start    its start in {@code passage.text()}
 * @param end      its end (exclusive)
 * @param index    its position among the document's sentences
 * @param facts    the facts found inside it, in order
 */
record Sentence(Document doc, int docIndex, Passage passage, int start, int end, int index, List<Fact> facts) {

    Sentence {
        facts = List.copyOf(facts);
    }

    String text() {
        return passage.text().substring(start, end);
    }

    int line() {
        return passage.lineAt(start);
    }

    Role role() {
        return passage.role();
    }

    String speaker() {
        return passage.speaker();
    }

    Language language() {
        return doc.language();
    }

    /** Whether the sentence asks something rather than states it. */
    boolean question() {
        String t = text().strip();
        return t.endsWith("?") || t.endsWith("？") || t.matches("(?s).*[?？][」』”\"’')）]*$");
    }
}
