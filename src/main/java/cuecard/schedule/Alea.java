package cuecard.schedule;

/**
 * Baagøe's Alea generator with its Mash string hash, computed in doubles the way JavaScript does, so that a
 * seed string gives the same numbers as ts-fsrs (which draws its interval fuzz from it). Only the first number
 * is ever needed: {@link #first(String)}.
 */
final class Alea {

    private static final double TWO_POW_M32 = 2.3283064365386963e-10;

    private double n = 4022871197.0;

    private Alea() {
    }

    /** The first number in [0,1) of the generator seeded with {@code seed}. */
    static double first(String seed) {
        Alea m = new Alea();
        double s0 = m.mash(" ");
        double s1 = m.mash(" ");
        double s2 = m.mash(" ");
        s0 -= m.mash(seed);
        if (s0 < 0) {
            s0 += 1;
        }
        s1 -= m.mash(seed);
        if (s1 < 0) {
            s1 += 1;
        }
        s2 -= m.mash(seed);
        if (s2 < 0) {
            s2 += 1;
        }
        double t = 2091639 * s0 + 1 * TWO_POW_M32;
        int c = (int) (long) t;
        return t - c;
    }

    private double mash(String data) {
        for (int i = 0; i < data.length(); i++) {
            n += data.charAt(i);
            double h = 0.02519603282416938 * n;
            n = uint32(h);
            h -= n;
            h *= n;
            n = uint32(h);
            h -= n;
            n += h * 4294967296.0;
        }
        return uint32(n) * TWO_POW_M32;
    }

    /** JavaScript's {@code x >>> 0} for a finite double. */
    private static double uint32(double x) {
        return (double) (((long) x) & 0xFFFFFFFFL);
    }
}
