package cuecard.deck;

/** Text into HTML, the one escaping the statistics page and the Anki export share. */
public final class Html {

    private Html() {
    }

    /** {@code & < > "} as entities, so the text reads as itself between tags and inside quoted attribute values. */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String entity = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (entity != null) {
                    sb.append(entity);
                } else {
                    sb.append(ch);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
