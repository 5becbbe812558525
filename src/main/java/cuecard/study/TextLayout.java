package cuecard.study;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a terminal shows it: display width (CJK and full-width characters take two columns, combining marks
 * none) and wrapping that never splits a character, breaks between words or between CJK characters, and never
 * starts a line with closing punctuation nor ends one with opening punctuation.
 */
public final class TextLayout {

    private static final String CLOSING = "。，、．：；！？」』）】》〉〕］｝〗〙〞’”…‥・ー～,.!?:;)]}%";
    private static final String OPENING = "「『（【《〈〔［｛〖〘〝‘“([{";

    private TextLayout() {
    }

    /**
     * {@code s} as it may be shown on a terminal: every control character but newline and tab (C0, DEL and the C1
     * range, which terminals read as commands: {@code ESC ] 0 ; ... BEL} retitles the window) written as a
     * {@code \\uXXXX} escape, which is also how JSON writes it, so escaping JSON text leaves its meaning alone.
     * The one escaping function of every text cuecard shows: the cli's writers and the study screen use it.
     * Returns {@code s} itself when there is nothing to escape.
     */
    public static String visible(String s) {
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether a terminal could take {@code c} as a command: C0 other than newline and tab, DEL, C1. */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0);
    }

    /** Columns one code point takes. */
    public static int width(int cp) {
        if (cp == 0 || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.ENCLOSING_MARK || Character.getType(cp) == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Columns a string takes. */
    public static int width(String s) {
        return s.codePoints().map(TextLayout::width).sum();
    }

    /** The longest prefix of {@code s} that fits in {@code columns}, never cutting a character. */
    public static String fit(String s, int columns) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = width(cp);
            if (used + w > columns) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** Text that fits in {@code columns}, ending in "…" when it had to be cut. */
    public static String ellipsize(String s, int columns) {
        if (width(s) <= columns) {
            return s;
        }
        return columns < 1 ? "" : fit(s, columns - 1) + "…";
    }

    /** Pads with spaces to exactly {@code columns} (cutting first when too wide). */
    public static String pad(String s, int columns) {
        String f = fit(s, columns);
        return f + " ".repeat(columns - width(f));
    }

    /** Wraps text into lines of at most {@code columns} (at least 2); newlines in the text start new lines. */
    public static List<String> wrap(String text, int columns) {
        int cols = Math.max(2, columns);
        List<String> lines = new ArrayList<>();
        for (String para : visible(text).split("\n", -1)) {
            wrapParagraph(para.stripTrailing(), cols, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String para, int cols, List<String> lines) {
        int[] cps = para.codePoints().map(cp -> cp == '\t' ? ' ' : cp).toArray();
        int start = 0;
        if (cps.length == 0) {
            lines.add("");
            return;
        }
        while (start < cps.length) {
            int used = 0;
            int end = start;
            while (end < cps.length && used + width(cps[end]) <= cols) {
                used += width(cps[end]);
                end++;
            }
            if (end == cps.length) {
                lines.add(new String(cps, start, end - start));
                break;
            }
            int brk = breakBefore(cps, start, end);
            int lineEnd = brk;
            while (lineEnd > start && cps[lineEnd - 1] == ' ') {
                lineEnd--;
            }
            lines.add(new String(cps, start, lineEnd - start));
            start = brk;
            while (start < cps.length && cps[start] == ' ') {
                start++;
            }
        }
    }

    /**
     * Where to break a line that would hold {@code cps[start..end)} but the next character does not fit: the last
     * allowed break at or before {@code end}, else a forced break that still keeps closing punctuation off the
     * start of the next line when it can.
     */
    private static int breakBefore(int[] cps, int start, int end) {
        for (int k = end; k > start; k--) {
            if (canBreak(cps, k)) {
                return k;
            }
        }
        for (int k = end; k > start + 1; k--) {
            if (!isClosing(cps[k])) {
                return k;
            }
        }
        return end;
    }

    /** Whether a line may end before {@code cps[k]}. */
    private static boolean canBreak(int[] cps, int k) {
        int before = cps[k - 1];
        int after = cps[k];
        if (isClosing(after) || isOpening(before)) {
            return false;
        }
        if (after == ' ' || before == ' ') {
            return true;
        }
        return isWide(before) || isWide(after);
    }

    public static boolean isClosing(int cp) {
        return CLOSING.indexOf(cp) >= 0;
    }

    static boolean isOpening(int cp) {
        return OPENING.indexOf(cp) >= 0;
    }

    /**
     * A scrolling view of {@code total} lines through a window of {@code height}: {@code offset} is the first
     * line shown, always within range.
     */
    public record Window(int total, int height, int offset) {

        public Window {
            height = Math.max(1, height);
            offset = Math.max(0, Math.min(offset, Math.max(0, total - height)));
        }

        public static Window top(int total, int height) {
            return new Window(total, height, 0);
        }

        public Window scroll(int lines) {
            return new Window(total, height, offset + lines);
        }

        public boolean moreAbove() {
            return offset > 0;
        }

        public boolean moreBelow() {
            return offset + height < total;
        }

        public <T> List<T> visible(List<T> lines) {
            return lines.subList(Math.min(offset, lines.size()), Math.min(offset + height, lines.size()));
        }
    }
}
