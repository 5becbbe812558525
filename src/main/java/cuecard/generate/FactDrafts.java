package cuecard.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The fact template: each fact asked in its sentence, the fact blanked. A sentence longer than a card allows is
 * cut after the comma that ends the fact's clause (the front stays, so the subject stays); what is still too long
 * is left to the {@link Gates#TOO_LONG} gate.
 */
final class FactDrafts {

    private static final java.util.regex.Pattern HE_SHE_EN = java.util.regex.Pattern.compile("(?i)\\b(he|she|him|her|his)\\b");
    private static final java.util.regex.Pattern HE_SHE_ZH = java.util.regex.Pattern.compile("他|她");
    private static final String CUTS = "，,；;：:";
    private static final java.util.regex.Pattern COUNTED_NOUN = java.util.regex.Pattern.compile(
            "([\\d,.]+(?: (?:thousand|million|billion))?|[a-z]+(?:[ -][a-z]+)?) [a-z]{3,}", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SUBORDINATE_END = java.util.regex.Pattern.compile(
            "(时|時|的时候|的時候|之际|之際|以后|以後|之后|之後|以前|之前|如果\\S*|因为\\S*|因為\\S*)$|(?i:\\b(when|while|after|before|because|if|since|although)\\b[^,;:]*)$");

    /** A clause that cannot end a card: one opening with 无论/虽然/如果/当, whether/although/if/when. */
    private static final java.util.regex.Pattern OPENS_SUBORDINATE = java.util.regex.Pattern.compile(
            "^\\W*(无论|無論|不管|虽然|雖然|尽管|儘管|如果|假如|要是|因为|因為|当|當|除了)|^\\W*(?i:(whether|although|though|if|when|while|because|unless|since|as)\\b)");

    /** A head that is only a frame of place or time (在1998年首次举办的ApacheCon上): no clause to end a card on. */
    private static final java.util.regex.Pattern LOCATIVE_FRAME = java.util.regex.Pattern.compile("^\\W*(在|於|于|当|當|从|從)[^，,；;]*(上|中|里|裡|时|時|时候|時候|后|後|以后|以後|之后|之後|前|以前|之前|期间|期間)$"
            + "|(上|里|裡|期间|期間|之中)$");
    /** A head that only says someone mentioned something (炳哥提到2010年的事件, she mentioned …): the claim follows it. */
    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile(
            "(提到|提及|谈到|談到|说起|說起|讲到|講到|回忆起|回憶起|(?i:\\b(mentioned|recalled|recalls|talked about|brought up)\\b))[^，,；;]*$");

    private FactDrafts() {
    }

    private static String inner(String text) {
        return text.replace('“', '‘').replace('”', '’');
    }

    private static long open(String text, String marks) {
        return text.chars().filter(c -> marks.indexOf(c) >= 0).count();
    }

    static List<Draft> of(Analysis analysis, double[] salience) {
        List<Draft> out = new ArrayList<>();
        Passage passage = null;
        String focus = null;
        for (Sentence s : analysis.sentences()) {
            if (s.passage() != passage) {
                passage = s.passage();
                focus = null;
            }
            for (Fact f : s.facts()) {
                out.add(draft(s, f, salience[s.index()], focus));
            }
            focus = nextFocus(s, focus);
        }
        return out;
    }

    /**
     * Who a he or she in the sentence after {@code s} stands for: the one person {@code s} names; the same person as
     * before when {@code s} names nobody (a paragraph goes on about someone: "Jane Roe was born in 1950. She studied
     * … In 1977, she joined …"); nobody when {@code s} names several.
     */
    static String nextFocus(Sentence s, String focus) {
        List<String> people = s.facts().stream().filter(f -> f.kind() == FactKind.PERSON).map(Fact::surface).distinct().toList();
        if (people.isEmpty()) {
            return focus;
        }
        boolean pronoun = (s.language().chinese() ? HE_SHE_ZH : HE_SHE_EN).matcher(s.text()).find();
        if (people.size() > 1 || pronoun && focus != null && !people.get(0).equals(focus)) {
            return null; // "She met Ivan Petrov": two people in play, a later "she" could be either
        }
        return people.get(0);
    }

    static Draft draft(Sentence s, Fact f, double salience) {
        return draft(s, f, salience, null);
    }

    static Draft draft(Sentence s, Fact f, double salience, String antecedent) {
        String text = s.text();
        int fs = f.start() - s.start();
        int fe = f.end() - s.start();
        int to = text.length();
        if (to > Gates.limit(s.language())) {
            for (int i = fe; i < text.length(); i++) {
                if (CUTS.indexOf(text.charAt(i)) >= 0) {
                    to = i;
                    break;
                }
            }
        }
        if (to == text.length()) {
            // a later clause that leans on what came before (当时…, and that place …) is left off the card
            for (int i = fe; i < text.length(); i++) {
                if (CUTS.indexOf(text.charAt(i)) >= 0) {
                    String head = text.substring(0, i);
                    int said = head.length() - (fe - fs);
                    boolean clause = s.language().chinese() ? said >= 10 : head.split("\\s+").length - f.surface().split("\\s+").length >= 5;
                    boolean frame = s.language().chinese() && LOCATIVE_FRAME.matcher(head.strip()).find() || REPORTING.matcher(head).find();
                    if (clause && !frame && DanglingReference.leans(text.substring(i + 1), s.language().chinese()) && !OPENS_SUBORDINATE.matcher(head).find()
                            && open(head, "「“‘『(（") == open(head, "」”’』)）")) {
                        to = i;
                    }
                    break;
                }
            }
        }
        String part = text.substring(0, to);
        boolean cut = to < text.length();
        if (cut && SUBORDINATE_END.matcher(part).find()) {
            part = text; // a clause cut after "when …" says nothing yet: keep the sentence whole (the length gate judges it)
            cut = false;
        }
        Standalone.Framed framed = Standalone.frame(s, part, antecedent);
        String end = cut ? (s.language().chinese() ? "。" : ".") : "";
        String before;
        String after;
        if (framed.inPrefix(fs, fe)) {
            // the fact stands in the time phrase before a replaced he or she: "In ____, Jane Roe joined …"
            String body = framed.text();
            before = body.substring(0, fs - framed.from());
            after = body.substring(fe - framed.from()) + end + framed.close();
        } else if (fs < framed.shift()) {
            // the fact stood among the fillers: keep the sentence whole
            before = part.substring(0, fs);
            after = part.substring(fe) + end + framed.close();
        } else {
            before = framed.prefix() + part.substring(framed.shift(), fs);
            after = part.substring(fe) + end + framed.close();
        }
        String answer = f.surface();
        java.util.regex.Matcher counted = COUNTED_NOUN.matcher(answer);
        if (f.kind() == FactKind.COUNT && !s.language().chinese() && counted.matches() && answer.length() == fe - fs) {
            // "gave away ____ computers": what is counted stays in the prompt, the number is the answer
            after = answer.substring(counted.end(1)) + after;
            answer = counted.group(1);
        }
        if (!framed.close().isEmpty()) {
            // quotation marks inside a quoted sentence become the inner kind: 他说：“对于‘Apache 之道’原则……”
            before = inner(before);
            after = after.substring(0, after.length() - framed.close().length()).transform(FactDrafts::inner) + framed.close();
        }
        String lead = framed.lead();
        TimeAnchor anchor = TimeAnchor.of(s.doc().date());
        boolean zh = s.language().chinese();
        if (anchor != null) {
            before = anchor.years(before, zh);
            after = anchor.years(after, zh);
            if (TimeAnchor.present(before + " " + after, zh)) {
                if (lead.isEmpty()) {
                    before = TimeAnchor.after(before, zh);
                }
                lead = anchor.asOf(zh) + lead;
            }
        }
        double worth = f.kind().weight() / 10.0;
        return new Draft(Draft.Kind.FACT, f.key(), s, f, lead, before, answer, after, salience, salience * worth);
    }
}
