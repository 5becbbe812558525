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
 * Brings speaker labels in their common forms to one shape, {@code Name：text} at the start of a line, so the
 * reader can find turns: {@code **Name:**}, {@code **Name**：} (or the colon on the next line), {@code Name (00:01:02):},
 * {@code [00:01:02] Name:}, {@code 0:00:14.2 **Name** text}, {@code **Q.**}, {@code ###问：} and {@code #### Name:}
 * headings, labels alone on their line with the text below, and known labels in the middle of a paragraph. Timestamps
 * ({@code \[03:36\]}), laughter and applause markers go; language labels ({@code EN:}, {@code 中文：}) go, and a line
 * labelled with the other language goes whole.
 */
final class SpeakerLabels {

    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?";
    private static final Pattern BRACKET_TIME = Pattern.compile("\\\\?\\[\\s*" + TIME + "\\s*\\\\?]|[(（]\\s*" + TIME + "\\s*[)）]");
    private static final Pattern LEAD_TIME = Pattern.compile("^\\s*" + TIME + "(?:\\s*-->\\s*" + TIME + ")?(?:\\s+|$)");
    private static final Pattern MARKER = Pattern.compile(
            "(?i)\\\\?\\[\\s*(?:laughter|laughs|laughing|laugh|applause|crosstalk|inaudible|unintelligible|music|silence|pause|chuckles?|sighs?|coughs?)\\s*\\\\?]"
                    + "|<\\s*(?:laughs?|laughter|laughing|applause|chuckles?|sighs?)\\s*>"
                    + "|\\(\\s*(?:laughs?|laughter|laughing|applause|chuckles?|sighs?)\\s*\\)"
                    + "|[（(\\[【]\\s*(?:笑|笑声|笑聲|大笑|众笑|眾笑|掌声|掌聲|鼓掌)\\s*[）)\\]】]");
    private static final Pattern LANGUAGE_LABEL = Pattern.compile(
            "^\\s*(?:\\*\\*)?\\s*(EN|CN|ZH|English|Chinese|中文|英文)\\s*(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?\\s*");
    private static final String NAME = "[^*\\n:：。，,！!？?]{1,40}?|[^*\\n:：。！!？?]{1,40}?[A-Za-z.]";
    private static final Pattern BOLD_COLON_INSIDE = Pattern.compile("^\\s*\\*\\*\\s*(" + NAME + ")\\s*[:：.]\\s*\\*\\*\\s*");
    private static final Pattern BOLD_COLON_AFTER = Pattern.compile("^\\s*\\*\\*\\s*(" + NAME + ")\\s*\\*\\*\\s*[:：]\\s*");
    private static final Pattern BOLD_ONLY = Pattern.compile("^\\s*\\*\\*\\s*(" + NAME + ")\\s*\\*\\*\\s*$");
    private static final Pattern BOLD_THEN_TEXT = Pattern.compile("^\\s*\\*\\*\\s*(" + NAME + ")\\s*\\*\\*\\s+(?=\\S)");
    private static final Pattern Q_DOT = Pattern.compile("^\\s*\\*\\*\\s*(Q|A)\\.\\s+|^\\s*(Q)\\.\\s+(?=.*[?？][*_\\s]*$)");
    private static final Pattern NUMBERED_SECTION = Pattern.compile(
            "^\\s*\\*\\*\\s*(\\d{1,2}[.、])\\s*(?:\\*\\*\\s*)*([^*]{1,30}?)\\s*(?:\\*\\*\\s*)+$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern QUESTION_HEADING = Pattern.compile("^(?:问题|問題)\\s*\\d{0,2}\\s*[:：]\\s*(.+)$");
    private static final Pattern ONLY_LABEL = Pattern.compile(
            "^\\s*(Q|A|问|問|答|[\\p{IsHan}·・A-Za-z]{1,10}|[A-Za-z][A-Za-z .,'’·-]{0,40}[A-Za-z.])\\s*[:：]\\s*$");
    private static final Pattern STARTS_LABEL = Pattern.compile(
            "^\\s*(?:\\*\\*)?\\s*(Q|A|问|問|答|[\\p{IsHan}·・]{1,10}[A-Za-z]{0,12}|[A-Za-z][A-Za-z .,'’·-]{0,40}[A-Za-z.])\\s*(?:\\*\\*)?\\s*(?:[（(][^）)]{1,20}[）)])?\\s*(?:：|:(?=\\s|$))");
    private static final Pattern MID_LABEL = Pattern.compile(
            "(?<=[。？！?!…」』”：])\\s*(?:\\*\\*)?([\\p{IsHan}]{2,8}[A-Za-z]{0,12})(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?"
                    + "|\\s+\\*\\*([^*\\n:：]{1,20}?)\\s*(?:[:：]\\s*\\*\\*|\\*\\*\\s*[:：])");
    private static final Pattern SAYING = Pattern.compile(".*(说|說|道|问|問|表示|指出|认为|認為|称|稱|写|寫|如下|包括|例如|比如|其中|注|註)$");
    static final Pattern NOT_SPEAKERS = Pattern.compile(
            "(?i)详细描述|詳細描述|额外解释|額外解釋|访谈原文|訪談原文|注|註|note|notes|summary|editor's note|编者按|編者按|tl;dr|example"
                    + "|例如|比如|其中|结果|結果|问题\\d*|問題\\d*|break|前言|后记|後記|引言|结语|結語|update|ps|p\\.s\\.|via|source");

    private SpeakerLabels() {
    }

    /** The result: the rewritten lines and the names seen in a strong label form (bold, or alone on a line). */
    record Result(List<SourceLine> lines, Set<String> strong) {
    }

    static Result normalise(List<SourceLine> in, Language language) {
        List<SourceLine> lines = new ArrayList<>();
        Set<String> strong = new HashSet<>();
        for (SourceLine l : in) {
            String t = clean(l.text(), language, strong);
            if (t != null) {
                lines.add(l.with(t));
            }
        }
        Map<String, Integer> counts = counts(lines);
        lines = splitMidLabels(lines, counts);
        counts = counts(lines);
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            Matcher only = ONLY_LABEL.matcher(t);
            Matcher bold = BOLD_ONLY.matcher(t);
            int j = next(lines, i);
            if (bold.matches() && j >= 0 && lines.get(j).text().strip().matches("^[:：].*")) {
                String name = bold.group(1).strip();
                strong.add(name);
                lines.set(j, lines.get(j).with(name + "：" + lines.get(j).text().strip().substring(1).strip()));
                lines.set(i, lines.get(i).with(""));
            } else if (only.matches()) {
                String name = only.group(1).strip();
                boolean known = counts.getOrDefault(name, 0) >= 2 || name.matches("Q|A|问|問|答") || strong.contains(name)
                        || DocumentReader.ASKERS.matcher(name).matches();
                if (!known || NOT_SPEAKERS.matcher(name).matches()) {
                    continue;
                }
                if (j < 0 || startsLabel(lines.get(j).text()) || HEADING.matcher(lines.get(j).text()).matches()) {
                    lines.set(i, lines.get(i).with("")); // a label with nothing to say ("Break:")
                    continue;
                }
                strong.add(name);
                lines.set(j, lines.get(j).with(name + "：" + unquote(lines, j).strip()));
                lines.set(i, lines.get(i).with(""));
            }
        }
        return new Result(lines, strong);
    }

    /** One line's own clean-up; null when the whole line goes (a line in the other language). */
    private static String clean(String text, Language language, Set<String> strong) {
        String t = BRACKET_TIME.matcher(text).replaceAll("");
        t = dropMarkers(t);
        boolean leadTime = false;
        Matcher lead = LEAD_TIME.matcher(t);
        if (lead.find()) {
            t = t.substring(lead.end());
            leadTime = true;
        }
        if (!t.equals(text) && t.isBlank()) {
            return "";
        }
        Matcher lang = LANGUAGE_LABEL.matcher(t);
        if (lang.find()) {
            boolean english = lang.group(1).matches("(?i)EN|English|英文");
            if (english == language.chinese()) {
                return null;
            }
            t = t.substring(lang.end());
        }
        Matcher section = NUMBERED_SECTION.matcher(t);
        if (section.matches()) {
            return "### " + section.group(1) + " " + section.group(2); // "**01.** **标题**": a numbered section title
        }
        Matcher h = HEADING.matcher(t);
        if (h.matches()) {
            String inner = h.group(1).replace("**", "").strip();
            Matcher q = QUESTION_HEADING.matcher(inner);
            if (q.matches() && q.group(1).matches(".*[?？][*_\\s]*$")) { // a summary's "问题1: 早期经历" is a heading
                return "问：" + q.group(1);
            }
            Matcher only = ONLY_LABEL.matcher(inner);
            if (only.matches() && !NOT_SPEAKERS.matcher(only.group(1).strip()).matches()) {
                strong.add(only.group(1).strip()); // "#### Name:" names the speaker of what follows
                return inner;
            }
            if (inner.matches("^(Q|A|问|問|答)\\s*[:：].+")) {
                return inner;
            }
            return t;
        }
        Matcher m;
        if ((m = BOLD_COLON_INSIDE.matcher(t)).find() || (m = BOLD_COLON_AFTER.matcher(t)).find()
                || leadTime && (m = BOLD_THEN_TEXT.matcher(t)).find()) {
            String name = m.group(1).strip();
            if (name.matches(".*\\p{L}.*")) { // not a section number ("**01.**")
                if (!NOT_SPEAKERS.matcher(name).matches()) {
                    strong.add(name);
                }
                return name + "：" + t.substring(m.end());
            }
        }
        if ((m = Q_DOT.matcher(t)).find()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)) + "：" + t.substring(m.end());
        }
        return t;
    }

    private static final Pattern STOP_AHEAD = Pattern.compile("^\\s*[。！？.!?…]+[”」』\"']?");

    /**
     * Deletes laughter and applause markers. A marker that closes a sentence ("…随时加入(笑)。", "…any time (laughs).",
     * "…homesick. [laughter]") marks that sentence as a joke: the sentence goes with it, as it is no fact to learn.
     */
    static String dropMarkers(String text) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (m.find()) {
            String before = text.substring(pos, m.start());
            String kept = before.stripTrailing();
            String after = text.substring(m.end());
            boolean endsSentence = kept.matches("(?s).*[。！？.!?…][”」』\"']?");
            Matcher stop = STOP_AHEAD.matcher(after);
            boolean stopFound = stop.find();
            boolean beforeStop = stopFound || after.isBlank();
            if (!kept.isBlank() && !kept.matches("(?s).*[:：]") && (endsSentence || beforeStop)) {
                out.append(kept, 0, sentenceStart(kept, endsSentence));
                pos = m.end() + (!endsSentence && stopFound ? stop.end() : 0);
            } else {
                out.append(kept);
                if (kept.length() < before.length() && !after.isEmpty() && !Character.isWhitespace(after.charAt(0))) {
                    out.append(' ');
                }
                pos = m.end();
                if (!kept.isEmpty() && wide(kept.charAt(kept.length() - 1))) {
                    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                        pos++; // no space after Chinese text or punctuation
                    }
                }
            }
        }
        return out.append(text.substring(pos)).toString();
    }

    private static boolean wide(char c) {
        return CleanText.han(c) || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
    }

    /** Where the last sentence of {@code text} starts (just after the stop before it, or 0). */
    private static int sentenceStart(String text, boolean endsWithStop) {
        int from = text.length() - 1;
        if (endsWithStop) {
            while (from >= 0 && "。！？.!?…”」』\"'".indexOf(text.charAt(from)) >= 0) {
                from--;
            }
        }
        for (int i = from; i >= 0; i--) {
            char c = text.charAt(i);
            if ("。！？!?…".indexOf(c) >= 0 || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Splits a line before a label that recurs in the document ("…吗？ **蔡峥：**", "…。三联生活周刊：…"). */
    private static List<SourceLine> splitMidLabels(List<SourceLine> lines, Map<String, Integer> lineStarts) {
        Map<String, Integer> mid = new HashMap<>();
        for (SourceLine l : lines) {
            Matcher m = MID_LABEL.matcher(l.text());
            while (m.find()) {
                mid.merge(name(m), 1, Integer::sum);
            }
        }
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine l : lines) {
            String t = l.text();
            Matcher m = MID_LABEL.matcher(t);
            int from = 0;
            while (m.find()) {
                String name = name(m);
                int seen = mid.getOrDefault(name, 0) + lineStarts.getOrDefault(name, 0);
                if (seen >= 2 && !SAYING.matcher(name).matches() && !NOT_SPEAKERS.matcher(name).matches()
                        && !t.substring(from, m.start()).isBlank()) {
                    out.add(l.with(t.substring(from, m.start())));
                    out.add(l.with(name + "："));
                    from = m.end();
                }
            }
            out.add(from == 0 ? l : l.with(t.substring(from)));
        }
        return out;
    }

    /** The text of line {@code j}; when it is a block quote, the quote marks of it and of the lines of its quote go. */
    private static String unquote(List<SourceLine> lines, int j) {
        String first = lines.get(j).text();
        if (!QUOTE.matcher(first).matches()) {
            return first;
        }
        for (int k = j + 1; k < lines.size(); k++) {
            Matcher q = QUOTE.matcher(lines.get(k).text());
            if (!q.matches()) {
                break;
            }
            lines.set(k, lines.get(k).with(q.group(1)));
        }
        Matcher q = QUOTE.matcher(first);
        q.matches();
        return q.group(1);
    }

    private static String name(Matcher m) {
        return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    private static Map<String, Integer> counts(List<SourceLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (SourceLine l : lines) {
            Matcher m = STARTS_LABEL.matcher(l.text());
            if (m.find()) {
                counts.merge(m.group(1).strip(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean startsLabel(String text) {
        Matcher m = STARTS_LABEL.matcher(text);
        return m.find() && !NOT_SPEAKERS.matcher(m.group(1).strip()).matches();
    }

    private static int next(List<SourceLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }
}
