package cuecard.generate;

/** Stops a card whose prompt says too little beside its blank to be answerable. */
record TooLittleContext() implements Gate {

    @Override
    public String name() {
        return "too-little-context";
    }

    @Override
    public String reason() {
        return "the prompt says too little beside the blank to point at one answer";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.FACT) {
            return false;
        }
        int words = Words.of(d.before() + " " + d.after()).size();
        return words < (d.language().chinese() ? 4 : 3);
    }
}
