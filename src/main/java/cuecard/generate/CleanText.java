package cuecard.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that remembers the source line of every character while markup is deleted from it. Every edit is a
 * deletion, so the line of what remains is always known.
 */
final class CleanText {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*](?:\\([^)]*\\)|\\[[^\\]]*])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)](?:\\(([^)]*)\\)|\\[[^\\]]*])");
    static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)[^\\s\\p{IsHan}）)」』，。、\"]*");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,4}|(?<![\\p{L}\\p{N}])_{1,2}|_{1,2}(?![\\p{L}\\p{N}])|~~|`");
    private static final Pattern HTML = Pattern.compile("<[^>\\n]{1,200}>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[16];

    /** Appends a piece of line {@code line}; joins to what is there with a space when a Latin word or digit meets one. */
    void append(String piece, int line) {
        if (text.length() > 0 && !piece.isEmpty()) {
            char last = text.charAt(text.length() - 1);
            char first = piece.charAt(0);
            if (latin(last) && latin(first)) {
                add(" ", line);
            }
        }
        add(piece, line);
    }

    private static boolean latin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c) || c == ',' || c == '.';
    }

    private void add(String s, int line) {
        if (text.length() + s.length() > lines.length) {
            lines = java.util.Arrays.copyOf(lines, Math.max(lines.length * 2, text.length() + s.length()));
        }
        for (int i = 0; i < s.length(); i++) {
            lines[text.length() + i] = line;
        }
        text.append(s);
    }

    /** Deletes images, link targets, bare URLs, emphasis markers and HTML tags, then folds white space. */
    CleanText stripMarkup() {
        delete(IMAGE, 0);
        delete(LINK, 1);
        delete(URL, 0);
        delete(HTML, 0);
        delete(EMPHASIS, 0);
        foldSpaces();
        return this;
    }

    /** Deletes every match of {@code p}, keeping group {@code keep} (0 keeps nothing). */
    void delete(Pattern p, int keep) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        int[] outLines = new int[lines.length];
        int pos = 0;
        int n = 0;
        while (m.find()) {
            n = copy(pos, m.start(), out, outLines, n);
            if (keep > 0 && m.group(keep) != null) {
                n = copy(m.start(keep), m.end(keep), out, outLines, n);
            }
            pos = m.end();
        }
        n = copy(pos, text.length(), out, outLines, n);
        text.setLength(0);
        text.append(out);
        lines = outLines;
    }

    /** Deletes the first {@code count} characters. */
    void dropPrefix(int count) {
        dropChars(count);
    }

    private void dropChars(int count) {
        int c = Math.min(count, text.length());
        int[] rest = java.util.Arrays.copyOfRange(lines, c, Math.max(c, lines.length));
        text.delete(0, c);
        lines = rest.length >= text.length() ? rest : java.util.Arrays.copyOf(rest, text.length());
    }

    private int copy(int from, int to, StringBuilder out, int[] outLines, int n) {
        for (int i = from; i < to; i++) {
            out.append(text.charAt(i));
            outLines[n++] = lines[i];
        }
        return n;
    }

    /** Folds runs of white space to one space (none between two Han characters) and trims. */
    void foldSpaces() {
        Matcher m = SPACES.matcher(text);
        StringBuilder out = new StringBuilder();
        int[] outLines = new int[lines.length];
        int pos = 0;
        int n = 0;
        while (m.find()) {
            n = copy(pos, m.start(), out, outLines, n);
            boolean edge = m.start() == 0 || m.end() == text.length();
            boolean hanJoin = m.start() > 0 && m.end() < text.length()
                    && han(text.charAt(m.start() - 1)) && han(text.charAt(m.end()));
            if (!edge && !hanJoin) {
                out.append(' ');
                outLines[n++] = lines[m.start()];
            }
            pos = m.end();
        }
        n = copy(pos, text.length(), out, outLines, n);
        text.setLength(0);
        text.append(out);
        lines = outLines;
    }

    static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    String text() {
        return text.toString();
    }

    Passage passage(Role role, String speaker, int turn) {
        return new Passage(role, speaker, text.toString(), java.util.Arrays.copyOf(lines, text.length()), turn);
    }
}
