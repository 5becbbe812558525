package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a card about the speaker's private life rather than the subject of the interview: family members, meals,
 * sleep.
 */
record PersonalLife() implements Gate {

    private static final Pattern EN = Pattern.compile("(?i)\\b(daughter|son|wife|husband|mom|mum|mother|dad|father|"
            + "grandmother|grandfather|grandma|grandpa|kids|children|dinner|lunch|breakfast|sleep|slept|nap)s?\\b");
    private static final Pattern ZH = Pattern.compile("女儿|女兒|儿子|兒子|妻子|太太|老婆|丈夫|老公|妈妈|媽媽|爸爸|父亲|父親|母亲|母親|"
            + "孩子|奶奶|爷爷|爺爺|外婆|吃饭|吃飯|晚饭|晚飯|晚餐|午饭|午飯|午餐|早餐|睡觉|睡覺|午睡");

    @Override
    public String name() {
        return "personal-life";
    }

    @Override
    public String reason() {
        return "the speaker's private life (family, meals, sleep) rather than the subject of the interview";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        String text = d.kind() == Draft.Kind.FACT ? d.before() + " " + d.answer() + " " + d.after() : d.before() + " " + d.answer();
        return (d.language().chinese() ? ZH : EN).matcher(text).find();
    }
}
