package cuecard.deckfile;

import cuecard.deck.DeckError;
import cuecard.deck.Tree;
import java.util.List;

/**
 * A YAML file composed into a located tree, or the errors that kept it from being read.
 *
 * @param tree   the document; null when {@code errors} is not empty
 * @param errors what is wrong, each with file, line and column
 */
public record YamlDocument(Tree tree, List<DeckError> errors) {

    public YamlDocument {
        errors = List.copyOf(errors);
    }

    static YamlDocument failed(DeckError error) {
        return new YamlDocument(null, List.of(error));
    }
}
