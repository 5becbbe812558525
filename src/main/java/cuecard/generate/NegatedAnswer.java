package cuecard.generate;

import java.util.regex.Pattern;

/** Stops a card whose answer is what the sentence denies (not X, 不是X). */
record NegatedAnswer() implements Gate {

    private static final Pattern EN = Pattern.compile("(?i)\\b(not|never|no|isn't|wasn't|aren't|weren't|didn't|don't|doesn't|nor)\\s+(\\w+\\s+)?$");
    private static final Pattern ZH = Pattern.compile("(不是|并非|並非|没有|沒有|并不是|並不是|不|没|沒|非)\\s*$");

    @Override
    public String name() {
        return "negated";
    }

    @Override
    public String reason() {
        return "the answer is what the sentence denies (not X, 不是X), so the card would teach the opposite";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        return d.kind() == Draft.Kind.FACT && (d.language().chinese() ? ZH : EN).matcher(d.before()).find();
    }
}
