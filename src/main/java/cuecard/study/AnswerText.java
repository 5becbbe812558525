package cuecard.study;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A typed answer reduced to what matters when comparing it: a list of segments, each a number (digits or
 * Chinese numerals with their units, as an exact value) or a run of words (letters, case folded, spaces and
 * punctuation removed, traditional Chinese made simplified).
 */
record AnswerText(List<Segment> segments) {

    sealed interface Segment {
        String show();
    }

    record Number(BigDecimal value) implements Segment {
        public String show() {
            return value.toPlainString();
        }
    }

    /** Letters compared as {@code text}; {@code shown} keeps the spaces between the words, for messages. */
    record Words(String text, String shown) implements Segment {
        Words(String text) {
            this(text, text);
        }

        public String show() {
            return shown;
        }
    }

    private static final String CN_DIGITS = "零〇一二两三四五六七八九";
    private static final int[] CN_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    static AnswerText of(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            s = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(s);
        }
        s = s.toLowerCase(Locale.ROOT);
        List<Segment> out = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        boolean space = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c) || isChineseNumeral(c)) {
                int[] end = new int[1];
                BigDecimal value = number(s, i, end);
                if (value != null) {
                    flush(words, shown, out);
                    space = false;
                    i = end[0];
                    if (i < s.length() && s.charAt(i) == '%') {
                        value = value.movePointLeft(2);
                        i++;
                    }
                    out.add(new Number(value.stripTrailingZeros()));
                    continue;
                }
            }
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                words.appendCodePoint(cp);
                if (space && shown.length() > 0) {
                    shown.append(' ');
                }
                shown.appendCodePoint(cp);
                space = false;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            }
            i += Character.charCount(cp);
        }
        flush(words, shown, out);
        return new AnswerText(List.copyOf(out));
    }

    private static void flush(StringBuilder words, StringBuilder shown, List<Segment> out) {
        if (words.length() > 0) {
            out.add(new Words(words.toString(), shown.toString()));
            words.setLength(0);
            shown.setLength(0);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isChineseNumeral(char c) {
        return CN_DIGITS.indexOf(c) >= 0 || "十百千万亿".indexOf(c) >= 0;
    }

    /**
     * Reads a number starting at {@code start}: Arabic digits (with 1,000 groups and a decimal point) and Chinese
     * numerals mixed with the units 十 百 千 万 亿 (万亿 = 10^12). Returns null when there is no number there.
     */
    private static BigDecimal number(String s, int start, int[] end) {
        BigDecimal result = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal num = null;
        boolean any = false;
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (num != null) {
                    break; // an Arabic number right after another number: a new number
                }
                int j = arabicEnd(s, i);
                num = new BigDecimal(s.substring(i, j).replace(",", ""));
                any = true;
                i = j;
                continue;
            }
            int d = CN_DIGITS.indexOf(c);
            if (d >= 0) {
                num = num == null ? BigDecimal.valueOf(CN_VALUES[d])
                        : num.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(CN_VALUES[d]));
                any = true;
            } else if (c == '十' || c == '百' || c == '千') {
                BigDecimal unit = BigDecimal.valueOf(c == '十' ? 10 : c == '百' ? 100 : 1000);
                section = section.add((num == null ? BigDecimal.ONE : num).multiply(unit));
                num = null;
                any = true;
            } else if (c == '万' || c == '亿') {
                if (!any) {
                    return null; // a unit with no number before it is a word (万一, 亿万)
                }
                section = section.add(num == null ? BigDecimal.ZERO : num);
                num = null;
                if (c == '万') {
                    section = section.multiply(WAN);
                } else {
                    result = result.add(section).multiply(YI);
                    section = BigDecimal.ZERO;
                }
            } else {
                break;
            }
            i++;
        }
        if (!any) {
            return null;
        }
        end[0] = i;
        return result.add(section).add(num == null ? BigDecimal.ZERO : num);
    }

    /** The end of an Arabic number: digits, commas before groups of exactly three digits, one decimal point. */
    private static int arabicEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        while (j < s.length() && s.charAt(j) == ',' && threeDigits(s, j + 1)) {
            j += 4;
        }
        if (j + 1 < s.length() && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean threeDigits(String s, int k) {
        if (k + 3 > s.length()) {
            return false;
        }
        for (int m = k; m < k + 3; m++) {
            if (!isDigit(s.charAt(m))) {
                return false;
            }
        }
        return k + 3 == s.length() || !isDigit(s.charAt(k + 3));
    }
}
