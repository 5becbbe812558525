package cuecard.study;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on a typed answer. Both sides are normalised ({@link AnswerText}: NFKC, case, punctuation and
 * spaces, traditional to simplified Chinese, numbers in digits or Chinese numerals with units) and compared
 * segment by segment: numbers must be equal, words may differ by a small typo (an edit bound that grows with
 * the word's length). The expected answer and each accepted alternative are tried; the best verdict wins.
 *
 * @param outcome     right, right despite a typo, a near miss, or wrong
 * @param expected    the answer (or alternative) the typed text was compared with, as the deck gives it
 * @param differences what differs, segment by segment (typed vs expected, normalised); empty when exact
 */
public record AnswerMatch(Outcome outcome, String expected, List<Difference> differences) {

    public AnswerMatch {
        differences = List.copyOf(differences);
    }

    public enum Outcome {
        /** equal after normalisation */
        EXACT,
        /** accepted: only small typos in words */
        TYPO,
        /** not accepted, but the shape matches and only some segments differ (a wrong number, a wrong word) */
        NEAR_MISS,
        /** not accepted */
        WRONG
    }

    /** One segment that differs; {@code typed} is empty when the learner left it out. */
    public record Difference(String typed, String expected) {
    }

    public boolean accepted() {
        return outcome == Outcome.EXACT || outcome == Outcome.TYPO;
    }

    /** Checks {@code typed} against the answer and its accepted alternatives. */
    public static AnswerMatch check(String typed, String answer, List<String> accept) {
        AnswerText t = AnswerText.of(typed);
        AnswerMatch best = compare(t, answer);
        for (String alt : accept) {
            if (best.outcome == Outcome.EXACT) {
                break;
            }
            AnswerMatch m = compare(t, alt);
            if (m.outcome.ordinal() < best.outcome.ordinal()) {
                best = m;
            }
        }
        return best;
    }

    private static AnswerMatch compare(AnswerText typed, String expectedRaw) {
        AnswerText expected = AnswerText.of(expectedRaw);
        List<AnswerText.Segment> a = typed.segments();
        List<AnswerText.Segment> b = expected.segments();
        if (a.isEmpty()) {
            return new AnswerMatch(Outcome.WRONG, expectedRaw, List.of());
        }
        if (a.size() != b.size()) {
            return new AnswerMatch(Outcome.WRONG, expectedRaw, List.of(new Difference(show(a), show(b))));
        }
        List<Difference> diffs = new ArrayList<>();
        boolean rejected = false;
        boolean far = false;
        boolean nearWord = false;
        for (int i = 0; i < a.size(); i++) {
            AnswerText.Segment x = a.get(i);
            AnswerText.Segment y = b.get(i);
            if (x instanceof AnswerText.Number nx && y instanceof AnswerText.Number ny) {
                if (nx.value().compareTo(ny.value()) != 0) {
                    diffs.add(new Difference(x.show(), y.show()));
                    rejected = true;
                }
            } else if (x instanceof AnswerText.Words wx && y instanceof AnswerText.Words wy) {
                if (!wx.text().equals(wy.text())) {
                    diffs.add(new Difference(x.show(), y.show()));
                    int distance = EditDistance.between(wx.text(), wy.text());
                    int bound = typoBound(wy.text());
                    if (distance > bound) {
                        rejected = true;
                        far |= distance > Math.max(1, 2 * bound);
                        // a short word (no typo allowed) that differs is another word (电视 for 电脑): not near
                        nearWord |= bound > 0 && distance <= 2 * bound;
                    }
                }
            } else {
                diffs.add(new Difference(x.show(), y.show()));
                rejected = true;
                far = true;
            }
        }
        Outcome outcome;
        if (diffs.isEmpty()) {
            outcome = Outcome.EXACT;
        } else if (!rejected) {
            outcome = Outcome.TYPO;
        } else {
            boolean someRight = diffs.size() < a.size();
            outcome = !far && (someRight || nearWord) ? Outcome.NEAR_MISS : Outcome.WRONG;
        }
        return new AnswerMatch(outcome, expectedRaw, diffs);
    }

    /** How many edits a word of this length may have and still count: none up to 3 letters, then one per 4. */
    static int typoBound(String word) {
        int n = word.codePointCount(0, word.length());
        return n < 4 ? 0 : Math.min(n / 4, 3);
    }

    private static String show(List<AnswerText.Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (AnswerText.Segment s : segments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.show());
        }
        return sb.toString();
    }
}
