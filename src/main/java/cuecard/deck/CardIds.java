package cuecard.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a note gets its id when the author gave none: the type and a hash of the normalised prompt, so that
 * editing an answer, re-indenting or reordering keeps a card's progress while editing the prompt does not.
 */
public final class CardIds {

    /** What an explicit id may look like: a slug without slashes. */
    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CardIds() {
    }

    /** Normalises prompt text: NFKC, lower case, runs of white space folded to one, trimmed. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(n).replaceAll(" ").trim();
    }

    /** {@code basic-1a2b3c4d5e} from the type and the normalised identity text. */
    public static String derive(CardType type, String identityText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((type.yamlName() + "\n" + normalise(identityText)).getBytes(StandardCharsets.UTF_8));
            return type.yamlName() + "-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The id of a note: the explicit one when given, else the derived one. */
    public static String of(Note note) {
        String explicit = note.info().id();
        return explicit != null ? explicit : derive(note.type(), note.identityText());
    }
}
