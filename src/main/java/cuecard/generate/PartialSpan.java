package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a blank that holds only part of what it stands in: a number whose fraction or "more" follows it (四個|半小時,
 * 20|多年), or a name that goes on before or after it (Ministry of ____, ____ Cities).
 */
record PartialSpan() implements Gate {

    private static final Pattern NUMBER_GOES_ON = Pattern.compile("^([半多余餘\\d]|[.．,]\\d)");
    private static final Pattern NUMBER_CAME_BEFORE = Pattern.compile("\\d[.．]?$");
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b[A-Z][\\w.'’-]*\\s+(of|and|for|the|de|von|van)?\\s*$|[A-Z][\\w'’-]*-$");
    /** An institution's name going on right after a Chinese blank: ____圣公会中学, ____大学. */
    private static final Pattern NAME_GOES_ON_ZH = Pattern.compile("^\\p{IsHan}{0,8}?(中学|中學|小学|小學|大学|大學|学院|學院|医院|醫院|公司|银行|銀行|电视台|電視台|研究所|研究院|中心|协会|協會|博物馆|博物館)");
    private static final Pattern NAME_AFTER = Pattern.compile("^(\\s+(of|and|for|de)\\s+[A-Z]|\\s+[A-Z][a-z]|-[A-Z])");

    @Override
    public String name() {
        return "partial-span";
    }

    @Override
    public String reason() {
        return "the blank holds only part of a number or a name (四個|半小時, Ministry of ____)";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.fact() == null) {
            return false;
        }
        if (d.fact().kind().numeric()) {
            return NUMBER_GOES_ON.matcher(d.after()).find() || NUMBER_CAME_BEFORE.matcher(d.before()).find();
        }
        if (d.fact().kind().named() && CleanText.han(d.answer().charAt(d.answer().length() - 1)) && NAME_GOES_ON_ZH.matcher(d.after()).find()) {
            return true; // 湾仔____ 中学: a district blanked inside a school's name
        }
        if (d.fact().kind().named() && d.answer().matches("[A-Za-z].*")) {
            return NAME_BEFORE.matcher(d.before()).find() || NAME_AFTER.matcher(d.after()).find();
        }
        return false;
    }
}
