package cuecard.generate;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other usual forms of a typed card's answer: the number without its unit, Chinese numerals in digits and
 * digits without thousands separators, and a date in ISO form ({@code 2022年11月30日}, {@code 2022-11-30}).
 */
final class AcceptForms {

    private static final Pattern ZH_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})[日号號])?");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern ZH_NUMERAL = Pattern.compile("[零〇一二两兩三四五六七八九十百千万萬亿億]+");

    private static final Pattern MAGNITUDE = Pattern.compile("^\\s*(万亿|萬億|亿|億|万|萬|千|(?i:thousand|million|billion|trillion)\\b)");
    private static final Pattern WORD_NUMBER = Pattern.compile("(?i)((?:" + Units.EN_NUMBER_WORDS + ")(?:[ -](?:" + Units.EN_NUMBER_WORDS + "|hundred))*)\\b");

    private AcceptForms() {
    }

    /**
     * The forms of {@code prefix number rest}: written with plain digits, and without its unit; a number with a
     * magnitude (2亿, 24 million) keeps the magnitude, which is part of the number, and drops only the unit after it.
     */
    private static void addForms(Set<String> out, String prefix, String plain, String rest) {
        out.add(prefix + plain + rest);
        Matcher m = MAGNITUDE.matcher(rest);
        if (m.find()) {
            out.add(plain + rest.substring(0, m.end()).replaceAll("^\\s+", rest.startsWith(" ") ? " " : ""));
        } else {
            out.add(plain);
            if (!rest.isBlank()) {
                out.add(plain + rest.strip());
            }
        }
    }

    static List<String> of(Fact fact, String answer) {
        Set<String> out = new LinkedHashSet<>();
        if (fact.kind() == FactKind.DATE) {
            Matcher m = ZH_DATE.matcher(answer);
            if (m.matches()) {
                out.add(m.group(3) == null ? String.format(Locale.ROOT, "%s-%02d", m.group(1), Integer.parseInt(m.group(2)))
                        : String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } else if (fact.key().startsWith("date:") && fact.key().length() > 5 && !fact.key().startsWith("date:--")) {
                out.add(fact.key().substring(5));
            }
        }
        if (fact.kind() == FactKind.YEAR) {
            out.add(answer.replaceAll("[^0-9]", ""));
        }
        if (fact.kind().numeric() && fact.kind() != FactKind.DATE && fact.kind() != FactKind.YEAR && fact.kind() != FactKind.TIME) {
            Matcher n = NUMBER.matcher(answer);
            Matcher w = WORD_NUMBER.matcher(answer);
            if (n.find()) {
                String plain = n.group().replace(",", "");
                addForms(out, answer.substring(0, n.start()), plain, answer.substring(n.end()));
            } else if (w.lookingAt() && Units.englishNumber(w.group(1)) != null) {
                addForms(out, "", Units.plain(Units.englishNumber(w.group(1))), answer.substring(w.end(1)));
            } else {
                Matcher z = ZH_NUMERAL.matcher(answer);
                if (z.find()) {
                    BigDecimal v = ChineseNumber.parse(z.group());
                    if (v != null) {
                        addForms(out, answer.substring(0, z.start()), Units.plain(v), answer.substring(z.end()));
                    }
                }
            }
        }
        out.remove(answer);
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }
}
