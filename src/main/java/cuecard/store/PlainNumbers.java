package cuecard.store;

/** Number forms {@link FastLine} accepts in place; anything else goes to the general parser. */
final class PlainNumbers {

    private PlainNumbers() {
    }

    /** Whether {@code b[p, to)} is empty or a dot and digits only (no exponent). */
    static boolean plainFraction(byte[] b, int p, int to) {
        for (int i = p + 1; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code b[from, to)} is a JSON number: {@code -?(0|[1-9]digits*)(.digits)?([eE][+-]?digits)?} (no
     * leading zero).
     */
    static boolean json(byte[] b, int from, int to) {
        int p = from;
        if (p < to && b[p] == '-') {
            p++;
        }
        int d = p;
        while (p < to && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        if (p == d || (b[d] == '0' && p - d > 1)) {
            return false;
        }
        if (p < to && b[p] == '.') {
            int f = ++p;
            while (p < to && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == f) {
                return false;
            }
        }
        if (p < to && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < to && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int x = p;
            while (p < to && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == x) {
                return false;
            }
        }
        return p == to;
    }
}
