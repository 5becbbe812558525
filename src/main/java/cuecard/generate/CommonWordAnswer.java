package cuecard.generate;

/**
 * Stops an English name that is really a common word: one the document also writes in lower case, a function
 * word, or a single capitalised word at the start of a sentence that is never capitalised inside one (Obviously,
 * Alright, Thankfully).
 */
record CommonWordAnswer() implements Gate {

    /** A nationality or language word (Japanese, American) describes; it is not the name a sentence is about. */
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile(
            "[A-Z][a-z]+(ese|ian|ean|ish|ch|an|i)|English|French|Dutch|Greek|Thai|Swiss|Irish");

    @Override
    public String name() {
        return "common-word";
    }

    @Override
    public String reason() {
        return "a capitalised common word, filler or sentence adverb read as a name";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.fact() == null || !d.fact().kind().named() || d.language().chinese()) {
            return false;
        }
        String[] words = d.answer().split("[\\s·]+");
        boolean allCommon = true;
        for (String w : words) {
            String bare = w.replaceAll("[^A-Za-z'’-]", "");
            if (bare.isEmpty()) {
                continue;
            }
            boolean common = Words.STOP_EN.contains(bare.toLowerCase(java.util.Locale.ROOT)) || c.seenLowerCase(bare);
            allCommon &= common;
        }
        if (allCommon || words.length == 1 && DEMONYM.matcher(words[0]).matches()) {
            return true;
        }
        boolean opensSentence = d.before().strip().isEmpty() || d.before().strip().matches(".*[“\"]$");
        return words.length == 1 && opensSentence && !c.capitalisedInsideSentences(words[0]);
    }
}
