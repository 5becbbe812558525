package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a fact card made from a sentence that asks, or from the interviewer's framing of a question: a question
 * asserts nothing, and the framing is not what the guest said.
 */
record QuestionSentence() implements Gate {

    @Override
    public String name() {
        return "question-sentence";
    }

    @Override
    public String reason() {
        return "the fact stands in a question or the interviewer's framing of one, which asserts nothing the guest said";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.FACT) {
            return false;
        }
        // the interviewer's turns set the scene and frame questions: what a learner keeps is what the guest said
        return asks(d) || d.sentence().role() == Role.QUESTION;
    }

    /** Whether what the card shows asks: a question sentence, unless the card was cut before its question clause. */
    private static boolean asks(Draft d) {
        if (!d.sentence().question()) {
            return false;
        }
        String shown = (d.before() + d.answer() + d.after()).strip().replaceAll("[”」\"]+$", "");
        return shown.endsWith("?") || shown.endsWith("？") || shown.length() + 2 >= d.sentence().text().strip().length();
    }
}
