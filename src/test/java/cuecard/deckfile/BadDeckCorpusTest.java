package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every hostile or broken deck in src/test/resources/bad-decks fails with a located, readable error. */
class BadDeckCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-decks");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.yaml       | 4 | 12 | YAML syntax: the quote " opened here is never closed
            wrong-types.yaml     | 4 | 12 | `front` in card 1 (basic) must be text, not a list
            wrong-types.yaml     | 8 | 13 | must be true or false, not `maybe`
            missing-fields.yaml  | 3 | 5  | card 1 (basic) needs `back`
            missing-fields.yaml  | 5 | 5  | needs `distractors:`
            duplicate-ids.yaml   | 7 | 5  | card id `same` is already used at line 3
            unknown-type.yaml    | 3 | 11 | unknown card type `clozee`
            java-tag.yaml        | 4 | 12 | is not allowed in cuecard files
            alias-bomb.yaml      | 8 | 23 | aliases
            invalid-utf8.yaml    | 4 | 15 | not valid UTF-8
            empty.yaml           | 1 | 1  | the file is empty
            unknown-field.yaml   | 4 | 5  | unknown field `frnt`
            bad-cloze.yaml       | 4 | 11 | has no deletion
            unbalanced-cloze.yaml | 4 | 11 | unbalanced braces
            unbalanced-cloze.yaml | 6 | 11 | unbalanced braces
            unbalanced-cloze.yaml | 10 | 11 | unbalanced braces
            empty-distractors.yaml | 6 | 18 | no wrong options
            not-a-mapping.yaml   | 1 | 1  | a deck file must be a mapping
            unknown-source.yaml  | 8 | 19 | cites source `intervew`
            """)
    void brokenDeckReportsItsPlace(String file, int line, int column, String message) {
        DeckResult result = DeckLoader.load(CORPUS.resolve(file));
        assertThat(result).isInstanceOf(DeckResult.Failed.class);
        assertThat(result.problems())
                .as("problems of %s", file)
                .anySatisfy(e -> {
                    assertThat(e.isError()).isTrue();
                    assertThat(e.location().file()).endsWith(file);
                    assertThat(e.location().line()).isEqualTo(line);
                    assertThat(e.location().column()).isEqualTo(column);
                    assertThat(e.message()).contains(message);
                });
    }

    @Test
    void aSingleBraceOutsideADeletionIsFine() {
        assertThat(DeckLoader.load(CORPUS.resolve("unbalanced-cloze.yaml")).problems()).noneSatisfy(
                e -> assertThat(e.location().line()).isEqualTo(8));
        assertThat(DeckLoader.load(CORPUS.resolve("unbalanced-cloze.yaml")).problems()).hasSize(3);
    }

    @Test
    void hintsTheFieldMeantByATypo() {
        List<DeckError> problems = DeckLoader.load(CORPUS.resolve("unknown-field.yaml")).problems();
        assertThat(problems).anySatisfy(e -> assertThat(e.hint()).isEqualTo("did you mean `front`?"));
    }

    @Test
    void reportsAllErrorsOfAFileInOnePass() {
        assertThat(DeckLoader.load(CORPUS.resolve("wrong-types.yaml")).problems()).hasSize(2);
    }

    @Test
    void javaTagIsNeverInstantiated() {
        // Had the tag been constructed, the class loader would have been created; the composer never does.
        DeckResult r = DeckLoader.load(CORPUS.resolve("java-tag.yaml"));
        assertThat(r.problems()).extracting(DeckError::message).allMatch(m -> m.contains("tag"));
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeReading() throws IOException {
        Path big = tmp.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        DeckResult r = DeckLoader.load(big);
        assertThat(r.problems()).singleElement().satisfies(e -> assertThat(e.message()).contains("50 MiB"));
    }

    @Test
    void directoryIsNotADeck() {
        DeckResult r = DeckLoader.load(tmp);
        assertThat(r.problems()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("is a directory"));
    }

    @Test
    void missingFileIsReported() {
        assertThat(DeckLoader.load(tmp.resolve("nope.yaml")).problems()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("no such file"));
    }

    @Test
    void recursiveAliasIsAnError() throws IOException {
        Path f = tmp.resolve("rec.yaml");
        Files.writeString(f, "deck: r\ncards: &x\n  - *x\n");
        assertThat(DeckLoader.load(f)).isInstanceOf(DeckResult.Failed.class);
    }
}
