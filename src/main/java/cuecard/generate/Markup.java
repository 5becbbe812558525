package cuecard.generate;

import java.util.regex.Pattern;

/** Stops a card whose text keeps a timestamp, a URL, Markdown or HTML, a subtitle cue, a speaker label or an emoji. */
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

    /** Emoji and pictographs: a promotional blurb's decoration, never a card's wording. */
    private static final Pattern PICTOGRAPH = Pattern.compile("[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B50}\\x{2B55}]");

    @Override
    public boolean stops(Draft d, GateContext c) {
        return LEFT.matcher(d.context()).find() || LEFT.matcher(d.answer()).find() || PICTOGRAPH.matcher(d.prompt() + d.answer()).find();
    }
}
