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
