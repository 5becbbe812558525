package cuecard.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the instants the log writes ({@code Instant.toString()}: {@code 2026-11-23T08:54:40.123Z}) without the
 * general-purpose parser, which dominates replay time otherwise. Anything unusual goes to {@link Instant#parse}.
 */
final class Instants {

    private Instants() {
    }

    static Instant parse(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nanos = 0;
            boolean ok = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24
                    && minute >= 0 && minute < 60 && second >= 0 && second < 60;
            if (ok && n > 20) {
                int fracLen = n - 21;
                ok = s.charAt(19) == '.' && fracLen >= 1 && fracLen <= 9;
                if (ok) {
                    nanos = digits(s, 20, n - 1);
                    ok = nanos >= 0;
                    for (int i = fracLen; i < 9 && ok; i++) {
                        nanos *= 10;
                    }
                }
            }
            if (ok) {
                try {
                    long epochDay = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(epochDay * 86400 + hour * 3600L + minute * 60L + second, nanos);
                } catch (java.time.DateTimeException e) {
                    throw new IllegalArgumentException("not an instant: `" + s + "`");
                }
            }
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an instant: `" + s + "`");
        }
    }

    /** The number in {@code s[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
