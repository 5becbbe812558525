package cuecard.generate;

import java.math.BigDecimal;

/**
 * Numbers written with Chinese numerals, Arabic digits or both ({@code 二十}, {@code 1.5亿}, {@code 7万亿},
 * {@code 两千三百万}), as exact {@link BigDecimal}s.
 */
public final class ChineseNumber {

    private static final String DIGITS = "零〇一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value of {@code text}, or null when it is not a number. */
    public static BigDecimal parse(String text) {
        String s = text.replace(" ", "").replace(",", "").replace("萬", "万").replace("億", "亿").replace("兩", "两")
                .replace("万亿", "兆");
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal result = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = null;
        boolean any = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                try {
                    number = new BigDecimal(s.substring(i, j));
                } catch (NumberFormatException e) {
                    return null;
                }
                any = true;
                i = j;
                continue;
            }
            int d = DIGITS.indexOf(c);
            if (d >= 0 || c == '两') {
                number = BigDecimal.valueOf(c == '两' ? 2 : Math.max(0, d - 1));
                any = true;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(unit)));
                number = null;
                any = true;
            } else if (c == '万' || c == '亿' || c == '兆') {
                BigDecimal big = c == '万' ? BigDecimal.TEN.pow(4) : c == '亿' ? BigDecimal.TEN.pow(8) : BigDecimal.TEN.pow(12);
                BigDecimal part = section.add(number == null ? BigDecimal.ZERO : number);
                if (part.signum() == 0) {
                    part = BigDecimal.ONE;
                }
                if (result.signum() > 0 && result.compareTo(big) < 0) {
                    result = result.add(part).multiply(big);
                } else {
                    result = result.add(part.multiply(big));
                }
                section = BigDecimal.ZERO;
                number = null;
                any = true;
            } else {
                return null;
            }
            i++;
        }
        if (!any) {
            return null;
        }
        BigDecimal total = result.add(section).add(number == null ? BigDecimal.ZERO : number);
        return total.stripTrailingZeros();
    }

    /** A whole number from 0 to 99 in Chinese numerals ({@code 四}, {@code 十二}, {@code 三十}); null outside. */
    public static String format(int n) {
        if (n < 0 || n > 99) {
            return null;
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n == 0 ? 0 : n + 1));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10 + 1) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 + 1);
    }
}
