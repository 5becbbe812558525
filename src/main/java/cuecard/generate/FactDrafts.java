package cuecard.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The fact template: each fact asked in its sentence, the fact blanked. A sentence longer than a card allows is
 * cut after the comma that ends the fact's clause (the front stays, so the subject stays); what is still too long
 * is left to the {@link Gates#TOO_LONG} gate.
 */
final class FactDrafts {

    private static final String CUTS = "，,；;：:";
    private static final java.util.regex.Pattern COUNTED_NOUN = java.util.regex.Pattern.compile(
            "([\\d,.]+(?: (?:thousand|million|billion))?|[a-z]+(?:[ -][a-z]+)?) [a-z]{3,}", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SUBORDINATE_END = java.util.regex.Pattern.compile(
            "(时|時|的时候|的時候|之际|之際|以后|以後|之后|之後|以前|之前|如果\\S*|因为\\S*|因為\\S*)$|(?i:\\b(when|while|after|before|because|if|since|although)\\b[^,;:]*)$");

    private FactDrafts() {
    }

    static List<Draft> of(Analysis analysis, double[] salience) {
        List<Draft> out = new ArrayList<>();
        Sentence previous = null;
        for (Sentence s : analysis.sentences()) {
            String antecedent = previous != null && previous.passage() == s.passage() ? onlyPerson(previous) : null;
            for (Fact f : s.facts()) {
                out.add(draft(s, f, salience[s.index()], antecedent));
            }
            previous = s;
        }
        return out;
    }

    /** The one person a sentence names, or null when it names none or several. */
    static String onlyPerson(Sentence s) {
        List<Fact> people = s.facts().stream().filter(f -> f.kind() == FactKind.PERSON).toList();
        return people.stream().map(Fact::key).distinct().count() == 1 ? people.get(0).surface() : null;
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
        String part = text.substring(0, to);
        boolean cut = to < text.length();
        if (cut && SUBORDINATE_END.matcher(part).find()) {
            part = text; // a clause cut after "when …" says nothing yet: keep the sentence whole (the length gate judges it)
            cut = false;
        }
        Standalone.Framed framed = Standalone.frame(s, part, antecedent);
        String end = cut ? (s.language().chinese() ? "。" : ".") : "";
        String before;
        if (fs < framed.shift()) {
            // the fact stood among the fillers: keep the sentence whole
            before = part.substring(0, fs);
        } else {
            before = framed.prefix() + part.substring(framed.shift(), fs);
        }
        String after = part.substring(fe) + end + framed.close();
        String answer = f.surface();
        java.util.regex.Matcher counted = COUNTED_NOUN.matcher(answer);
        if (f.kind() == FactKind.COUNT && !s.language().chinese() && counted.matches() && answer.length() == fe - fs) {
            // "gave away ____ computers": what is counted stays in the prompt, the number is the answer
            after = answer.substring(counted.end(1)) + after;
            answer = counted.group(1);
        }
        double worth = f.kind().weight() / 10.0;
        return new Draft(Draft.Kind.FACT, f.key(), s, f, framed.lead(), before, answer, after, salience, salience * worth);
    }
}
