package cuecard.schedule;

/**
 * The FSRS-6 memory model as the optimizer sees it: predicts the recall probability of a training item and
 * back-propagates the item's log loss to the 21 parameters with hand-derived gradients. The recall probability is
 * the {@link ForgettingCurve}; the step is {@link #advance}, the one unrounded FSRS-6 step (the simulator takes it
 * through {@link #step}).
 *
 * <p>Not thread-safe: it keeps a scratch tape of the forward pass. Use one instance per thread.
 */
final class FitModel {

    private static final double S_MIN = Fsrs.S_MIN;
    private static final double S_MAX = Fsrs.S_MAX;
    private static final double LN_09 = Math.log(0.9);
    private static final double P_EPS = 1e-9;

    private static final byte INIT = 0;
    private static final byte SHORT = 1;
    private static final byte SHORT_FLOOR = 2;
    private static final byte SUCCESS = 3;
    private static final byte FAIL = 4;
    private static final byte FAIL_CAP = 5;

    // the tape: state after step i, and what each step needs on the way back
    private double[] s = new double[16];
    private double[] d = new double[16];
    private boolean[] sClamped = new boolean[16];
    private boolean[] dClamped = new boolean[16];
    private byte[] kind = new byte[16];
    private double[] r = new double[16];
    private double[] base = new double[16];
    private double[] a = new double[16]; // success: S^-w9 · e^(w10(1-R)) pieces; failure: pieces of the lapse formula
    private double[] b = new double[16];
    private double[] c = new double[16];
    private double[] e = new double[16];
    private double[] d1 = new double[16];
    private double[] inject = new double[16];
    private double e8;
    private double d04;
    private double e35;
    private ForgettingCurve curve;

    private void ensure(int n) {
        if (s.length >= n) {
            return;
        }
        int m = Math.max(n, s.length * 2);
        s = new double[m];
        d = new double[m];
        sClamped = new boolean[m];
        dClamped = new boolean[m];
        kind = new byte[m];
        r = new double[m];
        base = new double[m];
        a = new double[m];
        b = new double[m];
        c = new double[m];
        e = new double[m];
        d1 = new double[m];
        inject = new double[m];
    }

    /** The forgetting curve of decay {@code w20}, kept while the decay stays the same. */
    private ForgettingCurve curve(double w20) {
        if (curve == null || curve.w20() != w20) {
            curve = new ForgettingCurve(w20);
        }
        return curve;
    }

    /**
     * One review applied to a memory state, without recording anything for gradients: the step the forward pass
     * takes ({@link #advance}), for the retention simulator. {@code sd} holds {S, D} (ignored for the first review,
     * when {@code first} is true) and receives the new state.
     */
    void step(double[] w, double[] sd, int rating, int days, boolean first) {
        ensure(2);
        prepare(w);
        if (first) {
            first(w, rating);
            sd[0] = s[0];
            sd[1] = d[0];
            return;
        }
        s[0] = sd[0];
        d[0] = sd[1];
        advance(w, curve(w[20]), 1, rating, days);
        sd[0] = s[1];
        sd[1] = d[1];
    }

    /** The memory state (stability, difficulty) after the item's history; {@code out} gets {S, D}. */
    void state(double[] w, FitItem item, double[] out) {
        int h = item.length() - 1;
        forward(w, item.ratingArray(), item.dayArray(), h);
        out[0] = s[h - 1];
        out[1] = d[h - 1];
    }

    /** The predicted probability that the item's last review was recalled. */
    double predict(double[] w, FitItem item) {
        int h = item.length() - 1;
        forward(w, item.ratingArray(), item.dayArray(), h);
        return curve(w[20]).recall(item.targetDays(), s[h - 1]);
    }

    /** Predictions for every target of a chain, written to {@code out} from {@code offset}. */
    void predict(double[] w, FitChain chain, double[] out, int offset) {
        forward(w, chain.ratings, chain.days, chain.length - 1);
        ForgettingCurve fc = curve(w[20]);
        for (int j = 0; j < chain.count; j++) {
            int k = chain.targets[j];
            out[offset + j] = fc.recall(chain.days[k], s[k - 1]);
        }
    }

    /**
     * The weighted log loss of one item; when {@code grad} is not null adds the gradient of that loss to it.
     */
    double loss(double[] w, FitItem item, double weight, double[] grad) {
        return loss(w, FitChain.of(item, weight), grad);
    }

    /**
     * The summed weighted log loss of a chain's targets; when {@code grad} is not null adds its gradient.
     */
    double loss(double[] w, FitChain chain, double[] grad) {
        int h = chain.length - 1;
        forward(w, chain.ratings, chain.days, h);
        double w20 = w[20];
        ForgettingCurve fc = curve(w20);
        double f = fc.factor();
        double total = 0;
        if (grad != null) {
            java.util.Arrays.fill(inject, 0, h, 0);
        }
        for (int j = 0; j < chain.count; j++) {
            int k = chain.targets[j];
            double weight = chain.weights[j];
            double stab = s[k - 1];
            double t = chain.days[k];
            double bs = 1 + f * t / stab;
            double p = fc.recall(t, stab);
            double pc = Math.min(1 - P_EPS, Math.max(P_EPS, p));
            boolean y = chain.ratings[k] > 1;
            total -= weight * (y ? Math.log(pc) : Math.log(1 - pc));
            if (grad != null && p == pc) {
                double gp = -weight * (y ? 1 / pc : -1 / (1 - pc));
                inject[k - 1] += gp * dRdS(t, stab, w20, f, bs, p);
                grad[20] += gp * dRdW20(t, stab, w20, f, bs, p);
            }
        }
        if (grad != null) {
            backward(w, chain.ratings, chain.days, h, grad);
        }
        return total;
    }

    private static double dRdS(double t, double stab, double w20, double f, double bs, double p) {
        return w20 * p * f * t / (bs * stab * stab);
    }

    private static double dRdW20(double t, double stab, double w20, double f, double bs, double p) {
        double dfdc = (f + 1) * LN_09 / (w20 * w20);
        return p * (-Math.log(bs) - w20 * (t / stab) * dfdc / bs);
    }

    private void forward(double[] w, byte[] ratings, int[] days, int h) {
        ensure(h);
        prepare(w);
        first(w, ratings[0]);
        ForgettingCurve fc = curve(w[20]);
        for (int i = 1; i < h; i++) {
            advance(w, fc, i, ratings[i], days[i]);
        }
    }

    /** The constants of the difficulty and success formulas for parameters {@code w}. */
    private void prepare(double[] w) {
        e8 = Math.exp(w[8]);
        e35 = Math.exp(3 * w[5]);
        d04 = w[4] - e35 + 1;
    }

    /** The state after a card's first review, rated {@code g0}, at tape position 0. */
    private void first(double[] w, int g0) {
        double s0 = w[g0 - 1];
        sClamped[0] = s0 < S_MIN || s0 > S_MAX;
        s[0] = clamp(s0, S_MIN, S_MAX);
        double dd0 = w[4] - Math.exp(w[5] * (g0 - 1)) + 1;
        dClamped[0] = dd0 < 1 || dd0 > 10;
        d[0] = clamp(dd0, 1, 10);
        kind[0] = INIT;
    }

    /**
     * The FSRS-6 step, unrounded: the state at tape position {@code i} after rating {@code g} given {@code t} days
     * after the review at {@code i - 1}, with what the backward pass needs. ({@link Fsrs} takes the same step with
     * ts-fsrs's rounding; {@code FsrsStepAgreementTest} holds the two together.)
     */
    private void advance(double[] w, ForgettingCurve fc, int i, int g, int t) {
        double ls = s[i - 1];
        double ld = d[i - 1];
        double ns;
        if (t == 0) {
            double sinc = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(ls, -w[19]);
            a[i] = sinc;
            if (g >= 2 && sinc < 1) {
                kind[i] = SHORT_FLOOR;
                ns = ls;
            } else {
                kind[i] = SHORT;
                ns = ls * sinc;
            }
        } else {
            double rr = fc.recall(t, ls);
            base[i] = 1 + fc.factor() * t / ls;
            r[i] = rr;
            if (g == 1) {
                double q = Math.pow(ld, -w[12]);
                double sp = Math.pow(ls + 1, w[13]);
                double ex = Math.exp(w[14] * (1 - rr));
                double sf = w[11] * q * (sp - 1) * ex;
                double cap = ls / Math.exp(w[17] * w[18]);
                a[i] = q;
                b[i] = sp;
                c[i] = ex;
                e[i] = sf;
                if (cap < sf) {
                    kind[i] = FAIL_CAP;
                    ns = cap;
                } else {
                    kind[i] = FAIL;
                    ns = sf;
                }
            } else {
                double pw = Math.pow(ls, -w[9]);
                double ex = Math.exp(w[10] * (1 - rr));
                double hb = (g == 2 ? w[15] : 1) * (g == 4 ? w[16] : 1);
                double k = e8 * (11 - ld) * pw * (ex - 1) * hb;
                a[i] = pw;
                b[i] = ex;
                c[i] = k;
                kind[i] = SUCCESS;
                ns = ls * (1 + k);
            }
        }
        sClamped[i] = ns < S_MIN || ns > S_MAX;
        s[i] = clamp(ns, S_MIN, S_MAX);
        double dn = ld + (10 - ld) * (-w[6] * (g - 3)) / 9;
        d1[i] = dn;
        double d2 = w[7] * d04 + (1 - w[7]) * dn;
        dClamped[i] = d2 < 1 || d2 > 10;
        d[i] = clamp(d2, 1, 10);
    }

    private void backward(double[] w, byte[] ratings, int[] days, int h, double[] grad) {
        double gS = 0;
        double gD = 0;
        double w20 = w[20];
        double f = curve(w20).factor();
        for (int i = h - 1; i >= 1; i--) {
            gS += inject[i];
            int g = ratings[i];
            int t = days[i];
            double ls = s[i - 1];
            double ld = d[i - 1];
            double gs = sClamped[i] ? 0 : gS;
            double gd = dClamped[i] ? 0 : gD;
            double gLs = 0;
            double gLd = 0;
            // difficulty
            if (gd != 0) {
                grad[7] += gd * (d04 - d1[i]);
                double g04 = gd * w[7];
                grad[4] += g04;
                grad[5] += g04 * (-3 * e35);
                double gd1 = gd * (1 - w[7]);
                gLd += gd1 * (1 + w[6] * (g - 3) / 9);
                grad[6] += gd1 * (-(10 - ld) * (g - 3) / 9);
            }
            // stability
            if (gs != 0) {
                double gR = 0;
                switch (kind[i]) {
                    case SHORT_FLOOR -> gLs += gs;
                    case SHORT -> {
                        double sinc = a[i];
                        double ns = ls * sinc;
                        gLs += gs * sinc * (1 - w[19]);
                        grad[17] += gs * ns * (g - 3 + w[18]);
                        grad[18] += gs * ns * w[17];
                        grad[19] += gs * ns * (-Math.log(ls));
                    }
                    case SUCCESS -> {
                        double pw = a[i];
                        double ex = b[i];
                        double k = c[i];
                        double h15 = g == 2 ? w[15] : 1;
                        double b16 = g == 4 ? w[16] : 1;
                        double core = e8 * (11 - ld) * pw; // K without (ex-1)·h·b
                        gLs += gs * ((1 + k) - w[9] * k);
                        gLd += gs * ls * (-e8 * pw * (ex - 1) * h15 * b16);
                        gR = gs * ls * core * h15 * b16 * ex * (-w[10]);
                        grad[8] += gs * ls * k;
                        grad[9] += gs * ls * k * (-Math.log(ls));
                        grad[10] += gs * ls * core * h15 * b16 * ex * (1 - r[i]);
                        if (g == 2) {
                            grad[15] += gs * ls * core * (ex - 1) * b16;
                        }
                        if (g == 4) {
                            grad[16] += gs * ls * core * (ex - 1) * h15;
                        }
                    }
                    case FAIL_CAP -> {
                        double m = Math.exp(-w[17] * w[18]);
                        double cap = ls * m;
                        gLs += gs * m;
                        grad[17] += gs * (-w[18] * cap);
                        grad[18] += gs * (-w[17] * cap);
                    }
                    case FAIL -> {
                        double q = a[i];
                        double sp = b[i];
                        double ex = c[i];
                        double sf = e[i];
                        grad[11] += gs * q * (sp - 1) * ex;
                        grad[12] += gs * sf * (-Math.log(ld));
                        grad[13] += gs * w[11] * q * ex * sp * Math.log(ls + 1);
                        grad[14] += gs * sf * (1 - r[i]);
                        gLd += gs * sf * (-w[12]) / ld;
                        gLs += gs * w[11] * q * ex * w[13] * sp / (ls + 1);
                        gR = gs * (-w[14] * sf);
                    }
                    default -> throw new IllegalStateException("step kind " + kind[i]);
                }
                if (gR != 0) {
                    gLs += gR * dRdS(t, ls, w20, f, base[i], r[i]);
                    grad[20] += gR * dRdW20(t, ls, w20, f, base[i], r[i]);
                }
            }
            gS = gLs;
            gD = gLd;
        }
        gS += inject[0];
        int g0 = ratings[0];
        if (!sClamped[0]) {
            grad[g0 - 1] += gS;
        }
        if (!dClamped[0] && gD != 0) {
            grad[4] += gD;
            grad[5] += gD * (-(g0 - 1) * Math.exp(w[5] * (g0 - 1)));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
