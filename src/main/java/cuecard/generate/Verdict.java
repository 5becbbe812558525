package cuecard.generate;

/**
 * What became of a draft: kept, stopped by a gate, or passed over by the selection (with why).
 *
 * @param draft the draft
 * @param gate  the gate that stopped it, or null
 * @param note  why the selection passed it over, or null
 * @param by    the kept draft that asks the same fact, when this one was left for it, or null
 */
record Verdict(Draft draft, Gate gate, String note, Draft by) {

    Verdict(Draft draft, Gate gate, String note) {
        this(draft, gate, note, null);
    }

    boolean kept() {
        return gate == null && note == null;
    }
}
