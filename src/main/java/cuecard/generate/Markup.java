package cuecard.generate;

import java.util.regex.Pattern;

/** Stops a card whose text keeps a timestamp, a URL, Markdown or HTML, a subtitle cue or a speaker label. */
record Markup() implements Gate {

    private static final Pattern LEFT = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?([.,]\\d+)?|-->|https?://|www\\.|\\*\\*|__|`|\\]\\(|"
            + "</?[a-zA-Z][^>]*>|^#+\\s|\\[\\s*\\d|^\\s*[-*+]\\s|\\\\\\[|^(Q|A|问|問|答)\\s*[:：.]");

    @Override
    public String name() {
        return "markup";
    }

    @Override
    public String reason() {
        return "a timestamp, URL, Markdown, HTML, subtitle cue or speaker label is left in the text";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        return LEFT.matcher(d.context()).find() || LEFT.matcher(d.answer()).find();
    }
}
