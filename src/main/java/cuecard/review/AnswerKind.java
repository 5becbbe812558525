package cuecard.review;

import cuecard.deck.CardType;

/** How an answer was given: rated by the learner after revealing, or checked by the program. */
public enum AnswerKind {
    /** basic and cloze cards: the learner reveals and rates themselves */
    SELF,
    /** choice cards: an option was picked */
    CHOICE,
    /** typed cards: text was typed and compared */
    TYPED,
    /** true/false cards */
    TRUE_FALSE;

    /** How cards of a type are answered; a new card type does not compile until it is given its kind here. */
    public static AnswerKind of(CardType type) {
        return switch (type) {
            case BASIC, CLOZE -> SELF;
            case CHOICE -> CHOICE;
            case TYPED -> TYPED;
            case TRUEFALSE -> TRUE_FALSE;
        };
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
