package cuecard.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SRT and WebVTT subtitles: cue numbers, timing lines, header and note blocks and tags are dropped, a
 * {@code <v Name>} tag sets the speaker, and the cue texts are joined into sentences (with a space in English,
 * nothing in Chinese); each sentence is a TEXT passage whose characters keep the line of the cue text they came from.
 */
final class Subtitles {

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}\\s*-->\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}.*$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.-]+)?\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d{1,2}:[\\d:.]+>|\\{\\\\[^}]*}");
    private static final Pattern MARKER = Pattern.compile(
            "(?i)\\[\\s*(?:music|applause|laughter|laughs|inaudible|silence|音乐|音樂|掌声|掌聲|笑声|笑聲)\\s*]|\\(\\s*(?:laughs|laughter|applause)\\s*\\)|♪");
    private static final Pattern HYPHEN_SPEAKER = Pattern.compile("^\\s*-\\s+");

    private Subtitles() {
    }

    /** Whether the text is subtitles: a {@code WEBVTT} header, or a number line followed by a timing line. */
    static boolean detect(String[] lines) {
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].replace("\uFEFF", "").startsWith("WEBVTT")) {
            return true;
        }
        return first + 1 < lines.length && lines[first].replace("\uFEFF", "").strip().matches("\\d+")
                && TIMING.matcher(lines[first + 1]).matches();
    }

    static Document read(InputText input, String[] lines, Language forced) {
        List<String> texts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        String speaker = null;
        String previous = null;
        boolean inCue = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                inCue = false;
                continue;
            }
            if (TIMING.matcher(line).matches()) {
                inCue = true;
                continue;
            }
            if (!inCue) {
                continue; // header, cue number or id, NOTE and STYLE blocks
            }
            Matcher v = VOICE.matcher(line);
            if (v.find()) {
                speaker = v.group(1).strip();
            }
            String text = MARKER.matcher(TAG.matcher(line).replaceAll("")).replaceAll("");
            text = HYPHEN_SPEAKER.matcher(text).replaceAll("");
            text = cuecard.deck.Html.decode(text).strip();
            if (text.isEmpty() || text.equals(previous)) {
                continue; // rolling captions repeat the line before
            }
            previous = text;
            texts.add(text);
            numbers.add(i + 1);
            speakers.add(speaker);
        }
        StringBuilder all = new StringBuilder();
        texts.forEach(t -> all.append(t).append('\n'));
        Language language = forced != null ? forced : Language.detect(all.toString());
        List<Passage> passages = sentences(texts, numbers, speakers, language);
        return new Document(input.ref(), language, null, null, null, null, null, passages, List.of());
    }

    private static List<Passage> sentences(List<String> texts, List<Integer> numbers, List<String> speakers, Language language) {
        List<Passage> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        String speaker = null;
        for (int c = 0; c < texts.size(); c++) {
            String cue = texts.get(c);
            if (!java.util.Objects.equals(speakers.get(c), speaker)) {
                flush(out, text, lines, speaker);
                speaker = speakers.get(c);
            }
            if (text.length() > 0 && (!language.chinese() || latin(text.charAt(text.length() - 1)) && latin(cue.charAt(0)))) {
                text.append(' ');
                lines.add(numbers.get(c));
            }
            for (int k = 0; k < cue.length(); k++) {
                text.append(cue.charAt(k));
                lines.add(numbers.get(c));
                if (sentenceEnd(cue, k)) {
                    flush(out, text, lines, speaker);
                }
            }
        }
        flush(out, text, lines, speaker);
        return out;
    }

    private static boolean latin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** A sentence ends at a stop that is followed by the end of the cue or by a space and no lower-case word. */
    private static boolean sentenceEnd(String cue, int k) {
        char c = cue.charAt(k);
        if ("\"'”’)」』）".indexOf(c) >= 0 && k > 0 && ".!?。！？".indexOf(cue.charAt(k - 1)) >= 0) {
            c = cue.charAt(k - 1) == '.' ? '!' : cue.charAt(k - 1);
        }
        if ("。！？".indexOf(c) >= 0) {
            return k + 1 >= cue.length() || "”」』）)\"".indexOf(cue.charAt(k + 1)) < 0;
        }
        if (".!?".indexOf(c) < 0) {
            return false;
        }
        int n = k + 1;
        if (n < cue.length() && "\"'”’)".indexOf(cue.charAt(n)) >= 0) {
            return false; // the quote closes first; the sentence ends after it
        }
        if (n >= cue.length()) {
            return !(c == '.' && cue.matches("(?s).*\\b(?:Mr|Mrs|Ms|Dr|St|vs|etc|e\\.g|i\\.e)\\.$"));
        }
        if (cue.charAt(n) != ' ') {
            return false;
        }
        String before = cue.substring(0, k + 1);
        if (c == '.' && before.matches("(?s).*\\b(?:Mr|Mrs|Ms|Dr|St|vs|e\\.g|i\\.e)\\.$")) {
            return false;
        }
        int w = n;
        while (w < cue.length() && cue.charAt(w) == ' ') {
            w++;
        }
        return w >= cue.length() || !Character.isLowerCase(cue.charAt(w));
    }

    private static void flush(List<Passage> out, StringBuilder text, List<Integer> lines, String speaker) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.substring(start, end).matches("(?s).*[\\p{L}\\p{N}].*")) {
            int[] ls = new int[end - start];
            for (int i = start; i < end; i++) {
                ls[i - start] = lines.get(i);
            }
            out.add(new Passage(Role.TEXT, speaker, text.substring(start, end), ls, 0));
        }
        text.setLength(0);
        lines.clear();
    }
}
