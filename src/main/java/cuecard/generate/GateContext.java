package cuecard.generate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gates know of a draft's document beyond the draft: how each English word is written across the
 * document (a word seen in lower case is a common word, not a name), how often each fact is mentioned, and all its
 * sentences.
 */
record GateContext(Analysis analysis, Map<String, Integer> lowerCase, Map<String, Integer> capitalisedInside,
                   Map<String, Integer> factMentions) {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");

    static GateContext of(Analysis analysis) {
        Map<String, Integer> lower = new HashMap<>();
        Map<String, Integer> inside = new HashMap<>();
        for (Sentence s : analysis.sentences()) {
            Matcher m = WORD.matcher(s.text());
            boolean first = true;
            while (m.find()) {
                String w = m.group();
                if (Character.isLowerCase(w.charAt(0))) {
                    lower.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                } else if (!first) {
                    inside.merge(w, 1, Integer::sum);
                }
                first = false;
            }
        }
        Map<String, Integer> mentions = new HashMap<>();
        for (Fact f : analysis.facts()) {
            mentions.merge(f.key(), 1, Integer::sum);
        }
        return new GateContext(analysis, Map.copyOf(lower), Map.copyOf(inside), Map.copyOf(mentions));
    }

    /** How often the document mentions the fact with this key. */
    int mentions(String key) {
        return factMentions.getOrDefault(key, 0);
    }

    boolean seenLowerCase(String word) {
        return lowerCase.containsKey(word.toLowerCase(Locale.ROOT));
    }

    boolean capitalisedInsideSentences(String word) {
        return capitalisedInside.containsKey(word);
    }
}
