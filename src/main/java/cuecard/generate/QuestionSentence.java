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
        // an interviewer's turn that asks something: its statements frame the question (a host's turn of statements
        // in a conversation is content like any other)
        String turn = d.sentence().passage().text();
        return d.sentence().question() || d.sentence().role() == Role.QUESTION && (turn.contains("?") || turn.contains("？"));
    }
}
