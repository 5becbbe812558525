package cuecard.generate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a text, for comparing sentences: English words of three letters or more that are not
 * function words (folded to lower case, a plural's s dropped), and pairs of Han characters that hold no function
 * character. Numbers are left out: two sentences do not share a topic because both say "two".
 */
final class Words {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final String FUNCTION_HAN = "的了是我你您们們他她它这這那在和与與跟有也都就会會吗嗎呢吧啊么麼什怎如何个個"
            + "一不没沒很还還要能可以为為把被让讓给給对對从從到说說着著过過而且或但又再才只已被之其此该該些么嘛呀哦嗯哈啦";
    static final Set<String> STOP_EN = Set.copyOf(java.util.Arrays.asList("the", "and", "but", "for", "you", "your", "yours", "are", "was", "were",
            "what", "when", "where", "which", "who", "whom", "why", "how", "that", "this", "these", "those", "there", "here",
            "with", "from", "into", "onto", "about", "have", "has", "had", "having", "not", "can", "could", "would", "should",
            "will", "shall", "may", "might", "must", "just", "very", "really", "also", "then", "than", "them", "they", "their",
            "theirs", "she", "her", "hers", "him", "his", "its", "it's", "our", "ours", "we're", "i'm", "i've", "i'd", "you're",
            "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "can't", "won't", "all", "any", "some", "one",
            "get", "got", "getting", "like", "know", "think", "thing", "things", "kind", "sort", "lot", "lots", "yeah", "yes",
            "okay", "well", "because", "some", "more", "most", "much", "many", "such", "been", "being", "did", "does", "doing",
            "done", "out", "over", "own", "other", "only", "same", "too", "once", "each", "few", "both", "again", "further",
            "now", "going", "gonna", "want", "say", "said", "says", "mean", "means", "actually", "maybe", "people", "way",
            "something", "anything", "everything", "nothing", "time", "good", "great", "right", "sure", "even", "still", "back",
            "make", "made", "let", "let's", "see", "look", "come", "came", "goes", "went", "take", "took", "put", "pretty"));

    private Words() {
    }

    /** The content words of {@code text}. */
    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.length() >= 3 && !STOP_EN.contains(w)) {
                out.add(stem(w));
            }
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (CleanText.han(a) && CleanText.han(b) && FUNCTION_HAN.indexOf(a) < 0 && FUNCTION_HAN.indexOf(b) < 0) {
                out.add(String.valueOf(new char[] {a, b}));
            }
        }
        return out;
    }

    private static String stem(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
