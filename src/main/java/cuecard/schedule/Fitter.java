package cuecard.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntBinaryOperator;

/**
 * Fits the 21 FSRS-6 parameters to a learner's review history: initial stabilities first, then mini-batch Adam
 * on the recency-weighted log loss with an L2 pull toward the starting values, a cosine learning-rate decay and
 * clipping to the parameter ranges after every step; the epoch with the lowest loss wins.
 */
public final class Fitter {

    /**
     * @param epochs       passes over the data
     * @param batchSize    items per step
     * @param learningRate starting learning rate
     * @param seed         seed for the batch order
     * @param gamma        strength of the pull toward the starting values
     * @param threads      threads computing a batch's gradient
     */
    public record Settings(int epochs, int batchSize, double learningRate, long seed, double gamma, int threads) {
        public static Settings standard(int threads) {
            return new Settings(5, 512, 0.04, 2023, 1.0, Math.max(1, threads));
        }
    }

    /** Told how many of the steps are done, for a progress bar. */
    public interface Progress {
        void update(int done, int total);
    }

    private static final int MAX_LENGTH = 64;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final Settings settings;

    public Fitter(Settings settings) {
        this.settings = settings;
    }

    public FitResult fit(List<FitItem> items, Progress progress) {
        FitData data = FitData.prepare(items);
        List<FitItem> train = data.train();
        double[] w = FitBounds.defaults();
        if (train.size() < 8) {
            return new FitResult(w, FitResult.Stage.DEFAULTS, items.size(), train.size());
        }
        double averageRecall = FitData.averageRecall(train);
        InitialStability.Result initial = InitialStability.fit(data.initial(), averageRecall);
        if (initial.stabilities().length == 4) {
            System.arraycopy(initial.stabilities(), 0, w, 0, 4);
        }
        if (train.size() == data.initial().size() || train.size() < 64) {
            return new FitResult(w, FitResult.Stage.INITIAL_STABILITY, items.size(), train.size());
        }
        double[] fitted = train(w, train, progress);
        if (!initial.counts().isEmpty()) {
            Map<Integer, Double> s0 = new TreeMap<>();
            for (int g = 1; g <= 4; g++) {
                s0.put(g, fitted[g - 1]);
            }
            double[] smoothed = InitialStability.smoothAndFill(s0, initial.counts());
            System.arraycopy(smoothed, 0, fitted, 0, 4);
        }
        return new FitResult(fitted, FitResult.Stage.FULL, items.size(), train.size());
    }

    private double[] train(double[] start, List<FitItem> all, Progress progress) {
        double[] allWeights = FitMetrics.recencyWeights(all.size());
        List<FitItem> items = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).length() <= MAX_LENGTH) {
                items.add(all.get(i));
                kept.add(allWeights[i]);
            }
        }
        int n = items.size();
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = kept.get(i);
        }
        List<FitChain> chains = FitChain.fold(items, weights);
        int bs = settings.batchSize();
        List<FitChain[]> batches = new ArrayList<>();
        List<FitChain> batch = new ArrayList<>();
        int inBatch = 0;
        for (FitChain chain : chains) {
            batch.add(chain);
            inBatch += chain.count;
            if (inBatch >= bs) {
                batches.add(batch.toArray(new FitChain[0]));
                batch.clear();
                inBatch = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch.toArray(new FitChain[0]));
        }
        int totalSteps = (n / bs + 1) * settings.epochs();
        double[] w = start.clone();
        double[] init = start.clone();
        double[] m = new double[FitBounds.COUNT];
        double[] v = new double[FitBounds.COUNT];
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        int threads = settings.threads();
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        FitModel[] models = new FitModel[threads];
        double[][] grads = new double[threads][FitBounds.COUNT];
        double[] losses = new double[threads];
        for (int t = 0; t < threads; t++) {
            models[t] = new FitModel();
        }
        try {
            int step = 0;
            SplittableRandom random = new SplittableRandom(settings.seed());
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                List<FitChain[]> order = new ArrayList<>(batches);
                java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
                for (FitChain[] b : order) {
                    step++;
                    double lr = settings.learningRate() * (1 + Math.cos(Math.PI * step / totalSteps)) / 2;
                    double[] g = pass(pool, models, grads, losses, w, b, true);
                    double scale = settings.gamma() * targets(b) / (double) n;
                    for (int i = 0; i < FitBounds.COUNT; i++) {
                        double spread = FitBounds.spread(i);
                        g[i] += scale * 2 * (w[i] - init[i]) / (spread * spread);
                        m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
                        v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
                        double mh = m[i] / (1 - Math.pow(BETA1, step));
                        double vh = v[i] / (1 - Math.pow(BETA2, step));
                        w[i] -= lr * mh / (Math.sqrt(vh) + EPSILON);
                    }
                    FitBounds.clip(w);
                    if (progress != null) {
                        progress.update(step, totalSteps);
                    }
                }
                double loss = 0;
                for (FitChain[] b : batches) {
                    pass(pool, models, grads, losses, w, b, false);
                    for (double l : losses) {
                        loss += l;
                    }
                    double scale = settings.gamma() * targets(b) / (double) n;
                    for (int i = 0; i < FitBounds.COUNT; i++) {
                        double spread = FitBounds.spread(i);
                        loss += scale * (w[i] - init[i]) * (w[i] - init[i]) / (spread * spread);
                    }
                }
                loss /= n;
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = w.clone();
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        if (progress != null) {
            progress.update(totalSteps, totalSteps);
        }
        return best;
    }

    private static int targets(FitChain[] batch) {
        int n = 0;
        for (FitChain c : batch) {
            n += c.count;
        }
        return n;
    }

    /** Loss (into {@code losses}, per thread) and, when asked, the summed gradient of one batch. */
    private static double[] pass(ForkJoinPool pool, FitModel[] models, double[][] grads, double[] losses,
                                 double[] w, FitChain[] batch, boolean withGradient) {
        int threads = models.length;
        for (double[] g : grads) {
            java.util.Arrays.fill(g, 0);
        }
        java.util.Arrays.fill(losses, 0);
        IntBinaryOperator work = (t, parts) -> {
            int from = batch.length * t / parts;
            int to = batch.length * (t + 1) / parts;
            double sum = 0;
            for (int j = from; j < to; j++) {
                sum += models[t].loss(w, batch[j], withGradient ? grads[t] : null);
            }
            losses[t] = sum;
            return 0;
        };
        if (pool == null || batch.length < 16) {
            work.applyAsInt(0, 1);
        } else {
            run(pool, threads, work);
        }
        double[] sum = new double[FitBounds.COUNT];
        for (double[] g : grads) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += g[i];
            }
        }
        return sum;
    }

    private static void run(ForkJoinPool pool, int threads, IntBinaryOperator work) {
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            int id = t;
            futures.add(pool.submit(() -> work.applyAsInt(id, threads)));
        }
        work.applyAsInt(0, threads);
        for (Future<Integer> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("fitting was interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("fitting failed", e.getCause());
            }
        }
    }
}
