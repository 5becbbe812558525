package cuecard.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkable facts of a document: dates and times, money, percentages, counts with units, durations,
 * people, organisations and products, and titles. Numbers come from patterns (Chinese numerals parsed with
 * {@link ChineseNumber}); Chinese names come from HanLP ({@link ChineseNames}).
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
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
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
    private static final Pattern TITLE_CUE = Pattern.compile("(?i)(标题|標題|名为|名為|叫做|称为|稱為|题为|題為|书名|書名|博客|文章|节目|節目|播客|titled|called|named|book|blog|post|essay|podcast|show|song|film)\\S{0,3}\\s*$");
    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?<![A-Za-z0-9'’-])([A-Z][a-zA-Z'’]*(?:(?: |·|・|(?<=\\b[A-Z])\\. )(?:[A-Z]\\. )?[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?){1,3})(?![A-Za-z0-9])");
    private static final Pattern LATIN_TOKEN = Pattern.compile("(?<![A-Za-z0-9'’-])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![A-Za-z0-9])");
    private static final Pattern DOT_NAME = Pattern.compile("[\\p{IsHan}]{1,6}[·・•][\\p{IsHan}]{1,8}");
    private static final Set<String> NAME_STOP = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "So", "If", "When",
            "What", "How", "Why", "Who", "Where", "This", "That", "These", "Those", "It", "Its", "We", "I", "He", "She", "They",
            "Our", "My", "His", "Her", "Their", "Your", "You", "After", "Before", "During", "Then", "There", "Here", "Last",
            "Next", "Early", "Late", "Q", "Yes", "No", "Not", "Well", "Oh", "Okay", "OK", "Man", "Also", "As", "For", "From",
            "With", "By", "To", "Of", "Is", "Was", "Are", "Do", "Does", "Did", "Can", "Could", "Would", "Should", "Will",
            "Mr", "Ms", "Mrs", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "One",
            "Two", "Some", "Many", "Most", "Every", "Each", "All", "Any", "Now", "Today", "Yesterday", "Tomorrow", "Still",
            "Because", "While", "Although", "Since", "Until", "Once", "Just", "Even", "Only", "Maybe", "Perhaps", "Let",
            "Thanks", "Thank", "Sure", "Right", "Like", "Look", "See", "Said", "Says", "According", "Meanwhile", "However",
            "Editor", "Note", "Host", "Interviewer", "Source", "Photo", "Image");
    private static final Set<String> ORG_WORDS = Set.of("Combinator", "Capital", "Labs", "Lab", "Inc", "Corp", "Corporation",
            "News", "Times", "Post", "Journal", "Street", "Valley", "Pro", "AI", "Bank", "Fund", "Ventures", "Partners",
            "Group", "Company", "University", "College", "Institute", "Center", "Centre", "Foundation", "Research", "Studio",
            "Studios", "Media", "Press", "Club", "Council", "Commission", "Agency", "Department", "Office", "House",
            "Counter", "Act", "Robotics", "Software", "Energy", "Motors", "Airlines", "Holdings", "Trust", "Trench", "Ocean", "Sea", "River", "Mountain", "Mountains", "Lake", "Bay", "Island", "Islands", "City", "County", "State", "Square", "Bridge", "Weekly", "Daily", "Magazine", "Review", "Board", "Committee", "Safety", "Security", "Advisory", "Team", "Project", "Model", "Spec", "Network", "Tech", "Technologies", "Systems", "Microsoft", "Google", "Apple", "Meta", "Amazon", "Bloomberg",
            "OpenAI", "ChatGPT", "Twitter", "Congress", "Senate", "Court");
    private static final Set<String> GENERIC_TOKENS = Set.of("AI", "AGI", "ASI", "CEO", "CTO", "CFO", "GPU", "GPUs", "CPU",
            "VC", "VCs", "YC", "PR", "API", "APP", "App", "IPO", "CNN", "GP", "ARR", "Q", "A", "OK", "TV", "PC", "US", "UK",
            "USA", "EU", "UN", "PhD", "LLM", "LLMs", "ML", "IT", "HR", "AR", "VR", "X", "AIGC", "COO", "CPO", "IQ", "EQ");
    private static final String NAME_BREAK = "时期的基金会前后在和与是了说等及将被为曾也都员长家者人中里上有向对把让给跟同像如或位名";
    private static final Set<String> PERSON_TITLES = Set.of("Professor", "Prof", "President", "Senator", "Governor", "Dr",
            "Doctor", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "General", "Colonel", "Captain", "Mr", "Mrs", "Ms",
            "Miss", "Minister", "Chairman", "Chairwoman", "Director", "Editor", "Reporter", "Coach", "Pope", "King", "Queen", "Prince", "Princess");
    private static final Set<String> GIVEN_NAMES = Set.of("Sam", "Ilya", "Greg", "Elon", "Jensen", "Satya", "Mark", "Bill",
            "Steve", "Jeff", "Larry", "Sergey", "Tim", "Sundar", "Mira", "Dario", "Reid", "Peter", "Paul", "John", "Johnny",
            "Jony", "Alex", "Adam", "Helen", "Bret", "Tasha", "Emmett", "Jack", "Tom", "Mike", "Michael", "David", "Daniel",
            "James", "Robert", "Mary", "Anna", "Sarah", "Emily", "Jane", "Kevin", "Brian", "Chris", "Eric", "Andrew", "Ryan",
            "Jason", "Matt", "Ben", "Geoffrey", "Yann", "Demis", "Mustafa", "Kara", "Lex", "Joe", "Donald", "Joseph", "Barack",
            "Hillary", "Kamala", "Warren", "Charlie", "George", "Richard", "William", "Thomas", "Susan", "Lisa", "Laura",
            "Emma", "Olivia", "Sophia", "Jessica", "Jennifer", "Linda", "Karen", "Nancy", "Betty", "Margaret", "Dorothy");
    private static final Set<String> MONTH_NAMES = Set.of(MONTHS.split("\\|"));

    private final Document doc;
    private final List<Fact> facts = new ArrayList<>();
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
        f.names();
        Map<Passage, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < doc.passages().size(); i++) {
            index.put(doc.passages().get(i), i);
        }
        f.facts.sort(Comparator.comparingInt((Fact x) -> index.get(x.passage())).thenComparingInt(Fact::start));
        return List.copyOf(f.facts);
    }

    private interface Handler {
        /** The fact for a match, or null to skip it. */
        Fact make(Passage p, Matcher m);
    }

    private void scan(Pattern pattern, Handler h) {
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

    private boolean taken(Passage p, int start, int end) {
        boolean[] c = claimed.get(p);
        for (int i = start; i < end; i++) {
            if (c[i]) {
                return true;
            }
        }
        return false;
    }

    private void claim(Passage p, int start, int end) {
        boolean[] c = claimed.get(p);
        for (int i = start; i < end; i++) {
            c[i] = true;
        }
    }

    private static Fact fact(FactKind kind, String key, Passage p, int start, int end, BigDecimal value) {
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
        boolean cued = TITLE_CUE.matcher(before).find();
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

    private static boolean latinNeighbour(String text, int start, int end) {
        int before = start - 1;
        if (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        if (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && Character.isLetter(text.charAt(before)) && text.charAt(before) < 0x250
                || after < text.length() && Character.isLetter(text.charAt(after)) && text.charAt(after) < 0x250;
    }

    /** Whether the word at {@code at} stands inside a sentence (a capital there is a name's, not the sentence's). */
    private static boolean insideSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && ".!?:;\"“‘'([—–-".indexOf(text.charAt(i)) < 0;
    }

    /** People, organisations and products: Latin-script names, names joined by a dot, and HanLP's Chinese names. */
    private void names() {
        Map<String, Integer> personWords = new HashMap<>();
        List<String> persons = new ArrayList<>();
        scan(LATIN_NAME, (p, m) -> {
            String name = m.group(1);
            int shift = 0;
            String first = name.split("[ ·・.]+")[0];
            if (PERSON_TITLES.contains(first) && name.indexOf(' ') > 0) {
                shift = name.indexOf(' ') + 1;
                name = name.substring(shift);
            }
            String[] words = name.split("[ ·・.]+");
            int start = m.start(1) + shift;
            if (NAME_STOP.contains(words[0]) || MONTH_NAMES.contains(words[0]) || MONTH_NAMES.contains(words[words.length - 1])) {
                return null;
            }
            boolean org = false;
            org |= words[0].length() == 1;
            for (String w : words) {
                org |= ORG_WORDS.contains(w) || GENERIC_TOKENS.contains(w) || !w.contains("'") && !w.contains("’")
                        && java.util.Arrays.stream(w.split("-")).anyMatch(part -> part.length() > 1 && part.substring(1).chars().anyMatch(Character::isUpperCase));
            }
            if (org) {
                return fact(FactKind.NAME, "name:" + name.toLowerCase(Locale.ROOT), p, start, m.end(), null);
            }
            if (words.length == 1) {
                return GIVEN_NAMES.contains(name) ? fact(FactKind.PERSON, "person:" + name.toLowerCase(Locale.ROOT), p, start, m.end(), null) : null;
            }
            for (String w : words) {
                personWords.merge(w, 1, Integer::sum);
            }
            persons.add(name);
            return fact(FactKind.PERSON, "person:" + name.toLowerCase(Locale.ROOT).replaceAll("[·・.]", " ").replaceAll(" +", " "),
                    p, start, m.end(), null);
        });
        scan(DOT_NAME, (p, m) -> {
            String g = m.group();
            int dot = g.replaceAll("[·・•]", "·").indexOf('·');
            int left = dot;
            while (left > 0 && dot - left < 4 && NAME_BREAK.indexOf(g.charAt(left - 1)) < 0) {
                left--;
            }
            int right = dot + 1;
            while (right < g.length() && right - dot <= 5 && NAME_BREAK.indexOf(g.charAt(right)) < 0) {
                right++;
            }
            if (left == dot || right == dot + 1) {
                return null;
            }
            String name = g.substring(left, right);
            return fact(FactKind.PERSON, "person:" + ChineseNames.simplified(name.replaceAll("[·・•]", "·"), doc.language()),
                    p, m.start() + left, m.start() + right, null);
        });
        Map<String, Integer> tokenCounts = new HashMap<>();
        for (Passage p : doc.passages()) {
            Matcher m = LATIN_TOKEN.matcher(p.text());
            while (m.find()) {
                tokenCounts.merge(m.group(1), 1, Integer::sum);
            }
        }
        boolean chinese = doc.language().chinese();
        scan(LATIN_TOKEN, (p, m) -> {
            String t = m.group(1);
            if (t.length() < 2 || GENERIC_TOKENS.contains(t) || NAME_STOP.contains(t) || MONTH_NAMES.contains(t)
                    || !Character.isUpperCase(t.charAt(0)) && !t.matches("[a-z]+[A-Z].*|[a-z]\\d.*")) {
                return null;
            }
            if (personWords.containsKey(t) || GIVEN_NAMES.contains(t)) {
                String full = persons.stream().filter(n -> n.startsWith(t + " ") || n.endsWith(" " + t)).sorted().findFirst().orElse(t);
                return fact(FactKind.PERSON, "person:" + full.toLowerCase(Locale.ROOT), p, m.start(), m.end(), null);
            }
            boolean camel = t.substring(1).chars().anyMatch(Character::isUpperCase) && t.chars().anyMatch(Character::isLowerCase);
            boolean model = t.matches("[A-Za-z]+-?\\d[\\w.]*|[a-z]\\d\\w*");
            boolean word = t.matches("[A-Z][a-z]{3,}") && (chinese ? !latinNeighbour(p.text(), m.start(), m.end())
                    : tokenCounts.getOrDefault(t, 0) >= 2 || insideSentence(p.text(), m.start()));
            if (!camel && !model && !word) {
                return null;
            }
            return fact(FactKind.NAME, "name:" + t.toLowerCase(Locale.ROOT), p, m.start(), m.end(), null);
        });
        if (chinese) {
            for (ChineseNames.Found n : ChineseNames.find(doc)) {
                if (!taken(n.passage(), n.start(), n.end())) {
                    Fact f = fact(n.kind(), n.key(), n.passage(), n.start(), n.end(), null);
                    if (f != null) {
                        claim(n.passage(), n.start(), n.end());
                        facts.add(f);
                    }
                }
            }
        }
    }
}
