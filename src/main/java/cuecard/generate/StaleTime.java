package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a card with a time that goes stale (now, next year, five years ago, 现在, 明年, 五年前): the card could not
 * say when it was true. 今年/this year and 现在/now are resolved against the document's date when it has one
 * ({@link TimeAnchor}); day words and times counted back are not, and a date asked beside such a word (刚刚过去的____)
 * would be given away by it as well.
 */
record StaleTime() implements Gate {

    /** A time counted back from when the text was written (五年前, five years ago): its year is the interview's, which a publication date may not be. */
    private static final Pattern COUNTED_BACK = Pattern.compile("过去\\S{0,3}(年|个月|個月|天|周)|過去\\S{0,3}(年|個月|天|週)|\\S{1,4}年前|\\S{1,4}个月前|\\S{1,4}個月前|\\S{1,4}(天|周|週|星期|小时|小時)前|(?i:\\b\\w+ (years?|months?|weeks?|decades?) ago\\b)");

    @Override
    public String name() {
        return "stale-time";
    }

    @Override
    public String reason() {
        return "a time that goes stale (now, next year, five years ago, 现在, 明年, 五年前): the card would not say when it was true";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() == Draft.Kind.ROLE) {
            return false; // a role question names the document by its title, which may say anything
        }
        Pattern stale = d.language().chinese() ? Standalone.STALE_ZH : Standalone.STALE_EN;
        String text = d.before() + " " + d.after() + (d.kind() == Draft.Kind.FACT ? "" : " " + d.answer());
        text = text.replaceAll("[（(](?i:now|现在|現在)\\s[^（）()]*[）)]", " "); // "(now METI)" names a body's present name
        if (TimeAnchor.anchored(d.lead())) {
            text = (d.language().chinese() ? TimeAnchor.PRESENT_ZH : TimeAnchor.PRESENT_EN).matcher(text).replaceAll(" ");
        }
        String shown = d.before() + d.answer() + d.after();
        boolean dateAsked = d.fact() != null && (d.fact().kind() == FactKind.DATE || d.fact().kind() == FactKind.YEAR);
        if (COUNTED_BACK.matcher(shown).find() || dateAsked && stale.matcher(text).find()) {
            return true;
        }
        return stale.matcher(text).find();
    }
}
