package cuecard.generate.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions remembered for a deck, by proposal id, each with the prompt it was about (so the file can be read
 * by a person). Immutable; {@link #with} gives a new one.
 */
public record Decisions(Map<String, Entry> byId) {

    /** One decision and the prompt the proposal had when it was made. */
    public record Entry(Decision decision, String prompt) {
    }

    public Decisions {
        byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public static Decisions none() {
        return new Decisions(Map.of());
    }

    public Optional<Decision> of(String id) {
        Entry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.decision());
    }

    public Decisions with(String id, Decision decision, String prompt) {
        Map<String, Entry> next = new LinkedHashMap<>(byId);
        next.put(id, new Entry(decision, prompt));
        return new Decisions(next);
    }

    public int size() {
        return byId.size();
    }
}
