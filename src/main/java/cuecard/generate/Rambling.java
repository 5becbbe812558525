package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a prompt that rambles as speech does: a trailing-off ellipsis, fillers inside the sentence (you know,
 * I mean, kind of, 就是说, 对吧), or a run of dashes. A teacher would cut it to one clause; the card is left out.
 */
record Rambling() implements Gate {

    private static final Pattern EN = Pattern.compile("\\.\\.\\.|…|(?i:\\byou know\\b|\\bI mean\\b|\\bkind of\\b|\\bsort of\\b|\\bwanna\\b|\\bgonna\\b|\\blike,)|--|—.*—");
    private static final Pattern ZH = Pattern.compile("……|\\.\\.\\.|就是说|就是說|那个那个|那個那個|嗯|呃|对吧|對吧|是吧");

    @Override
    public String name() {
        return "rambling";
    }

    @Override
    public String reason() {
        return "the sentence rambles as speech does (an ellipsis, you know, kind of, 就是说, 对吧), so it is no card's wording";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        String text = d.kind() == Draft.Kind.FACT ? d.before() + " " + d.after() : d.before() + " " + d.answer();
        return (d.language().chinese() ? ZH : EN).matcher(text).find();
    }
}
