package cuecard.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops a card that leans on something it does not name: a he, she, it or they (他, 她, 它) with no name before it
 * in the sentence, a sentence opening with this or that (这, 那, 其), or "this project" (这个基准) anywhere.
 */
record DanglingReference() implements Gate {

    private static final Pattern EN_PRONOUN = Pattern.compile("(?i)\\b(he|she|him|his|her|hers|they|them|their|theirs|it|its|himself|herself|themselves)\\b");
    private static final Pattern EN_POINTING = Pattern.compile("(?i)^[\\s\\p{P}]*(this|that|these|those|it|there|here|and|but|so|or|then|also|still|yet|instead|before that|after that|by then|\\w+ (?:years?|months?|weeks?|days?) later|later|afterwards)\\b|\\bthere\\b(?!'s| is| are| was| were| has| have| had| will| would)|\\b(here|there|then|at that time|at the time)[.!?]?$|\\b(like that|this way|that way|at that point|at the time|also)\\b|\\b(this|these|those|that)\\s+(?!is\\b|was\\b|are\\b|were\\b|I\\b|we\\b|you\\b|he\\b|she\\b|they\\b|it\\b|the\\b|a\\b|an\\b)[a-z]+");
    private static final Pattern ZH_PRONOUN = Pattern.compile("(?<!其)(他们|他們|她们|她們|它们|它們|他|她|它)(?![人国國乡鄉])");
    private static final Pattern ZH_POINTING = Pattern.compile("^[\\s\\p{P}]*是(?!不是|否)|^[\\s\\p{P}]*(而|但|但是|不过|不過|可是|所以|因此|于是|於是|并且|並且|而且|同时|同時|也|还|還|就|才|这时|這時|那时|那時|当时|當時|此后|此後|之后|之後|后来|後來)(?![且是])|^[\\s\\p{P}]*[^，,。]{1,6}(后|後|以后|以後|之后|之後|以前|之前)[，,]|^[\\s\\p{P}]*(这|這|那|此|该|該|其)(?![么麼样樣里裡儿兒时時实實他中])|(这|這|那)(个|個|些|位|家|种|種|项|項|次|件|款|本|部|篇|场|場|所|年)|其中|上述|前者|后者|後者|为此|為此|这样|這樣|那样|那樣|当时|當時|那时|那時|此时|此時|这一|這一|该项|該項");

    private static final Pattern YOU = Pattern.compile("你|您|(?i:\\byou(r|rs)?\\b)");

    @Override
    public String name() {
        return "dangling-reference";
    }

    @Override
    public String reason() {
        return "a he/she/it/they or this/that (他/她/它/这个) that the card does not name";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        if (d.kind() == Draft.Kind.TURN && d.lead().isEmpty() && YOU.matcher(d.before()).find()) {
            return true; // a question to "you" that does not say who was asked
        }
        if (d.kind() == Draft.Kind.FACT && d.sentence().role() == Role.QUESTION && YOU.matcher(d.before() + d.after()).find()) {
            return true; // the interviewer's "you" in a statement: the card does not say who
        }
        if (d.kind() == Draft.Kind.ROLE) {
            return false; // a role question names its person, and the document by its title
        }
        boolean zh = d.language().chinese();
        String shown = d.kind() == Draft.Kind.FACT ? d.before() + d.answer() + d.after() : d.before();
        Pattern pointing = zh ? ZH_POINTING : EN_POINTING;
        if (pointing.matcher(shown).find()) {
            return true;
        }
        Matcher m = (zh ? ZH_PRONOUN : EN_PRONOUN).matcher(shown);
        if (!m.find()) {
            return false;
        }
        // a name before the pronoun, in the same sentence, is what it stands for
        String head = shown.substring(0, m.start());
        return !namesSomeone(head, d, THING.matcher(m.group()).matches());
    }

    /** Whether a clause leans on what the card would not show: a pointer (这个, 当时, that place) or a pronoun. */
    static boolean leans(String clause, boolean zh) {
        return zh ? ZH_POINTING.matcher(clause).find() || ZH_PRONOUN.matcher(clause).find()
                : EN_PRONOUN.matcher(clause).find() || EN_POINTS_AHEAD.matcher(clause).find();
    }

    /** A clause that opens by pointing back (that was…, there we…, then she…) or names "this place" or "that time". */
    private static final Pattern EN_POINTS_AHEAD = Pattern.compile("(?i)^[\\s\\p{P}]*(?:(?:and|but|so)\\s+)?(this|that|these|those|there|then)\\b"
            + "|\\b(this|that|these|those)\\s+(place|time|year|project|one|thing|way|day|point|company|team)\\b");

    /** Pronouns for a thing, which a person's name before them does not explain (Ilya和Greg负责管理它). */
    private static final Pattern THING = Pattern.compile("(?i)它|它们|它們|it|its");

    private static boolean namesSomeone(String head, Draft d, boolean thing) {
        for (Fact f : d.sentence().facts()) {
            boolean fits = thing ? f.kind() == FactKind.NAME || f.kind() == FactKind.TITLE || f.kind() == FactKind.PLACE : f.kind().named();
            if (fits && head.contains(f.surface())) { // the answer itself may be what a later "she" stands for
                return true;
            }
        }
        return false;
    }
}
