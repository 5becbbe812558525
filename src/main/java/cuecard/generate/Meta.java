package cuecard.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the reader learns about a document besides its content: its fields (first value wins) and its credits. */
final class Meta {

    private final Map<String, String> values = new HashMap<>();
    private final List<Credit> credits = new ArrayList<>();

    void offer(String key, String value) {
        if (value == null) {
            return;
        }
        String v = value.strip();
        if (!v.isEmpty()) {
            values.putIfAbsent(key, v);
        }
    }

    /** Sets a field even when it has a value: a stated interview date outranks a publication date. */
    void force(String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    String get(String key) {
        return values.get(key);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    void credit(String role, String name, int line) {
        String n = name == null ? "" : name.replaceAll("[*_`]", "").replaceAll("^[\\s\"'“”「」]+|[\\s\"'“”「」,，。;；]+$", "").strip();
        String r = role.replaceAll("[*_`]", "").strip();
        if (n.isEmpty() || r.isEmpty()) {
            return;
        }
        for (Credit c : credits) {
            if (c.role().equals(r) && c.name().equals(n)) {
                return;
            }
        }
        credits.add(new Credit(r, n, line));
    }

    List<Credit> credits() {
        return credits;
    }
}
