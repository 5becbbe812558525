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
        return d.sentence().question() || d.sentence().role() == Role.QUESTION;
    }
}
