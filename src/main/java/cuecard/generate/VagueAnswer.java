package cuecard.generate;

import java.util.regex.Pattern;

/** Stops a card whose answer is a vague or trivial quantity. */
record VagueAnswer() implements Gate {

    private static final Pattern VAGUE = Pattern.compile("(?i)几|幾|数|數|多|些|一两|一兩|两三|兩三|三四|四五|五六|六七|七八|八九|"
            + "\\b(some|several|few|many|dozens|hundreds|thousands|a couple)\\b|\\b(\\w+)[ -]or[ -](\\w+)\\b");

    @Override
    public String name() {
        return "vague-answer";
    }

    @Override
    public String reason() {
        return "the answer is vague (几个, several) or a count too small to be worth asking (one, two, three)";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.fact() == null) {
            return false;
        }
        FactKind k = d.fact().kind();
        if (k == FactKind.COUNT && d.fact().value() != null && d.fact().value().doubleValue() <= 3) {
            return true;
        }
        return k.numeric() && VAGUE.matcher(d.answer()).find();
    }
}
