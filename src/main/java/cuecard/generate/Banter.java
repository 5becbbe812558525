package cuecard.generate;

import java.util.regex.Pattern;

/** Stops greetings, thanks, laughter and other small talk. */
record Banter() implements Gate {

    private static final Pattern EN = Pattern.compile("(?i)\\b(thank you|thanks|welcome|laugh\\w*|haha|hello|good (morning|evening|afternoon)|"
            + "nice to (meet|see|have)|pleasure|awesome|cool|wow|cheers|goodbye|bye|(would not|wouldn't) (be possible|exist) without)\\b");
    private static final Pattern ZH = Pattern.compile("谢谢|謝謝|感谢|感謝|欢迎|歡迎|哈哈|大家好|你好|您好|（笑|\\(笑|再见|再見|辛苦了");

    @Override
    public String name() {
        return "banter";
    }

    @Override
    public String reason() {
        return "greetings, thanks, laughter or small talk, not a fact worth keeping";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        // the whole sentence: a card cut before its "thank you" is still a thank-you
        String text = d.before() + " " + d.after() + (d.kind() == Draft.Kind.FACT ? " " + d.sentence().text().replace(d.answer(), " ") : " " + d.answer());
        return (d.language().chinese() ? ZH : EN).matcher(text).find();
    }
}
