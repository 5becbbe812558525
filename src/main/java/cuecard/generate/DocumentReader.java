package cuecard.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text, Markdown or subtitles into a {@link Document}. The stages, each in its own class:
 * {@link Subtitles} (SRT and WebVTT, detected by content, read on their own), {@link FrontMatter} (YAML),
 * {@link NotContent} (figures, contents tables, link lists, footers, copyright; metadata and credit lines go to
 * {@link Metadata}), {@link SpeakerLabels} (labels in their common forms brought to one shape, timestamps and
 * markers dropped, lines in the other language dropped), then this class: blocks, roles, turns, captions, and
 * {@link LanguageFilter} on the passages. Every character keeps its source line.
 */
public final class DocumentReader {

    private static final Pattern NOTICE = Pattern.compile(
            "(?i)©|版权所有|版權所有|转载|轉載|未经授权|未經授權|all rights reserved|copyright|the end\\b|reprint|公众号|公眾號|扫码|掃碼|点击关注|點擊關注");
    private static final Pattern CREDIT = Pattern.compile("编译|編譯|编辑部|編輯部|来源[:：]|來源[:：]");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*+•]|\\d{1,3}[.)、])\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_=]\\s*){3,}$");
    private static final Pattern TURN = Pattern.compile(
            "^(Q|A|问|問|答)\\s*(?:[（(]([^）)]{1,20})[）)])?\\s*[:：]\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:([\\p{IsHan}·・]{1,8}[A-Za-z]{0,12})\\s*(?:[（(][^）)]{1,20}[）)])?\\s*[:：]"
                    + "|([A-Za-z][A-Za-z .,'’·-]{0,40}[A-Za-z.])\\s*(?:[（(][^）)]{1,20}[）)])?\\s*(?:：|:(?=\\s)))\\s*");
    private static final Pattern EXPLANATION = Pattern.compile("(?i)额外解释|額外解釋|解释|解釋|注释|註釋|说明|說明|背景|背景知识|背景知識|名词解释|名詞解釋|explanation|background|context|glossary|note");
    private static final Pattern BULLET_LABEL = Pattern.compile("^([\\p{IsHan}A-Za-z ]{1,10})[:：]\\s*");
    static final Pattern ASKERS = Pattern.compile(
            "(?i)q|问|問|主持人|主持|记者|記者|host|hosts|presenter|presenters|interviewer|reporter|moderator");
    private static final Pattern NOT_SPEAKERS = SpeakerLabels.NOT_SPEAKERS;
    private static final Pattern EDITOR_NOTE = Pattern.compile("^(编者按|編者按|编者注|編者註|注|註|editor'?s note|note)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?…」』”\"）):：;；.]\\s*$");

    private DocumentReader() {
    }

    private record Block(Role role, List<String> pieces, List<Integer> lineNumbers) {
    }

    /** Reads a document; {@code forced} overrides the detected language when not null. */
    public static Document read(InputText input, Language forced) {
        String[] raw = input.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (Subtitles.detect(raw)) {
            return Subtitles.read(input, raw, forced);
        }
        Meta meta = new Meta();
        int start = FrontMatter.read(raw, meta);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = start; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, raw[i]));
        }
        Language language = forced != null ? forced : Language.detect(input.text());
        lines = NotContent.strip(lines, meta);
        SpeakerLabels.Result labelled = SpeakerLabels.normalise(lines, language);
        Set<String> strong = labelled.strong();
        List<Block> blocks = blocks(labelled.lines(), meta);
        List<CleanText> cleaned = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<Boolean> captions = new ArrayList<>();
        List<Boolean> breaks = new ArrayList<>();
        boolean afterImage = false;
        boolean pendingBreak = false;
        for (Block b : blocks) {
            if (b.role() == null) {
                pendingBreak = true; // a rule: what follows is no longer the turn before it
                continue;
            }
            CleanText t = new CleanText();
            for (int i = 0; i < b.pieces().size(); i++) {
                t.append(b.pieces().get(i), b.lineNumbers().get(i));
            }
            t.stripMarkup();
            String s = t.text();
            boolean image = b.pieces().stream().anyMatch(x -> x.contains("!["));
            if (s.isEmpty() || s.matches("^[^。，,.!！?？]{0,12}[:：]$") || !s.matches("(?s).*[\\p{L}\\p{N}].*")) {
                afterImage = image;
                pendingBreak |= s.matches("^[^。，,.!！?？]{1,12}[:：]$"); // "後記：", "Break:" end a turn
                continue;
            }
            breaks.add(pendingBreak);
            pendingBreak = false;
            cleaned.add(t);
            roles.add(b.role());
            captions.add(b.role() == Role.TEXT && b.pieces().size() == 1 && caption(b.pieces().get(0), afterImage));
            afterImage = false;
        }
        Map<String, Integer> labelCounts = new HashMap<>();
        Map<String, Integer> labelQuestions = new HashMap<>();
        for (int i = 0; i < cleaned.size(); i++) {
            if (roles.get(i) == Role.TEXT || roles.get(i) == Role.NOTE) {
                String label = label(cleaned.get(i).text());
                if (label != null) {
                    labelCounts.merge(label, 1, Integer::sum);
                    if (cleaned.get(i).text().matches("(?s).*[?？].*")) {
                        labelQuestions.merge(label, 1, Integer::sum);
                    }
                }
            }
        }
        String asker = null;
        double best = 0.4;
        Set<String> askers = new HashSet<>();
        for (Credit c : meta.credits()) {
            if (ASKERS.matcher(c.role()).matches()) {
                askers.add(c.name());
            }
        }
        for (var e : labelCounts.entrySet()) {
            double ratio = labelQuestions.getOrDefault(e.getKey(), 0) / (double) e.getValue();
            if (e.getValue() >= 2 && (ratio > best || ASKERS.matcher(e.getKey()).matches())) {
                best = ASKERS.matcher(e.getKey()).matches() ? 2 : ratio;
                asker = e.getKey();
            }
        }
        if (asker == null && askers.isEmpty()) {
            asker = relativeAsker(labelCounts, labelQuestions);
        }
        List<Passage> passages = new ArrayList<>();
        Map<String, Integer> answerers = new HashMap<>();
        String answerer = null;
        String questioner = askers.size() == 1 ? askers.iterator().next() : null;
        Role previous = Role.TEXT;
        int turn = 0;
        boolean titleSeen = meta.has("title");
        for (int i = 0; i < cleaned.size(); i++) {
            CleanText t = cleaned.get(i);
            Role role = roles.get(i);
            String speaker = null;
            String text = t.text();
            Matcher turnMatch = TURN.matcher(text);
            Matcher labelMatch = LABEL.matcher(text);
            Matcher note = EDITOR_NOTE.matcher(text);
            if (breaks.get(i)) {
                previous = Role.TEXT;
            }
            if (captions.get(i) && !TURN.matcher(text).find() && !LABEL.matcher(text).find()) {
                continue; // a photo caption ("2019年3月5日，星河书店部分员工在上海新店门口。"): says what a picture shows
            }
            if (role == Role.TEXT && turnMatch.find()) {
                String kind = turnMatch.group(1);
                boolean question = kind.equals("Q") || kind.equals("问") || kind.equals("問");
                String name = turnMatch.group(2);
                t.dropPrefix(turnMatch.end());
                if (question) {
                    role = Role.QUESTION;
                    questioner = name != null ? name : questioner;
                    speaker = questioner;
                    turn++;
                } else {
                    role = Role.ANSWER;
                    answerer = name != null ? name : answerer;
                    speaker = answerer;
                }
            } else if ((role == Role.TEXT || role == Role.NOTE) && labelMatch.find()
                    && (labelCounts.getOrDefault(labelName(labelMatch), 0) >= 2 || ASKERS.matcher(labelName(labelMatch)).matches()
                        || previous == Role.QUESTION || strong.contains(labelName(labelMatch)))
                    && !NOT_SPEAKERS.matcher(labelName(labelMatch)).matches()) {
                String name = labelName(labelMatch);
                String said = text.substring(labelMatch.end());
                if (said.length() <= 20 && !said.matches(".*[。？！?!，,；;.…]\\s*$") && !ASKERS.matcher(name).matches()
                        && !said.matches(".*[，,。.!！?？].*")) {
                    if (said.matches(".*(主播|主持人|主持|主理人|(?i:host|interviewer|moderator))$")) {
                        askers.add(name); // a guest list: "袁梦Nina：播客《公司茶水间》主播"
                    }
                    t.foldSpaces();
                    passages.add(t.passage(Role.TEXT, null, 0));
                    previous = Role.TEXT;
                    continue;
                }
                t.dropPrefix(labelMatch.end());
                speaker = name;
                if (name.equals(asker) || ASKERS.matcher(name).matches() || askers.contains(name)) {
                    role = Role.QUESTION;
                    questioner = name;
                    turn++;
                } else {
                    role = Role.ANSWER;
                    answerer = name;
                }
            } else if (role == Role.TEXT && note.find()) {
                t.dropPrefix(note.end());
                role = Role.NOTE;
            } else if (role == Role.BULLET) {
                Matcher bl = BULLET_LABEL.matcher(text);
                if (bl.find()) {
                    if (EXPLANATION.matcher(bl.group(1).strip()).matches()) {
                        role = Role.NOTE; // a summary's "额外解释：" explains for the reader; nobody in the interview said it
                    }
                    t.dropPrefix(bl.end());
                }
            } else if (role == Role.TEXT && (previous == Role.ANSWER || previous == Role.QUESTION) && turn > 0
                    && !(text.length() <= 24 && !text.matches(".*[，,。.!！?？：:；;、].*"))
                    && !(previous == Role.QUESTION && narrates(text, answerer))) {
                role = previous;
                speaker = previous == Role.ANSWER ? answerer : questioner;
            }
            if (role == Role.TEXT && titleSeen && t.text().length() <= 24 && !t.text().matches(".*[，,。.!！?？：:；;、].*")) {
                role = Role.HEADING;
                speaker = null;
            }
            if (role == Role.TEXT && !titleSeen && t.text().length() <= 60 && !SENTENCE_END.matcher(t.text()).matches()) {
                meta.offer("title", t.text());
                role = Role.HEADING;
            }
            if (role == Role.HEADING) {
                titleSeen = true;
                meta.offer("title", t.text());
            }
            if (role == Role.ANSWER && speaker != null && !speaker.equals("A") && !speaker.equals("答")) {
                answerers.merge(speaker, 1, Integer::sum);
            }
            t.foldSpaces();
            if (!t.text().isEmpty()) {
                passages.add(t.passage(role, speaker, role == Role.QUESTION || role == Role.ANSWER ? turn : 0));
            }
            if (role != Role.NOTE) {
                previous = role == Role.HEADING ? Role.TEXT : role;
            }
        }
        String interviewee = answerers.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (interviewee == null) {
            interviewee = meta.get("interviewee");
        }
        passages.removeIf(p -> !LanguageFilter.belongs(p.text(), language));
        return new Document(input.ref(), language, meta.get("title"), meta.has("author") ? meta.get("author") : meta.get("editor"),
                meta.get("date"), meta.get("url"), interviewee, passages, meta.credits());
    }

    private static final String ZH_DATE = "\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号號])?)?";
    private static final String EN_DATE = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{4})";
    /** A caption's Chinese shape: a date, then who, then 在 and a place that ends the line with no verb after it. */
    private static final Pattern ZH_CAPTION = Pattern.compile("^" + ZH_DATE + "\\s*[，,、]?\\s*[^，,。；;：:！!？?]{1,24}?在[^，,。；;：:！!？?]{1,16}"
            + "(?:总部|總部|办公室|辦公室|会场|會場|峰会|峰會|大会|大會|现场|現場|家中|园区|園區|大楼|大樓|会议|會議|活动|活動|门口|門口|"
            + "发布会|發布會|發佈會|论坛|論壇|典礼|典禮|上|中|里|裡|内|內|外|旁|前)\\s*[。.]?$");
    /** Words that say what a picture is or who made it. */
    private static final Pattern CAPTION_WORD = Pattern.compile(
            "绘制的|繪制的|繪製的|拍摄|拍攝|摄影|攝影|供图|供圖|图为|圖為|图片来源|圖片來源|截图|截圖|示意图|示意圖|"
            + "(?i:\\bphoto(graph)?\\b|\\bpictured\\b|\\bcourtesy of\\b|\\bdrawn by\\b|\\bimage:|\\bscreenshot\\b)");
    /** A caption's English shape: a date, then who, then at/in a place, with no verb-like word. */
    private static final Pattern EN_CAPTION = Pattern.compile("^" + EN_DATE + "\\s*[,:]\\s*[^.,;:!?]{1,60}?\\b(?:at|in|during|outside|inside)\\b[^.,;:!?]{1,60}\\.?$");
    private static final Pattern EN_CAPTION_VERB = Pattern.compile("(?i)\\b(?:is|was|are|were|has|had|have|will|would|can|could|said|says|told|\\w{3,}ed)\\b");

    /**
     * Whether a paragraph of one line is a photo caption: short, and either right after an image or, standing
     * alone, a date, who and where with no verb ("2019年3月5日，星河书店部分员工在上海新店门口。",
     * "March 5, 2019: Harbour Books staff at the new shop in Shanghai.").
     */
    static boolean caption(String text, boolean afterImage) {
        String raw = text.strip();
        String s = raw.replaceAll("^[_*]+|[_*]+$", "").strip();
        if (s.isEmpty() || s.length() > 80 || s.matches("(?s).*[。.!！?？].+")) {
            return false; // long, or more than one sentence
        }
        boolean italic = raw.matches("(?s)([_*]).+\\1") && !raw.startsWith("**");
        if (afterImage && s.length() <= 40 && (italic || !s.matches("(?s).*[。.!！?？：:]"))) {
            return true; // right under a picture: in italics, or a short line that is no sentence
        }
        if (s.length() <= 40 && !s.matches("(?s).*[。.!！?？：:，,]") && CAPTION_WORD.matcher(s).find()) {
            return true; // "某人绘制的潜力曲线", "Photo by Jane Smith": says what a picture is and who made it
        }
        if (ZH_CAPTION.matcher(s).matches()) {
            return true;
        }
        if (EN_CAPTION.matcher(s).matches()) {
            String rest = s.replaceFirst("^" + EN_DATE + "\\s*[,:]", "");
            return !EN_CAPTION_VERB.matcher(rest).find();
        }
        return false;
    }

    /** With no host-like label, the one that asks clearly more often than any other (at least one turn in five). */
    private static String relativeAsker(Map<String, Integer> counts, Map<String, Integer> questions) {
        String best = null;
        double first = 0;
        double second = 0;
        int labels = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() < 2 || e.getKey().matches("Q|A|问|問|答")) {
                continue;
            }
            labels++;
            double ratio = questions.getOrDefault(e.getKey(), 0) / (double) e.getValue();
            if (ratio > first) {
                second = first;
                first = ratio;
                best = e.getKey();
            } else {
                second = Math.max(second, ratio);
            }
        }
        return labels >= 2 && first >= 0.2 && first >= second * 1.5 ? best : null;
    }

    private static String label(String text) {
        Matcher m = LABEL.matcher(text);
        return m.find() ? labelName(m) : null;
    }

    private static String labelName(Matcher m) {
        return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    /** Groups lines into blocks: blank lines, headings, bullets, quotes, turn labels and hard breaks start new ones. */
    private static List<Block> blocks(List<SourceLine> lines, Meta meta) {
        List<Block> out = new ArrayList<>();
        Block current = null;
        boolean hardBreak = true;
        for (SourceLine line : lines) {
            String raw = line.text();
            int number = line.number();
            String stripped = raw.strip();
            if (RULE.matcher(raw).matches() && !raw.strip().startsWith("=")) {
                out.add(new Block(null, List.of(), List.of()));
            }
            if (stripped.isEmpty() || RULE.matcher(raw).matches()) {
                current = null;
                hardBreak = true;
                continue;
            }
            if (NOTICE.matcher(stripped).find()
                    || stripped.length() < 40 && CREDIT.matcher(stripped).find()
                    || CleanText.URL.matcher(stripped.replaceAll("[*_<>\\[\\]()]", "")).replaceAll("").isBlank()) {
                current = null;
                hardBreak = true;
                continue;
            }
            Role role = Role.TEXT;
            String content = raw;
            Matcher m;
            if ((m = HEADING.matcher(raw)).matches()) {
                role = Role.HEADING;
                content = m.group(2).replaceAll("\\s#+\\s*$", "");
            } else if ((m = QUOTE.matcher(raw)).matches()) {
                role = Role.NOTE;
                content = m.group(1);
                if (content.isBlank()) {
                    current = null;
                    continue;
                }
                while (QUOTE.matcher(content).matches()) {
                    Matcher inner = QUOTE.matcher(content);
                    inner.matches();
                    content = inner.group(1);
                }
            } else if ((m = BULLET.matcher(raw)).matches()) {
                role = Role.BULLET;
                content = m.group(2);
            }
            String clean = content.replaceAll("[*_]", "").strip();
            // a hard wrap inside a name ("… Anna" / "Berg：…") looks like a speaker label on the next line: it is not one
            boolean wrappedName = current != null && current.pieces().get(current.pieces().size() - 1).matches(".*\\p{IsLatin}")
                    && clean.matches("\\p{IsLatin}[\\p{IsLatin}'’-]*\\s*[：:].*");
            boolean startsTurn = !wrappedName && (TURN.matcher(clean).find() || LABEL.matcher(clean).find());
            boolean join = current != null && !hardBreak && role == Role.TEXT && !startsTurn
                    || current != null && role == Role.NOTE && current.role() == Role.NOTE && !startsTurn;
            if (join) {
                current.pieces().add(content.strip());
                current.lineNumbers().add(number);
            } else {
                current = new Block(role, new ArrayList<>(List.of(content.strip())), new ArrayList<>(List.of(number)));
                out.add(current);
            }
            boolean imageOnly = stripped.matches("!\\[[^\\]]*\\]\\([^)]*\\)");
            if (imageOnly && join) {
                current.pieces().remove(current.pieces().size() - 1);
                current.lineNumbers().remove(current.lineNumbers().size() - 1);
                current = new Block(role, new ArrayList<>(List.of(content.strip())), new ArrayList<>(List.of(number)));
                out.add(current);
            }
            hardBreak = imageOnly || role == Role.HEADING || raw.endsWith("  ") || raw.endsWith("\\")
                    || SENTENCE_END.matcher(raw).matches() && role != Role.NOTE;
            if (role == Role.HEADING) {
                current = null;
            }
        }
        return out;
    }

    private static final Pattern ADDRESSED = Pattern.compile("你|您|(?i:\\byou(r|rs)?\\b)");

    /**
     * Whether an unlabelled paragraph after the interviewer's turn is the writer's narration rather than more of the
     * question: it speaks of the guest by name, in the third person, and never to them (no 你/您/you).
     */
    private static boolean narrates(String text, String answerer) {
        return answerer != null && answerer.length() >= 2 && text.contains(answerer) && !ADDRESSED.matcher(text).find();
    }
}
