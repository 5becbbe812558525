package cuecard.generate;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Normal forms of currencies, units and English number words, so that facts compare across scripts. */
final class Units {

    private static final Pattern DIGIT_SPACE = Pattern.compile("(?<=\\d) +(?=[\\p{IsHan}%％])|(?<=\\p{IsHan}) +(?=\\d)");
    private static final Map<String, String> UNIT = Map.ofEntries(
            Map.entry("個", "个"), Map.entry("項", "项"), Map.entry("種", "种"), Map.entry("張", "张"), Map.entry("歲", "岁"),
            Map.entry("條", "条"), Map.entry("場", "场"), Map.entry("塊", "块"), Map.entry("顆", "颗"), Map.entry("週", "周"),
            Map.entry("小時", "小时"), Map.entry("分鐘", "分钟"), Map.entry("個月", "个月"), Map.entry("萬", "万"), Map.entry("億", "亿"),
            Map.entry("年", "year"), Map.entry("个月", "month"), Map.entry("月", "month"), Map.entry("周", "week"),
            Map.entry("星期", "week"), Map.entry("天", "day"), Map.entry("日", "day"), Map.entry("小时", "hour"),
            Map.entry("分钟", "minute"), Map.entry("秒", "second"));
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    static final String EN_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    private Units() {
    }

    /** {@code 2022 年 11 月} → {@code 2022年11月}: no space between a digit and a Han character. */
    static String joinDigits(String text) {
        return DIGIT_SPACE.matcher(text).replaceAll("");
    }

    static String unit(String u) {
        String s = u.strip();
        s = UNIT.getOrDefault(s, s);
        return UNIT.getOrDefault(s, s);
    }

    static String englishUnit(String u) {
        String s = u.toLowerCase(Locale.ROOT);
        if (s.endsWith("s") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals("decade") ? "decade" : s;
    }

    static String currency(String c) {
        String s = c.toLowerCase(Locale.ROOT).strip();
        if (s.contains("美") || s.startsWith("$") || s.startsWith("dollar") || s.equals("usd")) {
            return "USD";
        }
        if (s.contains("欧") || s.contains("歐") || s.startsWith("€") || s.startsWith("euro")) {
            return "EUR";
        }
        if (s.contains("英镑") || s.contains("英鎊") || s.startsWith("£") || s.startsWith("pound")) {
            return "GBP";
        }
        if (s.contains("日元") || s.startsWith("yen")) {
            return "JPY";
        }
        if (s.contains("港")) {
            return "HKD";
        }
        return "CNY";
    }

    static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        String w = word.toLowerCase(Locale.ROOT).strip();
        return switch (w) {
            case "thousand", "k" -> BigDecimal.TEN.pow(3);
            case "million", "m", "mn" -> BigDecimal.TEN.pow(6);
            case "billion", "b", "bn" -> BigDecimal.TEN.pow(9);
            case "trillion", "t", "tn" -> BigDecimal.TEN.pow(12);
            case "hundred" -> BigDecimal.valueOf(100);
            default -> BigDecimal.ONE;
        };
    }

    /** Digits ({@code 1,200.5}) or an English number word ({@code twenty-five}); null when neither. */
    static BigDecimal englishNumber(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(",", "").strip();
        if (t.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(t);
        }
        int total = 0;
        boolean any = false;
        for (String part : t.split("[ -]+")) {
            if (part.equals("hundred")) {
                total = Math.max(total, 1) * 100;
                any = true;
            } else if (WORDS.containsKey(part)) {
                total += WORDS.get(part);
                any = true;
            } else if (!part.equals("and")) {
                return null;
            }
        }
        return any ? BigDecimal.valueOf(total) : null;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
