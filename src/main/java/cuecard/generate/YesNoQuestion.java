package cuecard.generate;

import java.util.regex.Pattern;

/** Stops an interview card whose question is answered by yes or no. */
record YesNoQuestion() implements Gate {

    private static final Pattern EN = Pattern.compile("(?i)\\b(what|why|how|which|who|whom|whose|where|when)\\b");
    private static final Pattern ZH = Pattern.compile("什么|什麼|为什么|為什麼|为何|為何|怎么|怎麼|怎样|怎樣|如何|哪|谁|誰|多少|多[深大长長久高远遠重快早晚]|几|幾|何时|何時|何处|何處");

    @Override
    public String name() {
        return "yes-no";
    }

    @Override
    public String reason() {
        return "the interviewer's question is answered by yes or no, or asks nothing";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        return d.kind() == Draft.Kind.TURN && !(d.language().chinese() ? ZH : EN).matcher(d.before()).find();
    }
}
