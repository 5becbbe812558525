package cuecard.generate;

/**
 * Stops a name the document is about: one it mentions in a large share of its sentences (the product a talk
 * presents, the city a profile lives in) is the least informative word to blank.
 */
record ObviousAnswer() implements Gate {

    /** A name in more than this share of the document's sentences is its topic. */
    static final double SHARE = 0.05;
    static final int AT_LEAST = 4;

    @Override
    public String name() {
        return "obvious-answer";
    }

    @Override
    public String reason() {
        return "the answer is the name the whole document is about, the least informative word to blank";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.FACT || !d.fact().kind().named() && d.fact().kind() != FactKind.TITLE) {
            return false;
        }
        int mentions = c.mentions(d.fact().key());
        return mentions >= AT_LEAST && mentions > SHARE * c.analysis().sentences().size();
    }
}
