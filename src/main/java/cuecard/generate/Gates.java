package cuecard.generate;

import java.util.List;

/** The gates in the order they are tried, and the sizes they share. */
final class Gates {

    static final Gate MARKUP = new Markup();
    static final Gate TOO_LONG = new TooLong();

    /** Every gate; a draft is stopped by the first that stops it. */
    static final List<Gate> ALL = List.of(MARKUP, new Editorial(), new QuestionSentence(), new Banter(), new YesNoQuestion(),
            new UnknownSpeaker(), new DanglingReference(), new StaleTime(), new Hypothetical(), new NegatedAnswer(),
            new VagueAnswer(), new CommonWordAnswer(), new ListMember(), new Rambling(), new PartialSpan(), new ObviousAnswer(), new IncidentalName(), new PersonalLife(), new Logistics(), new GivenAway(), new OffTopicReply(), TOO_LONG, new TooLittleContext());

    private static final int LIMIT_ZH = 70;
    private static final int LIMIT_EN = 40;

    private Gates() {
    }

    /** The first gate that stops the draft, or null when it passes them all. */
    static Gate stopping(Draft d, GateContext c) {
        for (Gate g : ALL) {
            if (g.stops(d, c)) {
                return g;
            }
        }
        return null;
    }

    /** The longest sentence a card may hold, in characters (Chinese) or in characters for about 40 words (English). */
    static int limit(Language language) {
        return language.chinese() ? LIMIT_ZH : LIMIT_EN * 6;
    }

    /**
     * Whether {@code text} fits {@code share} of a card: 70 characters in a Chinese deck (a Latin letter counts as
     * one) or 40 English words at 1.0.
     */
    static boolean shortEnough(String text, Language language, double share) {
        if (language.chinese()) {
            int chars = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    chars++;
                }
            }
            return chars <= LIMIT_ZH * share;
        }
        String t = text.strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return words <= LIMIT_EN * share;
    }
}
