package cuecard.generate;

import java.util.regex.Pattern;

/** Stops a fact card made from a sentence that asks: a question asserts nothing. */
record QuestionSentence() implements Gate {

    @Override
    public String name() {
        return "question-sentence";
    }

    @Override
    public String reason() {
        return "the fact stands in a question, which asserts nothing";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        return d.kind() == Draft.Kind.FACT && d.sentence().question();
    }
}
