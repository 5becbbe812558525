package cuecard.generate;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The definition template: a term the text defines or singles out, blanked where it is defined, so the learner
 * recalls the term from what it is — "____ is a neurochemical that bonds a parent to a child", "所谓____，就是…",
 * "what sets us apart is the ____". The term must come back elsewhere in the document (a word defined in passing
 * is no key term) but not run through it (the subject itself), must not be a pronoun or a general word (thing, way, 问题, 东西), and its definition must say
 * something (four words or eight characters at least).
 */
final class DefinitionDrafts {

    private static final String EN_TERM = "([A-Za-z][a-z-]+(?: [a-z][a-z-]+){0,2})";
    /** "Oxytocin is a neurochemical that …", "The neocortex is the part of the brain …". */
    private static final Pattern EN_IS = Pattern.compile("(?:^|[,;:] |\\b(?:because|since|and|but|so|that|where) )(?:(?:so|and|but|well|now|basically|essentially),? )?(?:the |an? )?" + EN_TERM
            + " (?:is|are) (?:a|an|the|one of the|basically a|essentially a|really a|kind of a) ((?:[\\w'’-]+[,;]? ){3,}[\\w'’-]+)", Pattern.CASE_INSENSITIVE);
    /** "what sets us apart is the neocortex", "what makes humans different is language". */
    private static final Pattern EN_APART = Pattern.compile("\\bwhat (?:sets|makes|separates|distinguishes) (?:us|humans|people|them) (?:apart|different|unique)"
            + " (?:from [\\w ]{2,30} )?is (?:more (?:of )?|really |mostly |largely )?(?:the |our |an? )?([a-z][a-z-]+(?: [a-z][a-z-]+){0,2})(?=[,.;!?]|$)");
    /** Where an EN_APART sentence's own words begin: the card keeps "What sets us apart is …". */
    private static final Pattern WHAT_SETS = Pattern.compile("(?i)\\bwhat (?:sets|makes|separates|distinguishes)\\b");
    /** "所谓附近，就是…", "地磁暴，是太阳活动引起的…扰动", "X是指…", "X指的是…", "X是一种…". */
    private static final Pattern ZH_IS = Pattern.compile("^(所谓的?|所謂的?)?([\\p{IsHan}A-Za-z]{2,10})(?:[，,]\\s*(?:就|也就)?是(?!不|否)|(?:就)?是指|指的是|即是|是一种|是一種|是一类|是一類)(.{8,})");
    private static final Set<String> GENERAL_EN = Set.of("thing", "things", "stuff", "way", "problem", "idea", "point", "reason", "part",
            "one", "lot", "kind", "sort", "people", "life", "time", "fact", "question", "answer", "goal", "key", "difference", "truth",
            "world", "this", "that", "it", "which", "what", "there", "here", "he", "she", "they", "we", "you", "i", "everything",
            "something", "nothing", "anything", "everyone", "someone", "result", "thing is", "problem is", "issue", "story", "deal",
            "plan", "work", "job", "game", "team", "company", "place", "man", "woman", "person", "guy", "kid", "child", "brain",
            "book", "idea is", "first", "last", "next", "other", "same", "whole", "rest", "end", "beginning", "case");
    private static final Set<String> GENERAL_ZH = Set.of("问题", "問題", "东西", "東西", "事情", "这个", "這個", "那个", "那個", "我们",
            "我們", "他们", "他們", "大家", "人们", "人們", "生活", "时候", "時候", "方式", "原因", "目的", "意思", "一个", "一個", "情况",
            "情況", "工作", "这种", "這種", "那种", "那種", "自己", "世界", "社会", "社會", "关键", "關鍵", "重点", "重點", "结果", "結果");

    /**
     * The most times a term may occur: a term in every other sentence is the document's subject, which other cards
     * would show (and which the selection would then keep off them).
     */
    private static final int MOST = 5;

    private DefinitionDrafts() {
    }

    static List<Draft> of(Analysis analysis, double[] salience) {
        List<Draft> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean zh = analysis.doc().language().chinese();
        String whole = wholeText(analysis).toLowerCase(Locale.ROOT);
        for (Sentence s : analysis.sentences()) {
            if (s.role() == Role.QUESTION || s.question() || s.role() == Role.NOTE || s.role() == Role.HEADING) {
                continue;
            }
            int[] span = zh ? chinese(s) : english(s);
            if (span == null) {
                continue;
            }
            String text = s.passage().text();
            String term = text.substring(span[0], span[1]);
            String key = "term:" + (zh ? ChineseNames.simplified(term, s.language()) : term.toLowerCase(Locale.ROOT));
            int times = occurrences(whole, term.toLowerCase(Locale.ROOT));
            if (seen.contains(key) || times < (rare(term, zh) ? 1 : 2) || times > MOST || overlapsName(s, span)
                    || !s.passage().oneLine(span[0], span[1])) {
                continue;
            }
            seen.add(key);
            Fact f = new Fact(FactKind.TERM, key, term, s.passage(), span[0], span[1], null);
            out.add(draft(s, f, span, salience[s.index()]));
        }
        return out;
    }

    /**
     * The card for a defined term: the defining clause only, from the term (or the "what sets us apart" that leads
     * to it) to the end of the sentence, cut at the comma before a clause that leans on it (", which is why it …") or,
     * when longer than a card allows, at a comma once the definition has said eight characters or thirty letters.
     */
    private static Draft draft(Sentence s, Fact f, int[] span, double salience) {
        boolean zh = s.language().chinese();
        String text = s.passage().text();
        int from = span[0];
        String head = text.substring(s.start(), span[0]);
        Matcher apart = WHAT_SETS.matcher(head);
        if (apart.find()) {
            from = s.start() + apart.start();
        }
        int to = s.end();
        int least = zh ? 8 : 30;
        boolean tooLong = s.end() - from > Gates.limit(s.language());
        for (int i = span[1] + least; i < s.end(); i++) {
            if ("，,；;".indexOf(text.charAt(i)) >= 0 && (tooLong || goesOn(nextClause(text, i + 1, s.end()), zh))) {
                to = i;
                break;
            }
        }
        String before = text.substring(from, span[0]);
        if (!before.isEmpty()) {
            before = Character.toUpperCase(before.charAt(0)) + before.substring(1);
        }
        String after = text.substring(span[1], to).stripTrailing();
        if (to < s.end() || !after.matches(".*[。.!！?？”\"」]$")) {
            after = after.replaceAll("[,，;；:：]$", "") + (zh ? "。" : ".");
        }
        Standalone.Framed framed = Standalone.frame(s, before + f.surface() + after);
        String lead = framed.lead();
        String close = framed.close();
        double worth = f.kind().weight() / 10.0;
        return new Draft(Draft.Kind.FACT, f.key(), s, f, lead, before, f.surface(), after + close, salience, salience * worth);
    }

    private static final Pattern GOES_ON = Pattern.compile("^\\s*(?:which|so|and|but|because|that's why|所以|因此|但|而|因为|因為|于是|於是)|^\\s*(?i:which)\\b");

    /** Whether the clause after a definition goes on to something else: a pointer, a pronoun, ", which is why", "，所以". */
    private static boolean goesOn(String clause, boolean zh) {
        return GOES_ON.matcher(clause).find() || DanglingReference.leans(clause, zh);
    }

    private static String nextClause(String text, int from, int end) {
        int to = from;
        while (to < end && "，,；;。.!！?？".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /**
     * Whether a term is rare enough to be a key term where it is defined once: a single long English word (oxytocin,
     * neocortex) or a Chinese word HanLP's dictionary has seen fewer than {@value #RARE} times (地磁暴).
     */
    private static boolean rare(String term, boolean zh) {
        return zh ? ChineseNames.frequency(ChineseNames.simplified(term)) < RARE : term.matches("[A-Za-z]{7,}");
    }

    private static final int RARE = 50;

    private static String wholeText(Analysis a) {
        StringBuilder b = new StringBuilder();
        for (Passage p : a.doc().passages()) {
            b.append(p.text()).append('\n');
        }
        return b.toString();
    }

    private static int occurrences(String text, String term) {
        int n = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            n++;
        }
        return n;
    }

    private static boolean overlapsName(Sentence s, int[] span) {
        return s.facts().stream().anyMatch(f -> f.start() < span[1] && span[0] < f.end());
    }

    /** The term's span in the passage, or null. */
    private static int[] english(Sentence s) {
        String t = s.text();
        Matcher m = EN_IS.matcher(t);
        for (int from = 0; from < t.length() && m.find(from); from = m.start() + 1) {
            if (term(m.group(1)) && !m.group(2).matches("(?i).*\\b(I|me|my|you|your)\\b.*")) {
                return new int[] {s.start() + m.start(1), s.start() + m.end(1)};
            }
        }
        m = EN_APART.matcher(t);
        if (m.find() && term(m.group(1))) {
            return new int[] {s.start() + m.start(1), s.start() + m.end(1)};
        }
        return null;
    }

    private static boolean term(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        String[] words = lower.split(" ");
        return !GENERAL_EN.contains(lower) && !GENERAL_EN.contains(words[words.length - 1]) && !Words.STOP_EN.contains(words[0])
                && lower.length() >= 4;
    }

    private static int[] chinese(Sentence s) {
        String t = s.text();
        Matcher m = ZH_IS.matcher(t);
        if (!m.find()) {
            return null;
        }
        String term = m.group(2);
        if (GENERAL_ZH.contains(term) || Standalone.FIRST_PERSON_ZH.matcher(term).find() || term.matches(".*[他她它这這那此其].*")) {
            return null;
        }
        // the term is one noun or a run of nouns: 地磁暴, 社区胜于代码 is not ("胜于" is a verb)
        List<Term> words = ChineseNames.words(ChineseNames.simplified(term, s.language()));
        for (Term w : words) {
            String nature = w.nature == null ? "" : w.nature.toString();
            if (nature.startsWith("r") || nature.startsWith("v") && !nature.equals("vn") || nature.startsWith("p") || nature.startsWith("c")
                    || nature.startsWith("d") || nature.startsWith("m") || nature.startsWith("q") || nature.startsWith("t") || nature.startsWith("a")) {
                return null;
            }
        }
        Term last = words.get(words.size() - 1);
        if (last.nature == null || !last.nature.toString().startsWith("n") && !last.nature.toString().startsWith("g")) {
            return null;
        }
        return new int[] {s.start() + m.start(2), s.start() + m.end(2)};
    }
}
