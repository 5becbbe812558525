package cuecard.generate;

import java.math.BigDecimal;

/**
 * A checkable fact found in a passage.
 *
 * @param kind    what it is
 * @param key     its normalised identity ({@code date:2022-11-30}, {@code money:USD:200}): the same fact in two
 *                documents (or two scripts) has the same key
 * @param surface the text as it stands in the passage, digits joined to their units
 * @param passage where it was found
 * @param start   its start in {@code passage.text()}
 * @param end     its end (exclusive)
 * @param value   the number in it, or null
 */
public record Fact(FactKind kind, String key, String surface, Passage passage, int start, int end, BigDecimal value) {

    public int line() {
        return passage.lineAt(start);
    }
}
