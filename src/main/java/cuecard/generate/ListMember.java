package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a blank that is one item of a list (A、B、____; A, B, ____ and C): any other item would fit the blank
 * as well, so the card has no one defensible answer.
 */
record ListMember() implements Gate {

    private static final Pattern ZH_BEFORE = Pattern.compile("(?:[^，,、；;。：:“”「」\\s]{1,10}[、，,]\\s*){2,}$|、\\s*$|(?:[^/／\\s]{1,10}[/／]){2,}$");
    private static final Pattern ZH_AFTER = Pattern.compile("^\\s*、|^\\s*[，,]\\s*[^，,、；;。：:\\s]{1,10}[、，,]\\s*[^，,、；;。：:\\s]{1,10}[、，,。]");
    private static final String EN_ITEM = "[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}";
    private static final Pattern EN_BEFORE = Pattern.compile("(?:" + EN_ITEM + ",\\s+){2,}(?:and\\s+|or\\s+)?$");
    private static final Pattern EN_AFTER = Pattern.compile("^,\\s+" + EN_ITEM + ",|^,?\\s+(?:and|or)\\s+" + EN_ITEM + "\\s*[,.]?\\s*$");

    /** A blank between two list joints: after "A、" or "A, " and before "、B", ", B", " and B", 等. */
    private static final Pattern ZH_BESIDE_BEFORE = Pattern.compile("[、，,/／]\\s*$|(和|及|与|與|以及)\\s*$");
    private static final Pattern ZH_BESIDE_AFTER = Pattern.compile("^\\s*([、，,/／]|和|及|与|與|以及|等)");
    private static final Pattern EN_BESIDE_BEFORE = Pattern.compile(",\\s+(?:and\\s+|or\\s+)?$|\\b(?:and|or)\\s+$");
    private static final Pattern EN_BESIDE_AFTER = Pattern.compile("^\\s*(,|and\\b|or\\b|etc\\b)");
    private static final String NUMERAL = "[0-9０-９一二三四五六七八九十百千万萬两兩]";
    private static final Pattern ALTERNATIVE_BEFORE = Pattern.compile(NUMERAL + "\\S{0,3}\\s*(或者|或是|或|还是|還是|到|至|(?i:or|to))\\s*$");
    private static final Pattern ALTERNATIVE_AFTER = Pattern.compile("^\\s*(或者|或是|或|还是|還是|到|至|(?i:or|to))\\s*" + NUMERAL);

    @Override
    public String name() {
        return "list-member";
    }

    @Override
    public String reason() {
        return "the blank is one item of a list, or one of two values given as alternatives (50 or 60), so another would fit it as well";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.FACT) {
            return false;
        }
        boolean zh = d.language().chinese();
        if (d.fact() != null && d.fact().kind().numeric() && d.fact().kind() != FactKind.DATE
                && (ALTERNATIVE_BEFORE.matcher(d.before()).find() || ALTERNATIVE_AFTER.matcher(d.after()).find())) {
            return true; // one of two values offered as alternatives (50或60岁): the other would do as well
        }
        boolean listed = (zh ? ZH_BEFORE : EN_BEFORE).matcher(d.before()).find() || (zh ? ZH_AFTER : EN_AFTER).matcher(d.after()).find()
                || (zh ? ZH_BESIDE_BEFORE : EN_BESIDE_BEFORE).matcher(d.before()).find()
                        && (zh ? ZH_BESIDE_AFTER : EN_BESIDE_AFTER).matcher(d.after()).find();
        if (listed && d.fact() != null && d.fact().kind().numeric()) {
            return sameKindBeside(d.fact(), d.sentence()); // 做足37年、刚满65岁: a span and an age are no list of alternatives
        }
        return listed;
    }

    /** Whether another quantity of the fact's kind stands within a few characters of it (1975, 1977 and 1986). */
    private static boolean sameKindBeside(Fact fact, Sentence s) {
        for (Fact other : s.facts()) {
            if (other != fact && other.kind() == fact.kind() && other.passage() == fact.passage()
                    && Math.max(other.start() - fact.end(), fact.start() - other.end()) <= 15) {
                return true;
            }
        }
        return false;
    }
}
