package cuecard.deck;

import java.util.Locale;
import java.util.Optional;

/** The question types a deck may hold, by their name in deck files. */
public enum CardType {
    BASIC, CLOZE, CHOICE, TYPED, TRUEFALSE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CardType> fromYaml(String name) {
        for (CardType t : values()) {
            if (t.yamlName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
