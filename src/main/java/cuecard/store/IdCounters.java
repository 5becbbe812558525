package cuecard.store;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The highest counter of each device prefix among the entry ids read ({@code DEVICE-N}), damaged lines' ids
 * included, so that no new entry takes an id already written. Consecutive ids mostly share a prefix: the last one's
 * highest counter is kept aside and written to the map when the prefix changes ({@link #flush}).
 */
final class IdCounters {

    private final Map<String, Long> counters;
    private String lastPrefix = "";
    private long lastMax = -1;
    private boolean dirty;

    IdCounters() {
        this(new HashMap<>());
    }

    /** Counters as a snapshot saved them (taken over, not copied). */
    IdCounters(Map<String, Long> saved) {
        counters = saved;
    }

    void flush() {
        if (dirty) {
            dirty = false;
            counters.merge(lastPrefix, lastMax, Math::max);
        }
    }

    /** Every prefix's highest counter (read-only). */
    Map<String, Long> view() {
        flush();
        return Collections.unmodifiableMap(counters);
    }

    /** The next id of {@code device}, taken (counted) when {@code take}. */
    String next(String device, boolean take) {
        flush();
        long n = counters.getOrDefault(device, 0L) + 1;
        if (take) {
            counters.merge(device, n, Math::max);
        }
        return device + "-" + n;
    }

    /** Adds the counters of {@code o}. */
    void absorb(IdCounters o) {
        o.flush();
        flush();
        o.counters.forEach((k, v) -> counters.merge(k, v, Math::max));
    }

    /** Counts {@code id} (ids that do not end in a counter are not counted: ids need not be counters). */
    void count(String id) {
        int dash = id.lastIndexOf('-');
        if (dash <= 0 || dash == id.length() - 1) {
            return;
        }
        long n = 0;
        for (int i = dash + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9' || i - dash > 18) {
                return;
            }
            n = n * 10 + (c - '0');
        }
        if (dash != lastPrefix.length() || !id.startsWith(lastPrefix)) {
            flush();
            lastPrefix = id.substring(0, dash);
            lastMax = counters.getOrDefault(lastPrefix, -1L);
        }
        if (n > lastMax) {
            lastMax = n;
            counters.merge(lastPrefix, n, Math::max);
        }
    }

    /** {@link #count} for an id's ASCII bytes {@code b[from, to)}, making no string for a prefix seen last. */
    void count(byte[] b, int from, int to) {
        int dash = -1;
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '-') {
                dash = i;
                break;
            }
        }
        if (dash <= from || dash == to - 1) {
            return;
        }
        long n = 0;
        for (int i = dash + 1; i < to; i++) {
            byte c = b[i];
            if (c < '0' || c > '9' || i - dash > 18) {
                return;
            }
            n = n * 10 + (c - '0');
        }
        int plen = dash - from;
        boolean same = plen == lastPrefix.length();
        for (int i = 0; same && i < plen; i++) {
            same = lastPrefix.charAt(i) == b[from + i];
        }
        if (!same) {
            flush();
            lastPrefix = new String(b, from, plen, StandardCharsets.ISO_8859_1);
            lastMax = counters.getOrDefault(lastPrefix, -1L);
        }
        if (n > lastMax) {
            lastMax = n;
            dirty = true; // written to the map when the prefix changes or the replay settles
        }
    }
}
