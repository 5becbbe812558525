package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops a card whose sentence gives an example, a supposition or a guess: not a fact of the text. An example that
 * says when it happened (比如1989年的地磁暴, for example the 2003 blackout) is history, not a supposition.
 */
record Hypothetical() implements Gate {

    private static final Pattern EN = Pattern.compile("(?i)\\b(if|suppose|supposing|imagine|for example|for instance|let's say|"
            + "let’s say|felt like|feels like|feel like|as if|as though|say,|say (?=the|a|an|it|we|you|they)\\b|hypothetically|maybe|perhaps|might|probably|guess|pretend)\\b");
    private static final Pattern ZH = Pattern.compile("感觉像|感覺像|好像|像是|仿佛|彷彿|似乎|就像|假设|假設|假如|如果|要是|比如|例如|譬如|比方|也许|也許|或许|或許|可能|大概|估计|估計|猜|假定|设想|設想|好比");

    @Override
    public String name() {
        return "hypothetical";
    }

    @Override
    public String reason() {
        return "an example, supposition, guess or figure of speech (if, say, maybe, felt like, 比如, 假设, 可能, 感觉像) stated as if it were fact";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() != Draft.Kind.FACT) {
            return false;
        }
        String text = d.before() + " " + d.answer() + " " + d.after();
        if (EXAMPLE.matcher(d.sentence().text()).find() && !dated(d.sentence())) {
            return true; // an example the card may have taken its 比如 off: still a supposition unless it is dated history
        }
        text = EXAMPLE.matcher(text).replaceAll(" "); // 比如1989年的地磁暴…: an example from history is a fact
        return (d.language().chinese() ? ZH : EN).matcher(text).find();
    }

    /** Words that bring in an example, which is a fact when it names when it happened. */
    private static final Pattern EXAMPLE = Pattern.compile("(?i)比如|例如|譬如|比方说|比方說|\\bfor (example|instance)\\b,?");

    private static boolean dated(Sentence s) {
        return s.facts().stream().anyMatch(f -> (f.kind() == FactKind.YEAR || f.kind() == FactKind.DATE) && f.surface().matches(".*\\d{4}.*"));
    }
}
