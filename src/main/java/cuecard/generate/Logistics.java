package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a card that asks when, where or how long an event is held when the event is still to come or recurs (将于…举行,
 * 每周一开三个小时的会, will be held, every Monday): a schedule or an announcement, not what the text says about its
 * subject. A past event's date (首届大会于1998年举办) is left to the other gates.
 */
record Logistics() implements Gate {

    private static final Pattern ZH = Pattern.compile("(将于|將於|将在|將在|即将|即將|每周|每週|每星期|每天|每日|每月|每个月|每個月)[^。；;]{0,24}"
            + "(举行|舉行|举办|舉辦|召开|召開|开会|開會|会议|會議|见面|見面|上课|上課|演出|直播)");
    private static final Pattern EN = Pattern.compile("(?i)\\b(will be held|will take place|is scheduled|are scheduled|upcoming|every (monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday|week|day|morning|month))\\b");

    @Override
    public String name() {
        return "logistics";
    }

    @Override
    public String reason() {
        return "when, where or how long a coming or recurring event is held: a schedule, not what the text says";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.FACT || d.fact() == null) {
            return false;
        }
        FactKind k = d.fact().kind();
        boolean when = k == FactKind.DATE || k == FactKind.TIME || k == FactKind.DURATION || k == FactKind.YEAR || k == FactKind.PLACE;
        String text = d.before() + d.answer() + d.after();
        return when && (d.language().chinese() ? ZH : EN).matcher(text).find();
    }
}
