package cuecard.generate;

/** The kinds of fact the generator asks about, with how much a card about one is worth by default. */
public enum FactKind {
    DATE(10), MONEY(10), PERCENT(9), COUNT(8), DURATION(7), YEAR(7), TIME(5), TITLE(7), TERM(7), PERSON(6), NAME(5), PLACE(4);

    private final int weight;

    FactKind(int weight) {
        this.weight = weight;
    }

    int weight() {
        return weight;
    }

    /** Whether the fact names someone or something: a person, another name, a place. */
    boolean named() {
        return this == NAME || this == PERSON || this == PLACE;
    }

    /** Whether the fact is a quantity whose value can be varied for wrong options. */
    boolean numeric() {
        return this == DATE || this == MONEY || this == PERCENT || this == COUNT || this == DURATION || this == YEAR
                || this == TIME;
    }
}
