package cuecard.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The interview template: the interviewer's question (its last asking sentence, the part of it after its last
 * comma when the whole is too long) on the front, and on the back the sentence of the reply that is most central
 * to it: salient in the document and sharing the question's words.
 */
final class TurnDrafts {

    private static final int ANSWER_SENTENCES = 8;
    private static final Pattern OPENS_BADLY = Pattern.compile(
            "^(他们|他們|她们|她們|它们|它們|他|她|它|这|這|那|其|此|该|該|而|但|所以|然后|然後|(?i:it|this|that|these|those|they|he|she|there|then|so|and|but|also)\\b)");

    private static final Pattern HEDGE = Pattern.compile("^(嗯|呃|这个|這個|怎么说|怎麼說|我想想|好问题|好問題|(?i:well|you know|i mean|good question|that's a good question|i don't know|let me think|um|uh)\\b)");

    /** A question that asks for one thing, person, place or time — not for several (哪些, what are), yes or no, or an opinion. */
    private static final Pattern WH = Pattern.compile("(?i)^(what|which|who|where|when)\\b(?!\\s+(are|were|kinds?|sorts?|things)\\b)(?!.*\\b(think|feel|like about)\\b)"
            + "|哪(?![些几幾])|(?<!有)什么|(?<!有)什麼|谁|誰|多少");
    /** A reply that names its answer at once: "It's a care robot.", "是一台护理机器人。" */
    private static final Pattern NAMES_IT = Pattern.compile("(?i)^(?:it['’]s|it is|it was|that was|that['’]s|this is)\\s+\\S|^(?:是|就是|叫)\\S");

    private TurnDrafts() {
    }

    /**
     * Whether a reply answers a wh-question directly: the question asks what, which, who (什么, 哪, 谁) and the reply
     * opens by naming it in a few words ("It's a care robot." — six words or fifteen characters at most).
     */
    static boolean direct(String question, String reply) {
        String r = reply.strip();
        boolean shortReply = r.matches(".*\\p{IsHan}.*") ? r.length() <= 15 : r.split("\\s+").length <= 6;
        return WH.matcher(question.strip()).find() && shortReply && NAMES_IT.matcher(r).find();
    }

    static List<Draft> of(Analysis analysis, double[] salience) {
        Map<Integer, List<Sentence>> questions = new LinkedHashMap<>();
        Map<Integer, List<Sentence>> answers = new LinkedHashMap<>();
        for (Sentence s : analysis.sentences()) {
            int turn = s.passage().turn();
            if (turn == 0) {
                continue;
            }
            if (s.role() == Role.QUESTION) {
                questions.computeIfAbsent(turn, k -> new ArrayList<>()).add(s);
            } else if (s.role() == Role.ANSWER) {
                answers.computeIfAbsent(turn, k -> new ArrayList<>()).add(s);
            }
        }
        List<Draft> out = new ArrayList<>();
        for (var e : questions.entrySet()) {
            List<Sentence> reply = answers.getOrDefault(e.getKey(), List.of());
            if (reply.isEmpty()) {
                continue;
            }
            Sentence q = asking(e.getValue());
            String question = shortened(q);
            Set<String> asked = Words.of(question);
            Sentence best = null;
            double bestScore = -1;
            for (Sentence a : reply.subList(0, Math.min(ANSWER_SENTENCES, reply.size()))) {
                String t = Standalone.frame(a, a.text()).text();
                if (a.facts().isEmpty() || !Gates.shortEnough(t, a.language(), 0.45) || !a.passage().oneLine(a.start(), a.end()) || OPENS_BADLY.matcher(t).find() || HEDGE.matcher(t).find() || a.question() || !Gates.shortEnough(t, a.language(), 0.6)) {
                    continue;
                }
                Set<String> w = Words.of(t);
                long shared = w.stream().filter(asked::contains).count();
                double score = salience[a.index()] + (asked.isEmpty() ? 0 : shared / (double) asked.size()) + 0.1 * a.facts().size();
                if (score > bestScore) {
                    bestScore = score;
                    best = a;
                }
            }
            String first = Standalone.frame(reply.get(0), reply.get(0).text()).text();
            if (direct(question, first) && reply.get(0).passage().oneLine(reply.get(0).start(), reply.get(0).end())) {
                best = reply.get(0); // "What was your first project?" — "It's a care robot.": the reply's first words are the answer
            } else if (best == null) {
                best = reply.get(0);
            }
            String back = Standalone.frame(best, best.text()).text();
            String who = Standalone.speakerOf(best);
            String lead = who == null ? "" : new Wording(q.language()).asked(who, "");
            double sal = (salience[q.index()] + salience[best.index()]) / 2;
            out.add(new Draft(Draft.Kind.TURN, "turn:" + q.doc().ref() + ":" + e.getKey(), best, null, lead, question, back, "",
                    sal, sal * 0.8));
        }
        return out;
    }

    /** The question's last sentence that asks, else its last sentence. */
    private static Sentence asking(List<Sentence> sentences) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).question()) {
                return sentences.get(i);
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    /** The question, fillers off, cut to the part after its last comma while the whole is too long. */
    static String shortened(Sentence q) {
        String t = Standalone.frame(q, q.text()).text();
        while (!Gates.shortEnough(t, q.language(), 0.67)) {
            int cut = Math.max(Math.max(t.lastIndexOf('，', t.length() - 2), t.lastIndexOf(',', t.length() - 2)),
                    t.lastIndexOf('；', t.length() - 2));
            if (cut < 0) {
                break;
            }
            t = t.substring(cut + 1).strip();
        }
        if (!q.language().chinese() && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }
}
