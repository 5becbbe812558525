package cuecard.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The selection stage: of the drafts every gate let through, best first, one card per fact and per sentence, none
 * that shows another kept card's answer, and none from a sentence the document barely leans on. How many cards a
 * document gets follows how many of its sentences carry facts that pass the gates, not its length.
 */
final class Selection {

    /** Sentences below this share of the document's most central one make no card. */
    static final double FLOOR = 0.1;

    // why a draft that passed the gates was left out (GateReasons words them in Chinese)
    static final String SAME_FACT_ELSEWHERE = "the same fact from another document is asked by a better card";
    static final String SAME_FACT = "the same fact is asked by a better card";
    static final String SAME_SENTENCE = "its sentence already has a better card";
    static final String SHOWS_EACH_OTHER = "it and a better card would show each other's answer";
    static final String OVER_MAX = "over --max-cards";
    static final String LOW_SALIENCE = "salience ";

    private Selection() {
    }

    /** The verdict on every draft (gated ones included), kept drafts in order of score. */
    static List<Verdict> select(List<Verdict> gated, Integer maxCards) {
        List<Verdict> passed = new ArrayList<>(gated.stream().filter(v -> v.gate() == null).toList());
        passed.sort(Comparator.comparingDouble((Verdict v) -> -v.draft().score())
                .thenComparingInt(v -> v.draft().sentence().docIndex())
                .thenComparingInt(v -> v.draft().sentence().index())
                .thenComparing(v -> v.draft().answer()));
        List<Verdict> out = new ArrayList<>(gated.stream().filter(v -> v.gate() != null).toList());
        java.util.Map<String, Draft> keys = new java.util.HashMap<>();
        Set<Sentence> sentences = new HashSet<>();
        List<Draft> kept = new ArrayList<>();
        Folded folded = new Folded(new java.util.IdentityHashMap<>(), new java.util.IdentityHashMap<>());
        for (Verdict v : passed) {
            Draft d = v.draft();
            String note = null;
            Draft same = keys.get(d.key());
            if (same != null && d.kind() == Draft.Kind.FACT && same.sentence().docIndex() != d.sentence().docIndex()) {
                // one fact in two documents (or two renderings of one) is one card, citing both
                out.add(new Verdict(d, null, SAME_FACT_ELSEWHERE, same));
                continue;
            }
            if (d.salience() < FLOOR) {
                note = LOW_SALIENCE + String.format(java.util.Locale.ROOT, "%.2f", d.salience()) + " below " + FLOOR;
            } else if (same != null) {
                note = SAME_FACT;
            } else if (d.kind() == Draft.Kind.FACT && sentences.contains(d.sentence())) {
                note = SAME_SENTENCE;
            } else if (kept.stream().anyMatch(k -> shows(folded, k, d) || shows(folded, d, k))) {
                note = SHOWS_EACH_OTHER;
            } else if (maxCards != null && kept.size() >= maxCards) {
                note = OVER_MAX;
            }
            if (note == null) {
                keys.put(d.key(), d);
                kept.add(d);
                sentences.add(d.sentence());
            }
            out.add(new Verdict(d, null, note));
        }
        return out;
    }

    /** Drafts' shown text and answers, folded once each (folding is a regular expression). */
    private record Folded(java.util.Map<Draft, String> shown, java.util.Map<Draft, String> answers) {
        String shown(Draft d) {
            return shown.computeIfAbsent(d, x -> GivenAway.fold(x.prompt() + (x.kind() == Draft.Kind.FACT ? "" : " " + x.answer())));
        }

        String answer(Draft d) {
            return answers.computeIfAbsent(d, x -> GivenAway.fold(x.answer()));
        }
    }

    /** Whether {@code a}'s prompt (or a turn's or role's back) shows {@code b}'s answer. */
    private static boolean shows(Folded f, Draft a, Draft b) {
        String answer = f.answer(b);
        return answer.length() >= 2 && f.shown(a).contains(answer);
    }
}
