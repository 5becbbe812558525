package cuecard.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credit template: who interviewed, hosted or spoke, from the document's credit lines ({@code 主持：…},
 * {@code Host: …}, {@code Interview conducted by …}). Reporters, authors, translators, editors and producers are
 * left out: they wrote up, translated or made the page, which a learner of the interview need not remember.
 */
final class CreditDrafts {

    /** Who took part in the interview itself: who asked, hosted or spoke (not who wrote it up, translated or republished it). */
    private static final Pattern WORTH = Pattern.compile("(?i).*(主持|主播|采访|採訪|访问|訪問|演讲|演講|嘉宾|嘉賓|"
            + "host|interviewer|moderator|speaker|guest|interview conducted).*");
    private static final double SALIENCE = 0.5;

    private CreditDrafts() {
    }

    static List<Draft> of(Analysis analysis) {
        Document doc = analysis.doc();
        List<Draft> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Credit c : doc.credits()) {
            String name = c.name().replaceFirst("^(实习记者|實習記者|记者|記者|主持人|主持|翻译|翻譯|作者)\\s*", "");
            if (!WORTH.matcher(c.role()).matches() || name.isBlank() || name.length() < 2 || !seen.add(c.role() + "|" + c.name())) {
                continue;
            }
            String role = wordFor(c.role(), doc.language());
            if (role == null) {
                continue;
            }
            String text = c.role() + (doc.language().chinese() ? "：" : ": ") + c.name();
            int[] lines = new int[text.length()];
            java.util.Arrays.fill(lines, c.line());
            Passage p = new Passage(Role.TEXT, null, text, lines, 0);
            Sentence s = new Sentence(doc, analysis.docIndex(), p, 0, text.length(), -1, List.of());
            out.add(new Draft(Draft.Kind.ROLE, "credit:" + c.role() + ":" + c.name(), s, null, "", question(doc, role), name, "",
                    SALIENCE, SALIENCE * 0.9));
        }
        return out;
    }

    private static final java.util.Map<String, String[]> WORDS = java.util.Map.of(
            "author", new String[] {"作者", "作者"}, "host", new String[] {"主持人", "主持人"},
            "interviewer", new String[] {"采访者", "採訪者"}, "reporter", new String[] {"记者", "記者"},
            "translator", new String[] {"译者", "譯者"}, "moderator", new String[] {"主持人", "主持人"},
            "interpreter", new String[] {"翻译", "翻譯"}, "speaker", new String[] {"演讲者", "演講者"});

    /** The role word in the deck's script: an English role word in a Chinese deck is translated; a Chinese one in an English deck is left out. */
    static String wordFor(String role, Language language) {
        boolean latin = role.matches("[A-Za-z .'-]+");
        if (!language.chinese()) {
            return latin ? role : null;
        }
        if (!latin) {
            return role;
        }
        String key = role.toLowerCase(java.util.Locale.ROOT).replaceAll(".*\\b(author|host|interviewer|reporter|translator|moderator|interpreter|speaker)\\b.*", "$1");
        String[] zh = WORDS.get(key);
        return zh == null ? null : zh[language == Language.ZH_HANT ? 1 : 0];
    }

    static String question(Document doc, String role) {
        String title = doc.title();
        return switch (doc.language()) {
            case ZH_HANS -> (title == null ? "本文" : "《" + title + "》") + "的" + role + "是谁？";
            case ZH_HANT -> (title == null ? "本文" : "《" + title + "》") + "的" + role + "是誰？";
            case EN -> "Who is the " + role.toLowerCase(java.util.Locale.ROOT) + (title == null ? "" : " of “" + title + "”") + "?";
        };
    }
}
