package cuecard.deck;

import java.util.Locale;
import java.util.Optional;

/** The question types a deck may hold, by their name in deck files. */
public enum CardType {
    BASIC, CLOZE, CHOICE, TYPED, TRUEFALSE;

    private final String yamlName = name().toLowerCase(Locale.ROOT);

    public String yamlName() {
        return yamlName;
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
