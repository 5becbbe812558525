package cuecard.store;

import java.nio.charset.StandardCharsets;
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

    /** What {@link #parse(byte[], int, int, int[])} returns for bytes that are not an instant in the log's form. */
    static final long NONE = Long.MIN_VALUE;

    /**
     * The instant in {@code s}: the log's form ({@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}) read here, anything else by
     * {@link Instant#parse}; {@link IllegalArgumentException} when it is not an instant.
     */
    static Instant parse(String s) {
        int n = s.length();
        if (n >= 20 && n <= 30) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1); // a character beyond it becomes '?': not a digit
            int[] nano = new int[1];
            long second = parse(b, 0, n, nano);
            if (second != NONE) {
                return Instant.ofEpochSecond(second, nano[0]);
            }
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an instant: `" + s + "`");
        }
    }

    /**
     * The one reader of the log's instants ({@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, years 0 to 9999, a real date)
     * in {@code b[from, to)}, in place: the epoch second, its nanosecond put in {@code nano[0]}; {@link #NONE} for
     * anything else (the caller decides what else it accepts).
     */
    static long parse(byte[] b, int from, int to, int[] nano) {
        int n = to - from;
        int p = from;
        if (n < 20 || b[p + 4] != '-' || b[p + 7] != '-' || b[p + 10] != 'T' || b[p + 13] != ':'
                || b[p + 16] != ':' || b[to - 1] != 'Z') {
            return NONE;
        }
        int year = digits(b, p, 4);
        int month = digits(b, p + 5, 2);
        int day = digits(b, p + 8, 2);
        int hour = digits(b, p + 11, 2);
        int minute = digits(b, p + 14, 2);
        int second = digits(b, p + 17, 2);
        int nanos = 0;
        if (n > 20) {
            int frac = n - 21;
            if (b[p + 19] != '.' || frac < 1 || frac > 9) {
                return NONE;
            }
            nanos = digits(b, p + 20, frac);
            for (int i = frac; i < 9; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second | nanos) < 0 || month < 1 || month > 12 || day < 1
                || hour > 23 || minute > 59 || second > 59) {
            return NONE;
        }
        if (day > 28 && day > monthLength(year, month)) {
            return NONE;
        }
        nano[0] = nanos;
        return epochDay(year, month, day) * 86400 + hour * 3600L + minute * 60L + second;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a valid proleptic Gregorian date (years 0-9999). */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** The number in {@code b[from, from + count)}, or -1 when a byte is not a digit. */
    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }
}
