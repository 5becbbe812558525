package cuecard.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits passage text into sentences, Chinese and English punctuation alike; spans are {@code [start, end)}. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc",
            "e.g", "i.e", "u.s", "u.k", "inc", "co", "corp", "ltd", "no", "prof", "gen", "sen", "rep", "gov", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final String CLOSERS = "」』”\"’')）]";

    private Sentences() {
    }

    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '。' || c == '！' || c == '？' || c == '…') {
                end = true;
            } else if (c == '!' || c == '?' || c == '.') {
                int next = i + 1;
                while (next < n && (text.charAt(next) == c || CLOSERS.indexOf(text.charAt(next)) >= 0)) {
                    next++;
                }
                boolean followedBySpace = next >= n || Character.isWhitespace(text.charAt(next));
                boolean followedByHan = next < n && CleanText.han(text.charAt(next));
                if (c == '.') {
                    end = (followedBySpace && nextStartsSentence(text, next) || followedByHan) && !abbreviation(text, i);
                } else {
                    end = true;
                }
            }
            if (end) {
                int j = i + 1;
                while (j < n && (CLOSERS.indexOf(text.charAt(j)) >= 0 || text.charAt(j) == c)) {
                    j++;
                }
                add(out, text, start, j);
                start = j;
                i = j - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean nextStartsSentence(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0 || CleanText.han(c);
    }

    private static boolean abbreviation(String text, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        String word = text.substring(i, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new int[] {s, e});
        }
    }
}
