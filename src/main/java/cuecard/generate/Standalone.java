package cuecard.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence needs to stand alone on a card: the filler words that open spoken sentences taken off, who says
 * it when it speaks in the first person, and the person a leading he or she stands for. Relative times are
 * resolved against the document's date by {@link TimeAnchor}; what it cannot resolve, the stale-time gate stops.
 */
final class Standalone {

    private static final Pattern FILLER_EN = Pattern.compile(
            "^(?:(?:so(?!\\s+(?:far|much|many|long))|and|but|well|yeah|yes|oh|um|uh|okay|ok|actually|anyway|alright|and so|you know|I mean|then)"
                    + "\\b[,—–-]?\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER_ZH = Pattern.compile("^(?:(?:嗯|呃|啊|哦|噢|那么|那麼|所以|然后|然後|就是|其实|其實|对|對|好|好的|是的|没错|沒錯|当然|當然|然而|此外|另外|首先|其次|最后|最後|比如|例如|譬如)[，,、\\s]+"
            + "|(?:所以|但是|不过|不過|可是|而且|因此|于是|於是|同时|同時|然而|此外|另外|首先|其次|最后|最後|比如|例如|譬如)(?![，,、\\s]))+");
    static final Pattern FIRST_PERSON_EN = Pattern.compile(
            "\\bI\\b|\\bI'|\\bI’|(?i:\\b(me|my|mine|myself|we|we're|we've|we'd|we’re|we’ve|our|ours|ourselves|us)\\b)");
    static final Pattern FIRST_PERSON_ZH = Pattern.compile("我|咱");
    static final Pattern STALE_EN = Pattern.compile("(?i)\\b(now|nowadays|currently|today|tonight|tomorrow|yesterday|this year|last year|"
            + "next year|this month|last month|next month|this week|last week|next week|recently|lately|these days|ago|"
            + "the past (?:few |\\w+ )?(?:years|months|weeks|decades)|so far|to date|at the moment|upcoming|(?:in|this|last|next) (?:the )?(?:fall|spring|summer|winter|autumn))\\b");
    static final Pattern STALE_ZH = Pattern.compile("现在|現在|目前|如今|今年|去年|明年|前年|后年|後年|最近|近年|近日|上周|上週|下周|下週|"
            + "本月|上个月|上個月|下个月|下個月|今天|昨天|明天|今晚|昨晚|明晚|今早|昨早|明早|本周|本週|这周|這週|这个月|這個月|前几天|前幾天|年前|刚刚|剛剛|这几年|這幾年|近几年|近幾年|至今|迄今|当下|當下|眼下");
    static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)q|a|问|問|答|主持人|主持|记者|記者|host|hosts|interviewer|reporter|moderator|speaker|audience|观众|觀眾|听众|聽眾|"
                    + "presenter|presenters|男|女|unknown|all|both|大家");

    /** A guest named in the title: "A Conversation With Jane Roe", "专访张三", "谷歌Jane Roe访谈". */
    private static final Pattern TITLE_GUEST = Pattern.compile(
            "(?i:\\bwith|interview:|conversation:)\\s+(?!(?i:with)\\b)([A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+){1,2})|专访([\\p{IsHan}·]{2,6})"
                    + "|([A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+){1,2})\\s*(?:访谈|訪談|专访|專訪)");

    /**
     * The parts of a sentence ready for a card: {@code text} is {@code prefix} followed by the sentence from
     * {@code shift} on (fillers dropped, a leading he or she replaced by the person it stands for).
     */
    record Framed(String lead, String prefix, int shift, String text, String close, int from, int held) {

        /**
         * Whether the span [start, end) of the original text sits inside the words kept at the front of
         * {@link #prefix} (the time phrase before a replaced he or she: "In ____, Jane Roe joined …").
         */
        boolean inPrefix(int start, int end) {
            return held > 0 && start >= from && end <= from + held;
        }
    }

    /** A he or she that opens the sentence, or follows only a time phrase (In 1997 he …, 1997年，他……). */
    private static final Pattern HE_SHE_ZH = Pattern.compile("^([^，。、；：“”他她]{0,10}[，,]?)(他|她)(?![们們])");
    private static final Pattern HE_SHE_EN = Pattern.compile("^((?:(?:In|On|By|After|Before|Since|During|Then|Later|From) [^,]{1,24},? )?)(He|She|he|she)\\b(?!')");

    private Standalone() {
    }

    /** The speaker a passage's first person stands for, or null when the document does not say. */
    static String speakerOf(Sentence s) {
        String sp = s.speaker();
        if (sp != null && !NOT_A_NAME.matcher(sp.strip()).matches() && sp.strip().length() >= 2) {
            String n = sp.strip().replaceAll("(?<=[a-z]),\\s*(Ph\\.?D|Psy\\.?D|M\\.?D|MD|PhD|Jr|Sr|Esq)\\.?$", "");
            return n.matches("[a-z][a-z]+") ? Character.toUpperCase(n.charAt(0)) + n.substring(1) : n;
        }
        if (s.role() == Role.ANSWER && s.doc().interviewee() != null) {
            return s.doc().interviewee();
        }
        if (s.role() == Role.ANSWER && s.doc().title() != null) {
            Matcher m = TITLE_GUEST.matcher(s.doc().title());
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            }
        }
        return null;
    }

    /**
     * Frames {@code text} (a sentence or the part of it asked about): fillers off the front (shift says how many
     * characters went), who says it.
     */
    static Framed frame(Sentence s, String text) {
        return frame(s, text, null);
    }

    /** As {@link #frame(Sentence, String)}, with the person a leading he or she stands for (or null). */
    static Framed frame(Sentence s, String text, String antecedent) {
        boolean zh = s.language().chinese();
        Matcher f = (zh ? FILLER_ZH : FILLER_EN).matcher(text);
        int shift = f.lookingAt() ? f.end() : 0;
        String prefix = "";
        int from = shift;
        int held = 0;
        String rest = text.substring(shift);
        Matcher he = (zh ? HE_SHE_ZH : HE_SHE_EN).matcher(rest);
        if (antecedent != null && he.find() && (zh || he.group(1).isEmpty() || !he.group(2).equals("He") && !he.group(2).equals("She"))) {
            prefix = he.group(1) + antecedent;
            held = he.group(1).length();
            shift += he.end();
        } else if (!zh && shift > 0 && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
            prefix = String.valueOf(Character.toUpperCase(rest.charAt(0)));
            shift += 1;
        }
        String body = prefix + text.substring(shift);
        boolean firstPerson = (zh ? FIRST_PERSON_ZH : FIRST_PERSON_EN).matcher(body).find();
        String who = firstPerson ? speakerOf(s) : null;
        StringBuilder lead = new StringBuilder();
        String close = "";
        if (who != null) {
            lead.append(who).append(zh ? (s.language() == Language.ZH_HANT ? "說：“" : "说：“") : " said, “");
            close = "”";
        }
        return new Framed(lead.toString(), prefix, shift, body, close, from, held);
    }
}
