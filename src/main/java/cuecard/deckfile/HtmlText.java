package cuecard.deckfile;

import cuecard.deck.Html;

import java.util.regex.Pattern;

/** Plain text to and from the small amount of HTML Anki keeps in fields. */
public final class HtmlText {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(div|p|li)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlText() {
    }

    /** Escapes text for an HTML field: {@code & < > "} as entities ({@link Html#escape}), line breaks as {@code <br>}. */
    public static String escape(String text) {
        return Html.escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** The text of an HTML field: breaks become line breaks, other tags are dropped, entities decoded. */
    public static String strip(String html) {
        String s = BREAK.matcher(html).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return Html.decode(s);
    }
}
