package cuecard.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plausible wrong values for a numeric fact, written in the fact's own format: {@code 2022年11月30日} gives
 * {@code 2021年11月30日}, {@code 四天} gives {@code 五天}, {@code 1.75亿美元} gives {@code 3.5亿美元}.
 */
final class Variants {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?|[零〇一二两兩三四五六七八九十百千]+");

    private Variants() {
    }

    /** Up to {@code count} distinct variants of the fact's surface, chosen deterministically by {@code seed}. */
    static List<String> of(Fact fact, int count, long seed) {
        String s = fact.surface();
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        if (numbers.isEmpty()) {
            return List.of();
        }
        int which = 0;
        if (fact.kind() == FactKind.DATE && numbers.size() > 1) {
            which = (int) Math.floorMod(seed, (long) Math.min(numbers.size(), 2));
        }
        int[] span = numbers.get(which);
        String token = s.substring(span[0], span[1]);
        boolean chinese = !token.matches("[\\d.]+");
        BigDecimal value = chinese ? ChineseNumber.parse(token) : new BigDecimal(token);
        if (value == null) {
            return List.of();
        }
        String after = s.substring(span[1]);
        boolean month = fact.kind() == FactKind.DATE && after.matches("\\s*(月|月份).*") || after.matches("\\s*[/-].*") && which == 1;
        boolean day = fact.kind() == FactKind.DATE && after.matches("\\s*[日号號].*");
        boolean year = token.length() == 4 && (fact.kind() == FactKind.DATE || fact.kind() == FactKind.YEAR);
        List<BigDecimal> candidates = new ArrayList<>();
        if (year) {
            for (int d : new int[] {-1, 1, -2, 2, 3, -3}) {
                candidates.add(value.add(BigDecimal.valueOf(d)));
            }
        } else if (month) {
            for (int d : new int[] {1, -1, 2, -2, 3, -3}) {
                candidates.add(BigDecimal.valueOf(Math.floorMod(value.intValue() - 1 + d, 12) + 1));
            }
        } else if (day) {
            for (int d : new int[] {1, -1, 2, -2, 5, -5, 10}) {
                int v = value.intValue() + d;
                if (v >= 1 && v <= 28) {
                    candidates.add(BigDecimal.valueOf(v));
                }
            }
        } else if (fact.kind() == FactKind.PERCENT && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
            for (BigDecimal c : new BigDecimal[] {value.add(BigDecimal.TEN), value.subtract(BigDecimal.TEN), value.add(BigDecimal.valueOf(5)),
                value.subtract(BigDecimal.valueOf(5)), value.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP), value.add(BigDecimal.ONE)}) {
                if (c.signum() > 0 && c.compareTo(BigDecimal.valueOf(100)) <= 0) {
                    candidates.add(c);
                }
            }
        } else if (value.compareTo(BigDecimal.valueOf(12)) <= 0 && value.stripTrailingZeros().scale() <= 0) {
            for (int d : new int[] {1, -1, 2, 3, -2, 4}) {
                BigDecimal c = value.add(BigDecimal.valueOf(d));
                if (c.signum() > 0) {
                    candidates.add(c);
                }
            }
        } else if (value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.stripTrailingZeros().scale() <= 0) {
            for (int d : new int[] {10, -10, 5, -5, 20, 2, -2}) {
                BigDecimal c = value.add(BigDecimal.valueOf(d));
                if (c.signum() > 0) {
                    candidates.add(c);
                }
            }
        } else {
            for (String f : new String[] {"2", "0.5", "1.5", "3", "10", "0.1"}) {
                candidates.add(value.multiply(new BigDecimal(f)));
            }
        }
        int decimals = token.contains(".") ? token.length() - token.indexOf('.') - 1 : 0;
        Set<String> out = new LinkedHashSet<>();
        List<BigDecimal> ordered = rotate(candidates, seed);
        for (BigDecimal c : ordered) {
            if (c.signum() <= 0 || c.compareTo(value) == 0) {
                continue;
            }
            String text;
            if (chinese) {
                if (c.stripTrailingZeros().scale() > 0 || c.compareTo(BigDecimal.valueOf(99)) > 0) {
                    continue;
                }
                text = ChineseNumber.format(c.intValue());
                if (c.intValue() == 2 && !after.startsWith("十") && !after.startsWith("月")) {
                    text = after.matches(".*[個們歲時週鐘萬億].*") || s.contains("兩") ? "兩" : "两";
                }
            } else {
                if (c.stripTrailingZeros().scale() > Math.max(decimals, 0) && !(decimals == 0 && c.compareTo(BigDecimal.TEN) < 0
                        && c.stripTrailingZeros().scale() == 1)) {
                    continue;
                }
                BigDecimal r = c.stripTrailingZeros();
                if (r.signum() <= 0 || r.compareTo(value) == 0) {
                    continue;
                }
                text = r.stripTrailingZeros().toPlainString();
                if (month || day) {
                    text = String.valueOf(r.intValue());
                }
            }
            out.add(s.substring(0, span[0]) + text + after);
            if (out.size() == count) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static <T> List<T> rotate(List<T> list, long seed) {
        if (list.isEmpty()) {
            return list;
        }
        List<T> out = new ArrayList<>(list);
        int k = (int) Math.floorMod(seed, (long) Math.min(3, out.size()));
        java.util.Collections.rotate(out, -k);
        return out;
    }
}
