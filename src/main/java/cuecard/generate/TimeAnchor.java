package cuecard.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the relative times a card cannot keep against the document's date, as the rubric allows ("in the
 * December 2024 interview"): 今年/去年/明年 and this/last/next year become the year they stand for, and a
 * sentence about the present (现在, 目前, now, currently) is prefixed with when that present was (截至2019年2月,
 * As of February 2019). Times counted back (五年前, two years ago) and day words (昨天, last week) are not resolved:
 * a publication date is close enough for a year or a month, not for a day.
 *
 * @param year  the document's year
 * @param month its month (1-12), or 0 when only the year is known
 */
record TimeAnchor(int year, int month) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern ZH = Pattern.compile("(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*月)?");
    private static final Pattern EN = Pattern.compile("(?i)\\b(" + FactFinder.MONTHS + ")\\.?\\s+(?:\\d{1,2},?\\s+)?(\\d{4})\\b|\\b(\\d{4})\\b");
    /** The full English month names, the first twelve of the fact finder's month words. */
    private static final String[] MONTH_NAMES = java.util.Arrays.copyOf(FactFinder.MONTHS.split("\\|"), 12);

    /** Present-time words the anchor makes safe. */
    static final Pattern PRESENT_ZH = Pattern.compile("现在|現在|目前|如今|当下|當下|眼下");
    static final Pattern PRESENT_EN = Pattern.compile("(?i)\\b(now|nowadays|currently|these days|at the moment|today)\\b");
    private static final Pattern YEAR_ZH = Pattern.compile("今年|去年|明年|前年|后年|後年");
    private static final Pattern YEAR_EN = Pattern.compile("(?i)\\b(?:in\\s+|of\\s+)?(this|last|next) year\\b");

    /** The anchor for a document date as written (2019-02-07, 2020-01-09T12:01:53+08:00, 4 November 2013, 2019年2月), or null. */
    static TimeAnchor of(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = ISO.matcher(date);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = ZH.matcher(date);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        m = EN.matcher(date);
        if (m.find()) {
            if (m.group(3) != null) {
                return valid(Integer.parseInt(m.group(3)), 0);
            }
            return valid(Integer.parseInt(m.group(2)), FactFinder.monthNumber(m.group(1)));
        }
        return null;
    }

    private static TimeAnchor valid(int year, int month) {
        return year >= 1900 && year <= 2100 && month >= 0 && month <= 12 ? new TimeAnchor(year, month) : null;
    }

    /** The text with 今年/去年/明年 (this/last/next year) replaced by the years they stand for. */
    String years(String text, boolean chinese) {
        StringBuilder out = new StringBuilder();
        Matcher m = (chinese ? YEAR_ZH : YEAR_EN).matcher(text);
        while (m.find()) {
            String word = chinese ? m.group() : m.group(1).toLowerCase(java.util.Locale.ROOT);
            int y = switch (word) {
                case "去年", "last" -> year - 1;
                case "明年", "next" -> year + 1;
                case "前年" -> year - 2;
                case "后年", "後年" -> year + 2;
                default -> year;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(chinese ? y + "年" : "in " + y));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the text speaks of the present, which the anchor says when it was. */
    static boolean present(String text, boolean chinese) {
        String outside = text.replaceAll("[（(][^（）()]*[）)]", " "); // "(now METI)": a renamed body, not the sentence's time
        return (chinese ? PRESENT_ZH : PRESENT_EN).matcher(outside).find();
    }

    private static final Pattern COMMON_START = Pattern.compile("^(The|A|An|Our|Their|Its|This|That|These|Those|There|In|On|At|For|Most|Many|Some|All|We|They|It)\\b");

    /** A sentence put after {@link #asOf}: its first word in lower case unless it is a name (or I). */
    static String after(String text, boolean chinese) {
        return !chinese && COMMON_START.matcher(text).find() ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    /** Whether a card's lead starts with the words {@link #asOf} writes. */
    static boolean anchored(String lead) {
        return lead.startsWith("截至") || lead.startsWith("As of ");
    }

    /** The words put before a sentence about the present: 截至2019年2月， / As of February 2019, */
    String asOf(boolean chinese) {
        if (chinese) {
            return "截至" + year + "年" + (month > 0 ? month + "月" : "") + "，";
        }
        return "As of " + (month > 0 ? MONTH_NAMES[month - 1] + " " : "") + year + ", ";
    }
}
