package cuecard.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkable facts of a document: dates and times, money, percentages, counts with units, durations,
 * people, organisations and products, and titles. Numbers come from patterns (Chinese numerals parsed with
 * {@link ChineseNumber}); names from {@link NameFinder} (Latin-script names, and Chinese names from HanLP through
 * {@link ChineseNames}).
 */
public final class FactFinder {

    private static final String NUM = "(\\d+(?:[.,]\\d+)*|[零〇一二两兩三四五六七八九十百千]+)";
    private static final String BIG = "(万亿|萬億|亿|億|万|萬|千)?";
    private static final String NOT_AFTER = "(?<![A-Za-z\\d.\\-_/几幾数數上好第])(?<!第 )";
    private static final Pattern ZH_DATE = Pattern.compile(NOT_AFTER + "(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号號]");
    private static final Pattern ZH_MONTH = Pattern.compile(NOT_AFTER + "(\\d{4}) ?年 ?(\\d{1,2}) ?月(?!\\d)");
    private static final Pattern ZH_DAY = Pattern.compile(NOT_AFTER + "(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号號]");
    private static final Pattern ISO_DATE = Pattern.compile(NOT_AFTER + "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern ZH_YEAR = Pattern.compile(NOT_AFTER + "((?:19|20)\\d{2}) ?年(?![代度级級])");
    private static final Pattern ZH_TIME = Pattern.compile("(上午|下午|中午|晚上|凌晨|早上)? ?(\\d{1,2}) ?[点點](?: ?(\\d{1,2}) ?分| ?半)?");
    private static final Pattern ZH_MONEY = Pattern.compile(NOT_AFTER + NUM + " ?" + BIG + " ?(美元|美金|欧元|歐元|英镑|英鎊|日元|港元|港币|港幣|人民币|人民幣|元)");
    private static final Pattern DOLLAR = Pattern.compile("(?<![A-Za-z\\d])([$€£]) ?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?: ?(thousand|million|billion|trillion|bn|mn|[mbk])\\b| ?" + BIG + ")?");
    private static final Pattern ZH_PERCENT = Pattern.compile(NOT_AFTER + "(\\d+(?:\\.\\d+)?) ?[%％]|百分之([零〇一二两兩三四五六七八九十百点點.\\d]+)");
    private static final Pattern ZH_DURATION = Pattern.compile(NOT_AFTER + NUM + " ?(?:个|個)?多? ?(年|个月|個月|周|週|星期|天|小时|小時|分钟|分鐘)(?![代度级級年])");
    private static final Pattern ZH_COUNT = Pattern.compile(NOT_AFTER + "(第 ?)?" + NUM + " ?" + BIG + "多? ?(个|個|次|位|名|家|款|种|種|项|項|篇|本|部|台|张|張|人|倍|岁|歲|座|条|條|场|場|份|颗|顆|款|米|公里|千米|英里|公斤|千克|吨|噸|平方米|户|戶|辆|輛|架|艘|所|间|間|页|頁|首|集|期)?");
    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern EN_DATE = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern EN_DATE2 = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (" + MONTHS + ")\\.?,? (\\d{4})\\b");
    private static final Pattern EN_MONTH = Pattern.compile("\\b(" + MONTHS + ")\\.?,? (\\d{4})\\b");
    private static final Pattern EN_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)");
    private static final Pattern EN_YEAR = Pattern.compile("(?<![$€£\\d.,])\\b(1[89]\\d{2}|20\\d{2})\\b(?![\\d%])");
    private static final Pattern EN_TIME = Pattern.compile("\\b(\\d{1,2})(?::(\\d{2}))? ?(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)");
    private static final String EN_NUM = "(\\d[\\d,]*(?:\\.\\d+)?|(?:" + Units.EN_NUMBER_WORDS + ")(?:[ -](?:" + Units.EN_NUMBER_WORDS + "|hundred))*)";
    private static final Pattern EN_MONEY = Pattern.compile("\\b" + EN_NUM + "(?: (thousand|million|billion|trillion))? (dollars|euros|pounds|yuan|yen)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_PERCENT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?) ?(%|percent\\b|per cent\\b)");
    private static final Pattern EN_DURATION = Pattern.compile("\\b" + EN_NUM + " (years?|months?|weeks?|days?|hours?|minutes?|decades?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_COUNT = Pattern.compile("\\b" + EN_NUM + "(?: (thousand|million|billion|trillion))?(?: (?:square |cubic )?([a-z]{3,}s)\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_BOOK = Pattern.compile("《([^》]{1,40})》");
    private static final Pattern TITLE_QUOTED = Pattern.compile("[「“\"]([^」”\"]{2,40})[」”\"]");
    private static final Pattern TITLE_CUE = Pattern.compile("(?i)(标题|標題|名为|名為|叫做|叫|称为|稱為|题为|題為|书名|書名|博客|文章|节目|節目|播客|主题|主題|所讲的|所講的|所说的|所說的|提出的|口号|口號|座右铭|座右銘|理念|titled|called|named|book|blog|post|essay|podcast|show|song|film|motto|slogan|term|concept of)\\S{0,3}\\s*$");
    /** Words after a closing quote that make the quoted words a name: “一切皆开源”大会, “共同体胜于代码”的理念. */
    private static final Pattern TITLE_AFTER = Pattern.compile("^\\s*(?:的)?(大会|大會|会议|會議|论坛|論壇|节|節|计划|計劃|项目|項目|运动|運動|理念|原则|原則|口号|口號|精神|法则|法則|主义|主義|系列|奖|獎|conference|summit|festival|project|campaign|principle|motto)");
    private static final Pattern ZH_COORDINATE = Pattern.compile("(北纬|南纬|东经|西经|北緯|南緯|東經|西經) ?(\\d+(?:\\.\\d+)?) ?度");
    static final Set<String> MONTH_NAMES = Set.of(MONTHS.split("\\|"));

    final Document doc;
    final List<Fact> facts = new ArrayList<>();
    private final Map<Passage, boolean[]> claimed = new java.util.IdentityHashMap<>();

    private FactFinder(Document doc) {
        this.doc = doc;
    }

    /** Every fact of the document, in document order. */
    public static List<Fact> find(Document doc) {
        FactFinder f = new FactFinder(doc);
        for (Passage p : doc.passages()) {
            f.claimed.put(p, new boolean[p.text().length()]);
        }
        if (doc.language().chinese()) {
            f.chinese();
        } else {
            f.english();
        }
        NameFinder.names(f);
        Map<Passage, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < doc.passages().size(); i++) {
            index.put(doc.passages().get(i), i);
        }
        f.facts.sort(Comparator.comparingInt((Fact x) -> index.get(x.passage())).thenComparingInt(Fact::start));
        return List.copyOf(f.facts);
    }

    interface Handler {
        /** The fact for a match, or null to skip it. */
        Fact make(Passage p, Matcher m);
    }

    void scan(Pattern pattern, Handler h) {
        for (Passage p : doc.passages()) {
            if (p.role() == Role.HEADING) {
                continue;
            }
            Matcher m = pattern.matcher(p.text());
            while (m.find()) {
                if (m.end() == m.start() || taken(p, m.start(), m.end())) {
                    continue;
                }
                Fact f = h.make(p, m);
                if (f != null) {
                    claim(p, f.start(), f.end());
                    facts.add(f);
                }
            }
        }
    }

    boolean taken(Passage p, int start, int end) {
        boolean[] c = claimed.get(p);
        for (int i = start; i < end; i++) {
            if (c[i]) {
                return true;
            }
        }
        return false;
    }

    void claim(Passage p, int start, int end) {
        boolean[] c = claimed.get(p);
        for (int i = start; i < end; i++) {
            c[i] = true;
        }
    }

    static Fact fact(FactKind kind, String key, Passage p, int start, int end, BigDecimal value) {
        String surface = Units.joinDigits(p.text().substring(start, end)).strip();
        if (!p.oneLine(start, end)) {
            return null;
        }
        return new Fact(kind, key, surface, p, start, end, value);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static boolean validDate(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private void chinese() {
        scan(ZH_COORDINATE, (p, m) -> fact(FactKind.COUNT, "count:" + ChineseNames.simplified(m.group(1), doc.language()) + ":" + m.group(2),
                p, m.start(), m.end(), new BigDecimal(m.group(2))));
        scan(ZH_DATE, (p, m) -> validDate(num(m.group(2)), num(m.group(3)))
                ? fact(FactKind.DATE, String.format(Locale.ROOT, "date:%s-%02d-%02d", m.group(1), num(m.group(2)), num(m.group(3))),
                        p, m.start(), m.end(), new BigDecimal(m.group(1))) : null);
        scan(ISO_DATE, (p, m) -> validDate(num(m.group(2)), num(m.group(3)))
                ? fact(FactKind.DATE, String.format(Locale.ROOT, "date:%s-%02d-%02d", m.group(1), num(m.group(2)), num(m.group(3))),
                        p, m.start(), m.end(), new BigDecimal(m.group(1))) : null);
        scan(ZH_MONTH, (p, m) -> validDate(num(m.group(2)), 1)
                ? fact(FactKind.DATE, String.format(Locale.ROOT, "date:%s-%02d", m.group(1), num(m.group(2))),
                        p, m.start(), m.end(), new BigDecimal(m.group(1))) : null);
        scan(ZH_DAY, (p, m) -> validDate(num(m.group(1)), num(m.group(2)))
                ? fact(FactKind.DATE, String.format(Locale.ROOT, "date:--%02d-%02d", num(m.group(1)), num(m.group(2))),
                        p, m.start(), m.end(), new BigDecimal(m.group(1))) : null);
        scan(ZH_YEAR, (p, m) -> fact(FactKind.YEAR, "year:" + m.group(1), p, m.start(), m.end(), new BigDecimal(m.group(1))));
        scan(ZH_MONEY, (p, m) -> {
            BigDecimal v = ChineseNumber.parse(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
            return v == null || v.signum() <= 0 ? null
                    : fact(FactKind.MONEY, "money:" + Units.currency(m.group(3)) + ":" + Units.plain(v), p, m.start(), m.end(), v);
        });
        scan(DOLLAR, this::dollar);
        scan(ZH_PERCENT, (p, m) -> {
            BigDecimal v = m.group(1) != null ? new BigDecimal(m.group(1)) : ChineseNumber.parse(m.group(2).replace('点', '.').replace('點', '.'));
            return v == null ? null : fact(FactKind.PERCENT, "percent:" + Units.plain(v), p, m.start(), m.end(), v);
        });
        scan(ZH_TIME, (p, m) -> {
            int h = num(m.group(2));
            if (h > 24 || m.group(1) == null && m.group(3) == null) {
                return null;
            }
            String key = "time:" + (m.group(1) == null ? "" : m.group(1)) + h + ":" + (m.group(3) == null ? "" : m.group(3));
            return fact(FactKind.TIME, key, p, m.start(), m.end(), BigDecimal.valueOf(h));
        });
        scan(ZH_DURATION, (p, m) -> {
            BigDecimal v = ChineseNumber.parse(m.group(1));
            if (v == null || v.signum() <= 0 || !m.group(1).matches(".*\\d.*") && v.compareTo(BigDecimal.valueOf(2)) < 0) {
                return null;
            }
            String unit = Units.unit(m.group(2));
            return fact(FactKind.DURATION, "duration:" + unit + ":" + Units.plain(v), p, m.start(), m.end(), v);
        });
        scan(ZH_COUNT, (p, m) -> {
            String digits = m.group(2);
            String big = m.group(3);
            String unit = m.group(4);
            boolean arabic = digits.matches(".*\\d.*");
            if (big == null && unit == null) {
                return null;
            }
            BigDecimal v = ChineseNumber.parse(digits + (big == null ? "" : big));
            if (v == null || v.signum() <= 0) {
                return null;
            }
            if (!arabic && (v.compareTo(BigDecimal.valueOf(3)) < 0 || digits.length() == 1 && big == null && "千百十".contains(digits))) {
                return null;
            }
            String u = unit == null ? "" : Units.unit(unit);
            String key = "count:" + (m.group(1) == null ? "" : "#") + u + ":" + Units.plain(v);
            return fact(FactKind.COUNT, key, p, m.start(), m.end(), v);
        });
        scan(TITLE_BOOK, (p, m) -> fact(FactKind.TITLE, "title:" + ChineseNames.simplified(m.group(1), doc.language()).toLowerCase(Locale.ROOT),
                p, m.start(1), m.end(1), null));
        scan(TITLE_QUOTED, this::quotedTitle);
    }

    private Fact quotedTitle(Passage p, Matcher m) {
        String inner = m.group(1).strip();
        String before = p.text().substring(Math.max(0, m.start() - 8), m.start());
        boolean cued = TITLE_CUE.matcher(before).find() || TITLE_AFTER.matcher(p.text().substring(m.end())).find();
        boolean speech = inner.matches(".*[。！？!?].*[^。！？!?」”]$") || inner.matches(".*[。！？!?].+");
        if (!cued || speech || inner.length() < 3) {
            return null;
        }
        // a closing stop inside the quotes ("「日子很短，而十年很长。」") belongs to the sentence, not to the title
        int end = m.end(1);
        while (end > m.start(1) && (Character.isWhitespace(p.text().charAt(end - 1)) || "。.！!？?".indexOf(p.text().charAt(end - 1)) >= 0)) {
            end--;
        }
        inner = p.text().substring(m.start(1), end).strip();
        if (inner.length() < 3) {
            return null;
        }
        return fact(FactKind.TITLE, "title:" + ChineseNames.simplified(inner, doc.language()).toLowerCase(Locale.ROOT), p, m.start(1), end, null);
    }

    private Fact dollar(Passage p, Matcher m) {
        BigDecimal v = new BigDecimal(m.group(2).replace(",", ""));
        if (m.group(3) != null) {
            v = v.multiply(Units.scale(m.group(3)));
        } else if (m.group(4) != null) {
            v = ChineseNumber.parse(m.group(2).replace(",", "") + m.group(4));
        }
        if (v == null || v.signum() <= 0) {
            return null;
        }
        return fact(FactKind.MONEY, "money:" + Units.currency(m.group(1)) + ":" + Units.plain(v), p, m.start(), m.end(), v);
    }

    private void english() {
        scan(EN_DATE, (p, m) -> date(p, m, m.group(3), m.group(1), m.group(2)));
        scan(EN_DATE2, (p, m) -> date(p, m, m.group(3), m.group(2), m.group(1)));
        scan(ISO_DATE, (p, m) -> validDate(num(m.group(2)), num(m.group(3)))
                ? fact(FactKind.DATE, String.format(Locale.ROOT, "date:%s-%02d-%02d", m.group(1), num(m.group(2)), num(m.group(3))),
                        p, m.start(), m.end(), new BigDecimal(m.group(1))) : null);
        scan(EN_MONTH, (p, m) -> date(p, m, m.group(2), m.group(1), null));
        scan(EN_DAY, (p, m) -> date(p, m, null, m.group(1), m.group(2)));
        scan(DOLLAR, this::dollar);
        scan(EN_MONEY, (p, m) -> {
            BigDecimal v = Units.englishNumber(m.group(1));
            if (v == null || v.signum() <= 0) {
                return null;
            }
            v = v.multiply(Units.scale(m.group(2)));
            return fact(FactKind.MONEY, "money:" + Units.currency(m.group(3)) + ":" + Units.plain(v), p, m.start(), m.end(), v);
        });
        scan(EN_PERCENT, (p, m) -> {
            BigDecimal v = new BigDecimal(m.group(1));
            return fact(FactKind.PERCENT, "percent:" + Units.plain(v), p, m.start(), m.end(), v);
        });
        scan(EN_YEAR, (p, m) -> fact(FactKind.YEAR, "year:" + m.group(1), p, m.start(), m.end(), new BigDecimal(m.group(1))));
        scan(EN_TIME, (p, m) -> {
            int h = num(m.group(1));
            if (h < 1 || h > 12) {
                return null;
            }
            String key = "time:" + m.group(3).replace(".", "").toLowerCase(Locale.ROOT) + h + ":" + (m.group(2) == null ? "00" : m.group(2));
            return fact(FactKind.TIME, key, p, m.start(), m.end(), BigDecimal.valueOf(h));
        });
        scan(EN_DURATION, (p, m) -> {
            BigDecimal v = Units.englishNumber(m.group(1));
            if (v == null || v.signum() <= 0 || !m.group(1).matches(".*\\d.*") && v.compareTo(BigDecimal.valueOf(2)) < 0) {
                return null;
            }
            return fact(FactKind.DURATION, "duration:" + Units.englishUnit(m.group(2)) + ":" + Units.plain(v), p, m.start(), m.end(), v);
        });
        scan(EN_COUNT, (p, m) -> {
            BigDecimal v = Units.englishNumber(m.group(1));
            if (v == null || v.signum() <= 0 || m.group(2) == null && m.group(3) == null) {
                return null;
            }
            boolean word = !m.group(1).matches(".*\\d.*");
            if (word && v.compareTo(BigDecimal.valueOf(3)) < 0) {
                return null;
            }
            v = v.multiply(Units.scale(m.group(2)));
            String unit = m.group(3) == null ? "" : Units.englishUnit(m.group(3));
            return fact(FactKind.COUNT, "count:" + unit + ":" + Units.plain(v), p, m.start(), m.end(), v);
        });
        scan(TITLE_QUOTED, this::quotedTitle);
    }

    private Fact date(Passage p, Matcher m, String year, String month, String day) {
        int mo = monthNumber(month);
        int d = day == null ? 1 : num(day);
        if (mo == 0 || !validDate(mo, d)) {
            return null;
        }
        String key = year != null && day != null ? String.format(Locale.ROOT, "date:%s-%02d-%02d", year, mo, d)
                : year != null ? String.format(Locale.ROOT, "date:%s-%02d", year, mo)
                : String.format(Locale.ROOT, "date:--%02d-%02d", mo, d);
        return fact(FactKind.DATE, key, p, m.start(), m.end(), year == null ? BigDecimal.valueOf(mo) : new BigDecimal(year));
    }

    static int monthNumber(String name) {
        String[] all = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < all.length; i++) {
            if (n.startsWith(all[i])) {
                return i + 1;
            }
        }
        return 0;
    }

}
