package cuecard.generate;

/** Stops an interview card whose back does not take up the question: they share no content word. */
record OffTopicReply() implements Gate {

    @Override
    public String name() {
        return "off-topic-reply";
    }

    @Override
    public String reason() {
        return "no sentence of the reply shares a word with the question, so the back would not answer it";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.TURN) {
            return false;
        }
        java.util.Set<String> asked = Words.of(d.before());
        return Words.of(d.answer()).stream().noneMatch(asked::contains);
    }
}
