package cuecard.generate;

/**
 * Stops a name the document mentions once, in a sentence it barely leans on (salience below 0.3): a device, a
 * country, a company named in passing is an incidental detail, not what a reader should keep.
 */
record IncidentalName() implements Gate {

    static final double SALIENCE = 0.3;

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
                && d.salience() < SALIENCE;
    }
}
