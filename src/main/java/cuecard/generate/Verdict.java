package cuecard.generate;

/**
 * What became of a draft: kept, stopped by a gate, or passed over by the selection (with why).
 *
 * @param draft the draft
 * @param gate  the gate that stopped it, or null
 * @param note  why the selection passed it over, or null
 */
record Verdict(Draft draft, Gate gate, String note) {

    boolean kept() {
        return gate == null && note == null;
    }
}
