package cuecard.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata lines: {@code 作者：}, {@code 发布时间：}, {@code Date:}, LCTT {@code [#]: author:} headers, bylines,
 * {@code Interview conducted by X}, and credit lines ({@code 记者：王怡然}, {@code 实习记者 王怡然},
 * {@code 现场翻译：吴英爱}, {@code Host: Jane Smith}). Such a line is not content: {@link #consume} records what it
 * says and reports that the line is taken.
 */
final class Metadata {

    private static final Pattern META = Pattern.compile(
            "(?i)^\\s*[*_]*\\s*(文章作者|作者|author|by|撰文|编辑|編輯|editor|发布时间|發布時間|發佈時間|发布日期|發布日期"
                    + "|演讲日期|演講日期|采访时间|採訪時間|采访日期|採訪日期|访谈日期|訪談日期|interview date|日期|date|published"
                    + "|原文链接|原文連結|原文地址|原文網址|原文|source link|original link|original|link|url|via"
                    + "|发布地|發布地|發佈地|当前位置|當前位置|封面图链接|封面圖連結|封面图|封面圖|cover image|cover|来源|來源|source"
                    + "|演讲者|演講者|interviewee|place|location|地点|地點)"
                    + "\\s*[*_]*\\s*[:：]\\s*[*_]*\\s*(.*)$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+([A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3})\\s*(?:[|,·•—–-]\\s*(.{4,40}))?$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})(\\s*\\d{1,2}:\\d{2})?\\s*\\S{0,8}\\s*$");
    private static final Pattern LCTT = Pattern.compile("^\\[#]:\\s*([\\w-]+)\\s*:\\s*(.*)$");
    static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    static final Pattern DATE_IN_TEXT = Pattern.compile(
            "\\b(?:\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b"
                    + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号號])?");
    private static final String NAME = "[A-Z][\\p{L}.'’-]*(?:\\s+(?:[A-Z][\\p{L}.'’-]*|van|von|de|der|da|di|le|la))*";
    private static final Pattern CONDUCTED = Pattern.compile(
            "(?i:\\b(interview(?:ed)?\\s+conducted\\s+by|interviewed\\s+by|interview\\s+by))\\s+(" + NAME + ")");
    private static final Pattern EN_CREDIT = Pattern.compile(
            "^(?i:(hosts?|co-hosts?|interviewer|moderator|author|translator|editor|reporter|producer|photographer|proofreader)\\s*[:：]"
                    + "|(written by|edited by|translated by|produced by|photos? by|transcribed by|hosted by))\\s*"
                    + "(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)\\s*(?:[,|·—–-]\\s*(.{0,80}))?$");
    private static final String ZH_ROLES = "记者|記者|主持人|主持|主播|翻译|翻譯|摄影|攝影|策划|策劃|监制|監製|编辑|編輯|责编|責編|排版|出品人|出品"
            + "|制作人|製作人|制作|製作|撰文|采写|採寫|采访|採訪|整理|统筹|統籌|设计|設計|美编|美編|剪辑|剪輯|后期|後期|校对|校對"
            + "|译者|譯者|选题|選題|作者|审校|審校|审核|審核|配图|配圖|视觉|視覺|运营|運營|录音|錄音|文字|文|图|圖|商务合作|商業合作|商务|投稿|合作";
    private static final Pattern ZH_ROLE = Pattern.compile("(" + ZH_ROLES + ")\\s*(?:[:：｜|丨]\\s*|\\s+(?=[\\p{IsHan}A-Za-z]))");
    private static final Pattern ZH_PREFIX = Pattern.compile(
            "(文章|现场|現場|实习|實習|联合|聯合|论坛|論壇|音频|音頻|视频|視頻|微信内容|文字|责任|責任|执行|執行|美术|美術|特约|特約|首席|助理|图文|圖文"
                    + "|节目|節目|内容|內容|新媒体|新媒體|本期|本文|海报|海報|封面)$");
    private static final Pattern CONTACT = Pattern.compile("商务合作|商業合作|商务|投稿|合作");
    private static final Pattern SPEAKING_ROLE = Pattern.compile("记者|記者|主持人|主持|主播|采访|採訪");
    private static final Pattern REPLY = Pattern.compile(
            "你好|您好|谢谢|謝謝|好的|是的|对的|對的|对|對|嗯|没有|沒有|是|不是|为什么|為什麼|然后呢|然後呢|请讲|請講|大家好|当然|當然"
                    + "|欢迎|歡迎|请问|請問|那么|那麼|接下来|接下來|最后|最後|首先|然后|然後|所以|好|行|嗯嗯|哈哈|对对|對對|是吗|是嗎|真的"
                    + "|没错|沒錯|可以|明白|了解|继续|繼續|再见|再見|感谢|感謝|各位好|大家晚上好|早上好|晚上好");
    private static final Pattern EN_SPEAKING = Pattern.compile("(?i)hosts?|co-hosts?|interviewer|moderator|reporter");
    private static final Pattern EN_NOT_NAME = Pattern.compile(
            "(?i)(welcome|thanks|thank|hello|hi|hey|yes|yeah|no|okay|ok|right|well|great|good|so|and|but|sure|exactly|absolutely|alright|wow|oh)\\b.*");

    private Metadata() {
    }

    /** Records what a metadata line says; reports whether the line is metadata (and so not content). */
    static boolean consume(SourceLine source, Meta meta) {
        String line = source.text().strip();
        int number = source.number();
        if (line.length() > 300) {
            return false;
        }
        Matcher lctt = LCTT.matcher(line);
        if (lctt.matches()) {
            lctt(lctt.group(1).toLowerCase(Locale.ROOT), FrontMatter.unquote(lctt.group(2).strip()).strip(), number, meta);
            return true;
        }
        String plain = plain(line);
        if (credits(plain, number, meta)) {
            return true;
        }
        Matcher conducted = CONDUCTED.matcher(plain);
        if (conducted.find() && plain.length() < 250) {
            meta.credit(conducted.group(1), conducted.group(2), number);
            Matcher d = DATE_IN_TEXT.matcher(plain);
            if (d.find()) {
                meta.force("date", d.group());
            }
            return true;
        }
        Matcher m = META.matcher(line);
        if (m.matches()) {
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("*", "").strip()
                    .replaceAll("^_+|_+$", "").strip();
            boolean url = CleanText.URL.matcher(value).lookingAt();
            if (!url && value.length() > 60) {
                return false;
            }
            if (key.contains("作者") || key.equals("author") || key.equals("by") || key.equals("撰文")) {
                meta.offer("author", value);
                meta.credit(m.group(1).strip(), value, number);
            } else if (key.contains("编辑") || key.contains("編輯") || key.equals("editor")) {
                meta.offer("editor", value);
                meta.credit(m.group(1).strip(), value, number);
            } else if (key.equals("演讲者") || key.equals("演講者") || key.equals("interviewee")) {
                meta.offer("interviewee", value);
                if (!key.equals("interviewee")) {
                    meta.credit(m.group(1).strip(), value, number);
                }
            } else if (key.contains("演讲日期") || key.contains("演講日期") || key.contains("采访") || key.contains("採訪")
                    || key.contains("访谈") || key.contains("訪談") || key.equals("interview date")) {
                meta.force("date", value);
            } else if (key.contains("时间") || key.contains("時間") || key.contains("日期") || key.equals("date") || key.equals("published")) {
                meta.offer("date", value);
            } else if (url && !key.contains("封面") && !key.startsWith("cover")) {
                meta.offer("url", value);
            }
            return true;
        }
        Matcher by = BYLINE.matcher(plain);
        if (by.matches()) {
            meta.offer("author", by.group(1));
            meta.credit("by", by.group(1), number);
            if (by.group(2) != null && by.group(2).matches(".*\\d{4}.*")) {
                meta.offer("date", by.group(2).strip());
            }
            return true;
        }
        Matcher d = DATE_LINE.matcher(line);
        if (d.matches()) {
            meta.offer("date", d.group(1));
            return true;
        }
        return false;
    }

    /** A line without its markup: links become their text, emphasis and code marks go. */
    static String plain(String line) {
        return line.replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\[([^\\]]*)]\\[[^\\]]*]", "$1").replaceAll("[*`]|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])", "").strip();
    }

    private static void lctt(String key, String value, int line, Meta meta) {
        String name = CleanText.URL.matcher(value).replaceAll("").strip();
        switch (key) {
            case "subject", "title" -> meta.offer("title", value);
            case "via" -> {
                if (CleanText.URL.matcher(value).lookingAt()) {
                    meta.offer("url", value);
                }
            }
            case "author" -> {
                meta.offer("author", name);
                meta.credit(key, name, line);
            }
            case "translator", "reviewer", "publisher", "collector", "proofreader", "selector" -> meta.credit(key, name, line);
            case "date" -> meta.offer("date", value);
            default -> { }
        }
    }

    /** Credit lines, Chinese ({@code 记者：王怡然}, {@code 音频编辑：小尹监制：荞木}) or English ({@code Host: Jane Smith}). */
    private static boolean credits(String line, int number, Meta meta) {
        Matcher en = EN_CREDIT.matcher(line);
        if (en.matches() && !(en.group(1) != null && EN_SPEAKING.matcher(en.group(1)).matches()
                && (EN_NOT_NAME.matcher(en.group(3)).matches() || !en.group(3).strip().contains(" ")))) {
            String role = en.group(1) != null ? en.group(1) : en.group(2);
            for (String name : en.group(3).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                meta.credit(role, name, number);
                String r = role.toLowerCase(Locale.ROOT);
                if (r.startsWith("author") || r.startsWith("written")) {
                    meta.offer("author", name);
                } else if (r.startsWith("edit")) {
                    meta.offer("editor", name);
                }
            }
            if (en.group(4) != null) {
                Matcher d = DATE_IN_TEXT.matcher(en.group(4));
                if (d.find()) {
                    meta.offer("date", d.group());
                }
            }
            return true;
        }
        if (line.length() > 120 || !line.matches(".*\\p{IsHan}.*")) {
            return false;
        }
        List<int[]> roles = new ArrayList<>(); // {roleStart, roleEnd, valueStart}
        Matcher m = ZH_ROLE.matcher(line);
        while (m.find()) {
            int start = m.start(1);
            Matcher p = ZH_PREFIX.matcher(line.substring(0, start));
            if (p.find()) {
                start = p.start();
            }
            if (!roles.isEmpty() && start < roles.get(roles.size() - 1)[2]) {
                continue;
            }
            roles.add(new int[] {start, m.end(1), m.end()});
        }
        if (roles.isEmpty()) {
            return false;
        }
        String before = line.substring(0, roles.get(0)[0]).strip();
        if (!before.isEmpty() && (before.length() > 24 || !before.matches(".*(原创|原創|本文|出品|文章).*")
                || before.matches(".*[。！？!?，,；;：:].*"))) {
            return false;
        }
        List<String[]> found = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            int[] r = roles.get(i);
            String role = line.substring(r[0], r[1]);
            String value = line.substring(r[2], i + 1 < roles.size() ? roles.get(i + 1)[0] : line.length()).strip();
            if (CONTACT.matcher(role).matches()) {
                continue;
            }
            boolean separated = line.substring(r[1], r[2]).matches("\\s*[:：｜|丨]\\s*");
            if (!separated && !SPEAKING_ROLE.matcher(role).find() && r[0] > 0 && i == 0) {
                return false;
            }
            for (String name : value.split("\\s*[、，,/／]\\s*|\\s{2,}")) {
                if (!nameLike(name, SPEAKING_ROLE.matcher(role).find() || !separated)) {
                    return false;
                }
                found.add(new String[] {role, name});
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        for (String[] f : found) {
            meta.credit(f[0], f[1], number);
            if (f[0].endsWith("作者") || f[0].equals("撰文")) {
                meta.offer("author", f[1]);
            } else if (f[0].endsWith("编辑") || f[0].endsWith("編輯")) {
                meta.offer("editor", f[1]);
            }
        }
        return true;
    }

    /** Whether a credit's value looks like a name (strict: a person's name, for roles that also label speakers). */
    private static boolean nameLike(String value, boolean strict) {
        String v = value.strip();
        if (v.isEmpty() || v.matches(".*[。！？!?；;：:“”\"《》「」（）()].*") || REPLY.matcher(v).matches()
                || v.matches(".*[吗嗎呢吧啊呀嘛]$")) {
            return false;
        }
        if (strict) {
            return v.matches("[\\p{IsHan}·・]{2,4}") || v.matches("[\\p{IsHan}]{1,4}[A-Za-z]{2,12}")
                    || v.matches("[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3}");
        }
        return v.length() <= 14 && v.matches("[\\p{IsHan}\\p{IsLatin}·・.' -]+");
    }
}
