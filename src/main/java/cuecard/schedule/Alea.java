package cuecard.schedule;

/**
 * Baagøe's Alea generator with its Mash string hash, computed in doubles the way JavaScript does, so that a
 * seed string gives the same numbers as ts-fsrs (which draws its interval fuzz from it). Only the first number
 * is ever needed: {@link #first(String)}, or {@link #first(long)} for a number's decimal text.
 */
final class Alea {

    private static final double TWO_POW_M32 = 2.3283064365386963e-10;

    private double n = 4022871197.0;

    private Alea() {
    }

    /** The state after the constructor's three {@code mash(" ")} calls, the same for every seed. */
    private static final double[] START = start();

    private static double[] start() {
        Alea m = new Alea();
        double s0 = m.mash(" ");
        double s1 = m.mash(" ");
        double s2 = m.mash(" ");
        return new double[] {s0, s1, s2, m.n};
    }

    /** The first number in [0,1) of the generator seeded with {@code seed}. */
    static double first(String seed) {
        return first(seed.toCharArray(), seed.length());
    }

    /** The first number of the generator seeded with the decimal text of {@code number}, built without a String. */
    static double first(long number) {
        char[] text = new char[20];
        return first(text, digits(number, text, 0));
    }

    /** Writes {@code value} in decimal as {@code Long.toString} does, returning the end index. */
    private static int digits(long value, char[] out, int at) {
        if (value == Long.MIN_VALUE) {
            String s = Long.toString(value);
            s.getChars(0, s.length(), out, at);
            return at + s.length();
        }
        long v = value;
        if (v < 0) {
            out[at++] = '-';
            v = -v;
        }
        int from = at;
        do {
            out[at++] = (char) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = from, j = at - 1; i < j; i++, j--) {
            char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return at;
    }

    private static double first(char[] seed, int len) {
        Alea m = new Alea();
        m.n = START[3];
        double s0 = START[0];
        double s1 = START[1];
        double s2 = START[2];
        s0 -= m.mash(seed, len);
        if (s0 < 0) {
            s0 += 1;
        }
        s1 -= m.mash(seed, len);
        if (s1 < 0) {
            s1 += 1;
        }
        s2 -= m.mash(seed, len);
        if (s2 < 0) {
            s2 += 1;
        }
        double t = 2091639 * s0 + 1 * TWO_POW_M32;
        int c = (int) (long) t;
        return t - c;
    }

    private double mash(String data) {
        return mash(data.toCharArray(), data.length());
    }

    private double mash(char[] data, int len) {
        double k = n;
        for (int i = 0; i < len; i++) {
            k += data[i];
            // both values are non-negative and below 2^32 here, where x >>> 0 is floor(x)
            double h = 0.02519603282416938 * k;
            k = Math.floor(h);
            h -= k;
            h *= k;
            k = Math.floor(h);
            h -= k;
            k += h * 4294967296.0;
        }
        n = k;
        return uint32(k) * TWO_POW_M32;
    }

    /** JavaScript's {@code x >>> 0} for a finite double. */
    private static double uint32(double x) {
        return (double) (((long) x) & 0xFFFFFFFFL);
    }
}
