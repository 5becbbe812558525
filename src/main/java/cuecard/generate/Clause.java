package cuecard.generate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The short clause around a fact: the part of its sentence between clause punctuation, widened until it says
 * something on its own, and bounded so that a card never asks about a whole paragraph.
 *
 * @param passage the passage
 * @param from    start in the passage text
 * @param to      end in the passage text
 */
record Clause(Passage passage, int from, int to) {

    static final int MIN_ZH = 14;
    static final int MAX_ZH = 48;
    static final int MIN_EN = 9;
    static final int MAX_EN = 30;
    /** Spaces and punctuation that may stand before a clause's first word. */
    private static final String OPENING_JUNK = "，,；;：:、—-）)]」』”";
    static final Pattern LEADING = Pattern.compile(
            "^(?:(?:是的|好的|嗯|对|對|据报道|據報導|據報道|据悉|據悉)(?=[，,])|但是|但|而且|而|所以|因此|不过|不過|然而|于是|於是|并且|並且|并|並|另外|此外|同时|同時|然后|然後|就是|那就是|其实|其實|当然|當然|(?i:and|but|so|also|then|well|because|while|reportedly)\\b)[，,\\s]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The longest clause, in {@link #size} units, for the language. */
    static int max(boolean chinese) {
        return chinese ? MAX_ZH : MAX_EN;
    }
    /**
     * Words that open a clause in the middle of a thought: what they lean on stands in an earlier clause, so a
     * card on such a clause alone cannot be answered.
     */
    static final Pattern MID_THOUGHT = Pattern.compile(
            "^(?:尤其|特别是|特別是|甚至|涉及|包括|包含|详细|詳細|因为|因為|比如|例如|比方说|比方說|是(?![的，,])|就|也|还|還|都|又|才|然后|然後|之后|之後|后来|後來|可能|如果|假如|要是|该|該|这|這|那|其(?!他)|此|它|他们|他們|她们|她們|你|您|"
            + "超过|超過|达到|達到|情况|情況|(?i:especially|even|also|because|for example|such as|which|who|whom|it|this|that|these|those|you|they|if|then|including|involving|covering)\\b)");

    String text() {
        return passage.text().substring(from, to);
    }

    /** The clause around {@code [start, end)}, or null when none of a good length exists. */
    static Clause around(Passage p, int start, int end, boolean chinese) {
        String text = p.text();
        int[] sentence = null;
        int[] previous = null;
        for (int[] s : Sentences.split(text)) {
            if (s[0] <= start && end <= s[1]) {
                sentence = s;
                break;
            }
            previous = s;
        }
        if (sentence == null) {
            return null;
        }
        List<Integer> cuts = new java.util.ArrayList<>();
        cuts.add(sentence[0]);
        for (int i = sentence[0]; i < sentence[1]; i++) {
            if (i >= start && i < end) {
                continue;
            }
            if (boundary(text, i, chinese)) {
                cuts.add(i + 1);
            }
        }
        cuts.add(sentence[1]);
        int left = 0;
        for (int i = 0; i < cuts.size(); i++) {
            if (cuts.get(i) <= start) {
                left = i;
            }
        }
        int right = cuts.size() - 1;
        for (int i = cuts.size() - 1; i >= 0; i--) {
            if (cuts.get(i) >= end) {
                right = i;
            }
        }
        while (size(text, cuts.get(left), cuts.get(right), chinese) < (chinese ? MIN_ZH : MIN_EN)
                || size(text, cuts.get(left), cuts.get(right), chinese) - size(text, start, end, chinese) < (chinese ? 5 : 3)) {
            int max = max(chinese);
            boolean factOpens = size(text, cuts.get(left), start, chinese) <= 2;
            boolean canLeft = left > 0 && size(text, cuts.get(left - 1), cuts.get(right), chinese) <= max;
            boolean canRight = right < cuts.size() - 1 && size(text, cuts.get(left), cuts.get(right + 1), chinese) <= max
                    && !text.substring(cuts.get(right), cuts.get(right + 1)).matches("(?s).*[?？].*");
            if (canRight && (factOpens || !canLeft || size(text, cuts.get(right), cuts.get(right + 1), chinese)
                    < size(text, cuts.get(left - 1), cuts.get(left), chinese))) {
                right++;
            } else if (canLeft) {
                left--;
            } else {
                break;
            }
        }
        // a time or amount that opens its clause usually qualifies the next one: take it along when short enough
        if (chinese && size(text, cuts.get(left), start, chinese) <= 2 && right < cuts.size() - 1
                && size(text, end, cuts.get(right), chinese) < 14
                && size(text, cuts.get(left), cuts.get(right + 1), chinese) <= 36
                && !text.substring(cuts.get(right), cuts.get(right + 1)).matches("(?s).*[?？].*|(?s).*[：:]\\s*")) {
            right++;
        }
        // a clause that opens mid-thought takes the clause it leans on along, when the whole stays short enough
        while (left > 0 && size(text, cuts.get(left), start, chinese) > 0 && midThought(text, cuts.get(left), start)
                && size(text, cuts.get(left - 1), cuts.get(right), chinese) <= max(chinese)) {
            left--;
        }
        int from = cuts.get(left);
        int to = cuts.get(right);
        // a sentence that opens with "that test", "it"... takes the sentence before along, when both are short
        if (left == 0 && previous != null && size(text, from, start, chinese) > 0 && midThought(text, from, start)
                && size(text, previous[0], to, chinese) <= max(chinese)
                && !text.substring(previous[0], previous[1]).matches("(?s).*[?？].*")) {
            from = previous[0];
        }
        while (from < to && (Character.isWhitespace(text.charAt(from)) || OPENING_JUNK.indexOf(text.charAt(from)) >= 0 && from < start)) {
            from++;
        }
        var lead = LEADING.matcher(text.substring(from, start));
        if (lead.find() && lead.end() > 0) {
            from += lead.end();
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || "，,；;：:、—-（(「『“".indexOf(text.charAt(to - 1)) >= 0) && to > end) {
            to--;
        }
        int n = size(text, from, to, chinese);
        if (n < (chinese ? 8 : 4) || n > max(chinese)) {
            return null;
        }
        return new Clause(p, from, to);
    }

    /** Whether the text from {@code from} (up to the fact at {@code at}) opens in the middle of a thought. */
    static boolean midThought(String text, int from, int at) {
        int i = from;
        while (i < at && (Character.isWhitespace(text.charAt(i)) || OPENING_JUNK.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        String head = text.substring(i, at);
        var lead = LEADING.matcher(head);
        if (lead.find() && lead.end() > 0) {
            head = head.substring(lead.end());
        }
        return !head.isEmpty() && MID_THOUGHT.matcher(head).find();
    }

    /** Whether the clause starts its sentence (only a connective word or punctuation before it). */
    boolean startsSentence() {
        String text = passage.text();
        for (int[] s : Sentences.split(text)) {
            if (s[0] <= from && from < s[1]) {
                String before = text.substring(s[0], from).strip();
                return before.isEmpty() || LEADING.matcher(before).matches() || before.matches("[\\p{P}\\s]*");
            }
        }
        return false;
    }

    private static boolean boundary(String text, int i, boolean chinese) {
        char c = text.charAt(i);
        if ("，；：".indexOf(c) >= 0 || c == '—' && i + 1 < text.length() && text.charAt(i + 1) == '—') {
            return true;
        }
        if (c == ',' || c == ';' || c == ':') {
            boolean digits = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            boolean dateYear = c == ',' && i > 0 && Character.isDigit(text.charAt(i - 1))
                    && text.substring(i + 1, Math.min(text.length(), i + 6)).matches(" \\d{4}");
            return !digits && !dateYear;
        }
        return false;
    }

    /** Visible size: Han characters count one each, Latin words count one each in English and two in Chinese. */
    static int size(String text, int from, int to, boolean chinese) {
        String s = text.substring(Math.max(0, from), Math.min(to, text.length()));
        if (!chinese) {
            String t = s.strip();
            return t.isEmpty() ? 0 : SPACES.split(t).length;
        }
        int n = 0;
        boolean word = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CleanText.han(c)) {
                n++;
                word = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!word) {
                    n += 2;
                }
                word = true;
            } else {
                word = false;
            }
        }
        return n;
    }
}
