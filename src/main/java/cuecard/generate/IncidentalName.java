package cuecard.generate;

/**
 * Stops a name the document mentions once, in a sentence it barely leans on (salience below 0.3): a device, a
 * country, a company named in passing is an incidental detail, not what a reader should keep.
 */
record IncidentalName() implements Gate {

    static final double SALIENCE = 0.3;
    /** A person named once is a detail in passing unless the sentence carries the text (a critic cited, a colleague thanked). */
    static final double PERSON_SALIENCE = 0.5;

    @Override
    public String name() {
        return "incidental-name";
    }

    @Override
    public String reason() {
        return "a name mentioned once, in a sentence the document barely leans on: a detail in passing";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        return d.kind() == Draft.Kind.FACT && d.fact().kind().named() && c.mentions(d.fact().key()) < 2
                && d.salience() < (d.fact().kind() == FactKind.PERSON ? PERSON_SALIENCE : SALIENCE);
    }
}
