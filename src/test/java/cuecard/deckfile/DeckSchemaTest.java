package cuecard.deckfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import cuecard.deck.DeckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/deck.schema.json describes what the loader accepts: every bundled deck and good fixture passes both, the
 * broken fixtures a schema can see fail both, and small variations get the same verdict from each.
 */
class DeckSchemaTest {

    private static final Path SCHEMA = Path.of("docs/deck.schema.json");
    private static final JsonSchema schema = loadSchema();
    private static final YAMLMapper yaml = new YAMLMapper();

    private static JsonSchema loadSchema() {
        try {
            JsonNode node = new ObjectMapper().readTree(SCHEMA.toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> goodDecks() throws IOException {
        return Stream.concat(Library.deckFiles(Path.of("decks")).stream(),
                Library.deckFiles(Path.of("src/test/resources/good-decks")).stream());
    }

    private static Set<ValidationMessage> validate(String text) throws IOException {
        return schema.validate(yaml.readTree(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodDecks")
    void goodDecksPassTheSchemaAndTheLoader(Path file) throws IOException {
        assertThat(validate(Files.readString(file))).as("schema messages for %s", file).isEmpty();
        assertThat(DeckLoader.load(file)).as("loader on %s", file).isInstanceOf(DeckResult.Ok.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodDecks")
    void theJsonExportIsADeckTooAndPassesTheSchema(Path file) {
        cuecard.deck.Deck deck = ((DeckResult.Ok) DeckLoader.load(file)).deck();
        com.fasterxml.jackson.databind.node.ObjectNode json = DeckJson.deck(deck);
        assertThat(schema.validate(json)).as("schema messages for the JSON of %s", file).isEmpty();
        DeckResult again = DeckLoader.parse(DeckJson.pretty(json), file + ".json");
        assertThat(again).isInstanceOf(DeckResult.Ok.class);
        assertThat(((DeckResult.Ok) again).deck().cards()).extracting(c -> c.key())
                .containsExactlyElementsOf(deck.cards().stream().map(c -> c.key()).toList());
    }

    @Test
    void thereAreBundledDecksToCheck() throws IOException {
        assertThat(Library.deckFiles(Path.of("decks"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodDecks")
    void bundledDecksPointEditorsAtTheSchema(Path file) throws IOException {
        if (file.startsWith("decks")) {
            assertThat(Files.readAllLines(file).get(0)).isEqualTo("# yaml-language-server: $schema=../docs/deck.schema.json");
        }
    }

    /** The broken fixtures whose fault is visible to a schema; the others (syntax, aliases, ids) only the loader sees. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad-cloze.yaml", "missing-fields.yaml", "not-a-mapping.yaml", "unknown-field.yaml",
        "unknown-type.yaml", "wrong-types.yaml"})
    void badFixturesFailTheSchemaAndTheLoader(String name) throws IOException {
        Path file = Path.of("src/test/resources/bad-decks", name);
        assertThat(validate(Files.readString(file))).isNotEmpty();
        assertThat(DeckLoader.load(file)).isInstanceOf(DeckResult.Failed.class);
    }

    /** One card, varied: the schema and the loader must agree on each. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            type: basic, front: Q, back: A                              | true
            type: basic, front: Q, back: A, reverse: on                 | true
            type: basic, front: Q, back: A, reverse: maybe              | false
            type: basic, front: Q                                       | false
            type: basic, front: '  ', back: A                           | false
            type: basic, front: [Q], back: A                            | false
            type: basic, front: Q, back: A, id: has space               | false
            type: basic, front: Q, back: A, id: ok-id_1.2               | true
            type: basic, front: Q, back: A, text: stray                 | false
            type: basic, front: Q, back: A, source: {ref: s}            | true
            type: basic, front: Q, back: A, source: {line: 2}           | false
            type: basic, front: Q, back: A, source: {ref: s, line: x}   | false
            type: basic, front: Q, back: A, source: {ref: s, page: 2}   | false
            type: basic, front: Q, back: A, tags: [a, b]                | true
            type: basic, front: Q, back: A, tags: [a, {b: c}]           | false
            type: cloze, text: 'The {{sun}} rises'                      | true
            type: cloze, text: 'The {{sun::star}} rises'                | true
            type: cloze, text: 'The {{ }} rises'                        | false
            type: cloze, text: The sun rises                            | false
            type: choice, question: Q, answer: A, distractors: [B, C]  | true
            type: choice, question: Q, answer: A                        | false
            type: choice, question: Q, answer: A, distractors: [B, B]  | false
            type: choice, question: Q, answer: A, distractors: []      | false
            type: typed, question: Q, answer: A, accept: [a]            | true
            type: typed, question: Q, answer: A, distractors: [a]       | false
            type: truefalse, statement: S, answer: true                 | true
            type: truefalse, statement: S, answer: no                   | true
            type: truefalse, statement: S                               | false
            type: truefalse, statement: S, answer: perhaps              | false
            type: flashcard, front: Q, back: A                          | false
            front: Q, back: A                                           | false
            """)
    void schemaAndLoaderAgreeOnOneCard(String card, boolean valid) throws IOException {
        String text = "deck: d\nsources: [{id: s}]\ncards:\n  - {" + card + "}\n";
        assertThat(validate(text).isEmpty()).as("schema on %s: %s", card, validate(text)).isEqualTo(valid);
        assertThat(DeckLoader.parse(text, "t.yaml") instanceof DeckResult.Ok).as("loader on %s", card).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            deck: d, cards: []                                  | true
            deck: d                                             | false
            cards: []                                           | false
            deck: not a slug, cards: []                         | false
            deck: d, language: zh-Hant, cards: []               | true
            deck: d, language: chinese!, cards: []              | false
            deck: d, sources: [{title: no id}], cards: []       | false
            deck: d, sources: [{id: a, year: 1}], cards: []     | false
            deck: d, title: T, description: D, tags: t, cards: [] | true
            deck: d, colour: red, cards: []                     | false
            """)
    void schemaAndLoaderAgreeOnTheDeckFields(String fields, boolean valid) throws IOException {
        String text = "{" + fields + "}\n";
        assertThat(validate(text).isEmpty()).as("schema on %s: %s", fields, validate(text)).isEqualTo(valid);
        assertThat(DeckLoader.parse(text, "t.yaml") instanceof DeckResult.Ok).as("loader on %s", fields).isEqualTo(valid);
    }

    @Test
    void schemaNamesEveryCardTypeTheLoaderKnows() throws IOException {
        JsonNode types = new ObjectMapper().readTree(SCHEMA.toFile()).at("/definitions/card/properties/type/enum");
        List<String> names = Stream.of(cuecard.deck.CardType.values()).map(cuecard.deck.CardType::yamlName).toList();
        assertThat(types).extracting(JsonNode::asText).containsExactlyElementsOf(names);
    }
}
