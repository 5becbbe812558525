package cuecard.generate;

/** Stops an interview card whose back does not take up the question: they share no content word. */
record OffTopicReply() implements Gate {

    @Override
    public String name() {
        return "off-topic-reply";
    }

    @Override
    public String reason() {
        return "the reply's sentence shares fewer than two words with the question (one when it states a fact), so the back would not answer it";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.TURN) {
            return false;
        }
        if (TurnDrafts.direct(d.before(), d.answer())) {
            return false; // "What was your first project?" — "It's a care robot." answers without repeating the question
        }
        java.util.Set<String> asked = Words.of(d.before());
        long shared = Words.of(d.answer()).stream().filter(asked::contains).count();
        return shared < (d.sentence().facts().isEmpty() ? 2 : 1);
    }
}
