package cuecard.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes the instants of the log ({@code Instant.toString()}: {@code 2026-11-23T08:54:40.123Z}) without the
 * general-purpose parser and formatter, which dominate replay time and the writing of a large import otherwise.
 * Anything unusual goes to {@link Instant#parse} and {@link Instant#toString}.
 */
final class Instants {

    private Instants() {
    }

    /**
     * Exactly {@code at.toString()}: the fraction in groups of three digits, none when zero. Years 0 to 9999 are
     * written here; others by {@link Instant#toString}.
     */
    static String format(Instant at) {
        long secs = at.getEpochSecond();
        if (secs < -62_167_219_200L || secs >= 253_402_300_800L) { // outside years 0000..9999
            return at.toString();
        }
        long days = Math.floorDiv(secs, 86_400L);
        int secOfDay = (int) Math.floorMod(secs, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(days);
        char[] c = new char[30];
        int year = date.getYear();
        put(c, 0, year / 100, 2);
        put(c, 2, year % 100, 2);
        c[4] = '-';
        put(c, 5, date.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, date.getDayOfMonth(), 2);
        c[10] = 'T';
        put(c, 11, secOfDay / 3600, 2);
        c[13] = ':';
        put(c, 14, secOfDay / 60 % 60, 2);
        c[16] = ':';
        put(c, 17, secOfDay % 60, 2);
        int n = 19;
        int nano = at.getNano();
        if (nano > 0) {
            c[n++] = '.';
            if (nano % 1_000_000 == 0) {
                put(c, n, nano / 1_000_000, 3);
                n += 3;
            } else if (nano % 1000 == 0) {
                put(c, n, nano / 1000, 6);
                n += 6;
            } else {
                put(c, n, nano, 9);
                n += 9;
            }
        }
        c[n++] = 'Z';
        return new String(c, 0, n);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
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
