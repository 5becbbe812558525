package cuecard.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines that are not content and blanks them (so paragraphs stay apart and line numbers stay true):
 * HTML figures and their captions, tables of contents, link lists and lines that are mostly links, reference
 * link definitions, "Retrieved from" and translation footers, contact lines, copyright sections and notices.
 */
final class NotContent {

    private static final Pattern FIGURE_OPEN = Pattern.compile("(?i)^\\s*<(figure|picture)\\b.*");
    private static final Pattern FIGURE_CLOSE = Pattern.compile("(?i).*</(figure|picture)>\\s*$");
    private static final Pattern HTML_ONLY = Pattern.compile("(?i)^\\s*(<[^>]{0,400}>\\s*)+$|^\\s*<(img|figcaption|br|hr|iframe|video|source)\\b.*");
    private static final Pattern IMAGE_CAPTION = Pattern.compile("^\\s*(?:!\\[[^\\]]*]\\([^)]*\\)\\s*)+[^!\\s].{0,39}$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("[（(]\\s*(?:图|圖|摄影|攝影|photo)\\s*[｜|/:：丨]\\s*[^）)]{1,20}[）)]\\s*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s*\\[(?!#])[^\\]]{1,80}]:\\s*\\S+.*$");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]*)](?:\\([^)]*\\)|\\[[^\\]]*])");
    private static final Pattern FOOTER = Pattern.compile(
            "(?i)^\\s*retrieved from\\b|^\\s*via\\s*[:：]|月費訂戶|月费订户|成為.{0,6}訂戶|成为.{0,6}订户|荣誉推出|榮譽推出|原创编译|原創編譯|原创翻译|原創翻譯|小懒自动备份|返回列表页"
                    + "|^\\s*[*_]*\\s*(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|related (?:reading|articles|posts))\\s*[*_]*\\s*[:：]?\\s*$");
    private static final Pattern CONTACT = Pattern.compile("(?i)[\\w.+-]+@[\\w-]+\\.[\\w.]+.*|.*[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern CONTACT_WORD = Pattern.compile("(?i)合作|投稿|联系|聯繫|聯絡|contact|email|e-mail|事宜");
    private static final Pattern FOOTER_TAIL = Pattern.compile("[“\"]?点赞[”\"]?.{0,6}在看.*$|[“\"]?點贊[”\"]?.{0,6}在看.*$");
    private static final Pattern CREDIT_WORD = Pattern.compile("编辑|編輯|监制|監製|策划|策劃|主播|排版|记者|記者|摄影|攝影|翻译|翻譯");
    private static final Pattern COPYRIGHT_LINE = Pattern.compile(
            "(?i)rights?\\s+(?:are\\s+)?reserved|all literary rights|written permission|permission to (?:quote|reprint|publish)"
                    + "|be cited as follows|版权归|版權歸|侵权必究|侵權必究|版权声明|版權聲明|免责声明|免責聲明");
    private static final Pattern COPYRIGHT_HEADING = Pattern.compile(
            "(?i)^\\s*#{1,6}\\s*(copyright( statement| notice)?|版权声明|版權聲明|免责声明|免責聲明|版权说明|版權說明)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s.*");
    private static final Pattern CONTENTS = Pattern.compile(
            "(?i)^\\s*(?:#{1,6}\\s*)?[*_]*\\s*(contents|table of contents|目录|目錄|本文目录|本文目錄|文章目录|文章目錄)\\s*[*_]*\\s*[:：]?\\s*$");
    private static final Pattern NUMBERED_RUN = Pattern.compile("^\\s*1\\.?\\s+\\S.{0,80}?\\s2\\.?\\s+\\S.{0,80}?\\s3\\.?\\s+\\S.*");
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\d{1,2}(?:\\.\\d{1,2})*[.、)]?|[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\\d]{1,3}[）)])\\s*(.+)$");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[。！？!?；;]|[.](?:\\s|$)");

    private NotContent() {
    }

    /** Blanks what is not content; metadata and credit lines are recorded in {@code meta} and blanked too. */
    static List<SourceLine> strip(List<SourceLine> in, Meta meta) {
        List<SourceLine> lines = new ArrayList<>(in);
        boolean inFigure = false;
        boolean inCopyright = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher tail = FOOTER_TAIL.matcher(lines.get(i).text());
            if (tail.find()) {
                lines.set(i, lines.get(i).with(lines.get(i).text().substring(0, tail.start())));
            }
            String t = lines.get(i).text();
            if (inFigure || FIGURE_OPEN.matcher(t).matches()) {
                inFigure = !FIGURE_CLOSE.matcher(t).matches();
                blank(lines, i);
                continue;
            }
            if (COPYRIGHT_HEADING.matcher(t).matches()) {
                inCopyright = true;
                blank(lines, i);
                continue;
            }
            if (inCopyright) {
                if (HEADING.matcher(t).matches()) {
                    inCopyright = false;
                } else {
                    blank(lines, i);
                    continue;
                }
            }
            if (CONTENTS.matcher(t).matches()) {
                blank(lines, i);
                for (int j = i + 1; j < lines.size() && j < i + 80; j++) {
                    String e = lines.get(j).text().strip();
                    if (!e.isEmpty() && (e.length() > 80 || HEADING.matcher(e).matches() && !mostlyLinks(e)
                            || SENTENCE_STOP.matcher(Metadata.plain(e)).find())) {
                        break;
                    }
                    blank(lines, j);
                }
                continue;
            }
            if (!t.isBlank() && Metadata.consume(lines.get(i), meta)) {
                lines.set(i, lines.get(i).with("---")); // a credits line ends the turn before it, as a rule does
                continue;
            }
            if (HTML_ONLY.matcher(t).matches() || IMAGE_CAPTION.matcher(t).matches() && !SENTENCE_STOP.matcher(t.replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "")).find()
                    || PHOTO_CREDIT.matcher(Metadata.plain(t)).find() && Metadata.plain(t).length() < 80
                    || LINK_DEFINITION.matcher(t).matches() || FOOTER.matcher(t).find()
                    || CONTACT.matcher(t).find() && CONTACT_WORD.matcher(t).find() && t.length() < 200 && !CREDIT_WORD.matcher(t).find()
                    || COPYRIGHT_LINE.matcher(t).find() || mostlyLinks(t)
                    || NUMBERED_RUN.matcher(t).matches() && !SENTENCE_STOP.matcher(t).find()) {
                blank(lines, i);
            }
        }
        numberedContents(lines);
        return lines;
    }

    /** A run of three or more short numbered lines whose items all come back later in the text: a table of contents. */
    private static void numberedContents(List<SourceLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            List<Integer> run = new ArrayList<>();
            List<String> items = new ArrayList<>();
            int j = i;
            for (; j < lines.size(); j++) {
                String t = lines.get(j).text();
                if (t.isBlank()) {
                    if (j + 1 < lines.size() && lines.get(j + 1).blank()) {
                        break;
                    }
                    continue;
                }
                var m = NUMBERED.matcher(Metadata.plain(t));
                if (t.length() > 60 || HEADING.matcher(t).matches() || !m.matches() || SENTENCE_STOP.matcher(m.group(1)).find()) {
                    break;
                }
                run.add(j);
                items.add(m.group(1).strip());
            }
            if (run.size() >= 3 && comeBack(lines, j, items)) {
                run.forEach(k -> blank(lines, k));
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean comeBack(List<SourceLine> lines, int from, List<String> items) {
        for (String item : items) {
            boolean found = false;
            for (int k = from; k < lines.size() && !found; k++) {
                found = Metadata.plain(lines.get(k).text()).contains(item);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line is mostly links (their visible text is most of what it says), or only a URL. */
    static boolean mostlyLinks(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (CleanText.URL.matcher(t.replaceAll("[*_<>\\[\\]()]", "")).replaceAll("").isBlank()) {
            return true;
        }
        var m = LINK.matcher(t);
        int linked = 0;
        int links = 0;
        while (m.find()) {
            links++;
            linked += visible(m.group(1));
        }
        if (links == 0) {
            return false;
        }
        int rest = visible(LINK.matcher(t).replaceAll(""));
        return rest <= 2 || links >= 2 && rest * 3 < linked;
    }

    private static int visible(String s) {
        return s.replaceAll("[\\s*_`|·•,，、:：;；\\-–—()（）\\[\\]!]", "").length();
    }

    private static void blank(List<SourceLine> lines, int i) {
        lines.set(i, lines.get(i).with(""));
    }
}
