package cuecard.generate;

import java.util.regex.Pattern;

/** Stops a card with a time word that goes stale (now, next year, 现在, 明年) when no document date anchors it. */
record StaleTime() implements Gate {

    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");

    @Override
    public String name() {
        return "stale-time";
    }

    @Override
    public String reason() {
        return "a relative time (now, next year, ago, 现在, 明年, 年前) and no document date to anchor it";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() == Draft.Kind.ROLE) {
            return false; // a role question names the document by its title, which may say anything
        }
        Pattern stale = d.language().chinese() ? Standalone.STALE_ZH : Standalone.STALE_EN;
        String text = d.before() + " " + d.after() + (d.kind() == Draft.Kind.FACT ? "" : " " + d.answer());
        return stale.matcher(text).find() && !YEAR.matcher(d.lead()).find();
    }
}
