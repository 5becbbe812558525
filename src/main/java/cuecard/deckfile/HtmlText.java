package cuecard.deckfile;

import cuecard.deck.Html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text to and from the small amount of HTML Anki keeps in fields. */
public final class HtmlText {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(div|p|li)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

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
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }
}
