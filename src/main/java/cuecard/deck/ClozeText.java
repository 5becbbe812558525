package cuecard.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cloze text with deletions written {@code {{answer}}} or {@code {{answer::hint}}}. */
public final class ClozeText {

    private static final Pattern DELETION = Pattern.compile("\\{\\{(.*?)(?:::(.*?))?}}", Pattern.DOTALL);

    /** One deletion: the hidden answer and an optional hint (null when none). */
    public record Deletion(String answer, String hint) {
    }

    private ClozeText() {
    }

    public static List<Deletion> deletions(String text) {
        List<Deletion> out = new ArrayList<>();
        Matcher m = DELETION.matcher(text);
        while (m.find()) {
            out.add(new Deletion(m.group(1).trim(), m.group(2) == null ? null : m.group(2).trim()));
        }
        return out;
    }

    /**
     * Where the braces of {@code text} do not pair up as deletions, as the few characters around the first such
     * place, or null when they do: a brace inside a deletion ({@code {{{{b}} c}}}), one right before or after it
     * ({@code {{x}}}}) or a {@code }}} that closes nothing. A single brace elsewhere ({@code the set {1, 2}}) is text.
     */
    public static String unbalanced(String text) {
        Matcher m = DELETION.matcher(text);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String inner = m.group(1) + (m.group(2) == null ? "" : m.group(2));
            boolean before = m.start() > 0 && text.charAt(m.start() - 1) == '{';
            boolean after = m.end() < text.length() && text.charAt(m.end()) == '}';
            if (inner.indexOf('{') >= 0 || inner.indexOf('}') >= 0 || before || after) {
                return around(text, m.start(), m.end() + (after ? 1 : 0));
            }
            outside.append(text, last, m.start()).append('\u0000');
            last = m.end();
        }
        outside.append(text.substring(last));
        if (outside.indexOf("}}") >= 0) {
            int at = text.indexOf("}}");
            return around(text, at, at + 2);
        }
        return null;
    }

    private static String around(String text, int from, int to) {
        int a = Math.max(0, from - 8);
        int b = Math.min(text.length(), to + 8);
        return (a > 0 ? "..." : "") + text.substring(a, b) + (b < text.length() ? "..." : "");
    }

    /** The text with every deletion replaced by {@code {{}}}: what identifies the note. */
    public static String masked(String text) {
        return DELETION.matcher(text).replaceAll("{{}}");
    }

    /** The question for deletion {@code index}: that one shown as {@code [...]} or {@code [hint]}, the rest filled in. */
    public static String question(String text, int index) {
        return render(text, index, false);
    }

    /** The full text with every deletion filled in; the asked one marked with brackets when {@code mark}. */
    public static String answered(String text, int index) {
        return render(text, index, true);
    }

    private static String render(String text, int index, boolean revealed) {
        Matcher m = DELETION.matcher(text);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (m.find()) {
            String answer = m.group(1).trim();
            String replacement;
            if (i == index) {
                String hint = m.group(2) == null ? "..." : m.group(2).trim();
                replacement = revealed ? "[" + answer + "]" : "[" + hint + "]";
            } else {
                replacement = answer;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            i++;
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
