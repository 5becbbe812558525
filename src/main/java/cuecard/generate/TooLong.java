package cuecard.generate;

/** Stops a card whose prompt or answer is longer than a learner can take in at once. */
record TooLong() implements Gate {

    @Override
    public String name() {
        return "too-long";
    }

    @Override
    public String reason() {
        return "the prompt or the answer is longer than a card allows (about 70 Chinese characters or 40 English words)";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        Language l = d.language();
        return switch (d.kind()) {
            case FACT -> !Gates.shortEnough(d.lead() + d.before() + d.answer() + d.after(), l, 1.0) || !Gates.shortEnough(d.answer(), l, 0.25);
            case TURN -> !Gates.shortEnough(d.before(), l, 0.67) || !Gates.shortEnough(d.answer(), l, 0.6);
            case ROLE -> !Gates.shortEnough(d.answer(), l, 0.4);
        };
    }
}
