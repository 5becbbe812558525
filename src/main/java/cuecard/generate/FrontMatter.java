package cuecard.generate;

import java.util.Locale;

/** YAML front matter ({@code ---} ... {@code ---}) at the top of a Markdown file, read as flat keys. */
final class FrontMatter {

    private FrontMatter() {
    }

    /** Records title, author, date and url; returns the index of the first line after the front matter (0 when none). */
    static int read(String[] lines, Meta meta) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                for (int j = 1; j < i; j++) {
                    int colon = lines[j].indexOf(':');
                    if (colon > 0 && !lines[j].startsWith(" ")) {
                        String key = lines[j].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                        String value = unquote(lines[j].substring(colon + 1).strip());
                        switch (key) {
                            case "title" -> meta.offer("title", value);
                            case "author", "authors" -> {
                                meta.offer("author", value);
                                meta.credit(key, value, j + 1);
                            }
                            case "date", "published" -> meta.offer("date", value);
                            case "url", "link", "source", "original", "original_url" -> {
                                if (CleanText.URL.matcher(value).lookingAt()) {
                                    meta.offer("url", value);
                                }
                            }
                            default -> { }
                        }
                    }
                }
                return i + 1;
            }
        }
        return 0;
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
