package cuecard.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The salience stage: how much each sentence carries its document, from 0 to 1. TextRank over the sentences
 * (two sentences are linked by the content words they share, normalised by their lengths, as in Mihalcea and
 * Tarau's paper), then weighted by the sentence's role: interviewers' questions and editors' notes carry less than
 * the answers and the running text.
 */
final class Salience {

    private static final double DAMPING = 0.85;
    private static final int ROUNDS = 30;

    private Salience() {
    }

    /** One score per sentence of {@code analysis}, in its order. */
    static double[] of(Analysis analysis) {
        List<Sentence> sentences = analysis.sentences();
        int n = sentences.size();
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> words = new ArrayList<>();
        for (Sentence s : sentences) {
            Set<String> ws = Words.of(s.text());
            int[] a = ws.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).sorted().toArray();
            words.add(a);
        }
        double[][] weight = new double[n][];
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = new double[n];
        }
        for (int i = 0; i < n; i++) {
            int[] a = words.get(i);
            if (a.length < 2) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                int[] b = words.get(j);
                if (b.length < 2) {
                    continue;
                }
                int common = common(a, b);
                if (common > 0) {
                    double w = common / (Math.log(a.length) + Math.log(b.length));
                    weight[i][j] = w;
                    weight[j][i] = w;
                    total[i] += w;
                    total[j] += w;
                }
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int round = 0; round < ROUNDS; round++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (weight[j][i] > 0) {
                        sum += weight[j][i] / total[j] * rank[j];
                    }
                }
                next[i] = 1 - DAMPING + DAMPING * sum;
            }
            rank = next;
        }
        double max = 0;
        for (double r : rank) {
            max = Math.max(max, r);
        }
        for (int i = 0; i < n; i++) {
            out[i] = (max == 0 ? 0 : rank[i] / max) * roleWeight(sentences.get(i).role());
        }
        return out;
    }

    static double roleWeight(Role role) {
        return switch (role) {
            case ANSWER, TEXT -> 1.0;
            case BULLET -> 0.8;
            case QUESTION -> 0.6;
            case NOTE -> 0.5;
            case HEADING -> 0.2;
        };
    }

    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                c++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return c;
    }
}
