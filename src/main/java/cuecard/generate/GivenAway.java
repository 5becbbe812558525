package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a card whose prompt shows its answer: the answer written again elsewhere in the prompt (digits or words
 * folded alike), or beside its blank in the other script (法兰克福 Frankfurt).
 */
record GivenAway() implements Gate {

    private static final Pattern GLOSS_AFTER = Pattern.compile("^\\s*[（(]?\\s*[A-Za-z]{3,}");
    private static final Pattern GLOSS_BEFORE = Pattern.compile("[A-Za-z]{3,}\\s*[（(]?\\s*$");
    private static final Pattern DEFINED_AFTER = Pattern.compile("^\\s*[，,（(]\\s*(一个|一個|一家|一款|一种|一種|一位|一名|即|也就是|(?i:a|an|the|which is|i\\.e\\.)\\s)");
    private static final Pattern VERSIONED = Pattern.compile("([A-Za-z][A-Za-z-]{1,}[- ]?)\\d[\\w.]*");
    private static final Pattern HAN_AFTER = Pattern.compile("^\\s*[（(]\\p{IsHan}");

    @Override
    public String name() {
        return "given-away";
    }

    @Override
    public String reason() {
        return "the prompt shows the answer: written again, translated or defined beside the blank, or hinted by a sibling version";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        String answer = fold(d.answer());
        if (answer.length() >= 2 && fold(d.context()).contains(answer)) {
            return true;
        }
        if (d.kind() != Draft.Kind.FACT) {
            return false;
        }
        // an apposition right after the blank that says what it is (Stripe，一家让在线支付更简单的公司; Stripe, a payments company)
        if ((d.fact().kind().named() || d.fact().kind() == FactKind.TITLE)
                && DEFINED_AFTER.matcher(d.after()).find()) {
            return true;
        }
        // a versioned name hinted by its sibling in the prompt (GPT-3.5 beside GPT-4)
        java.util.regex.Matcher stem = VERSIONED.matcher(d.answer());
        if (stem.matches() && d.context().contains(stem.group(1))) {
            return true;
        }
        // a name in brackets right after what it abbreviates or translates (安全咨询小组（____）, the Safety Group (____))
        if (d.before().matches("(?s).*[\\p{L}]\\s*[（(]\\s*$") && d.after().matches("(?s)^\\s*[）)].*")) {
            return true;
        }
        boolean hanAnswer = d.answer().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        boolean latinAnswer = d.answer().matches(".*[A-Za-z]{2,}.*");
        if (hanAnswer && !latinAnswer) {
            return GLOSS_AFTER.matcher(d.after()).find() || GLOSS_BEFORE.matcher(d.before()).find() && d.before().strip().endsWith("(");
        }
        return latinAnswer && !hanAnswer && HAN_AFTER.matcher(d.after()).find();
    }

    static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }
}
