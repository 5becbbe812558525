package cuecard.generate;

import java.util.regex.Pattern;

/** Stops a card that speaks in the first person when the document does not say who speaks. */
record UnknownSpeaker() implements Gate {

    @Override
    public String name() {
        return "unknown-speaker";
    }

    @Override
    public String reason() {
        return "it says I or we (我) and the document does not say who is speaking";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.FACT) {
            return false;
        }
        Pattern first = d.language().chinese() ? Standalone.FIRST_PERSON_ZH : Standalone.FIRST_PERSON_EN;
        boolean quoted = d.lead().contains("“");
        return !quoted && (first.matcher(d.before()).find() || first.matcher(d.after()).find());
    }
}
