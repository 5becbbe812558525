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

    private CardIds() {
    }

    /** A name as a deck id: lower case, runs of other characters as one dash, at most 80 long; {@code imported} if empty. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "imported" : s;
    }

    /** Normalises prompt text: NFKC, lower case, runs of white space folded to one, trimmed. */
    public static String normalise(String text) {
        String n = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC); // NFKC keeps ASCII as is
        return foldSpace(n.toLowerCase(Locale.ROOT)).trim();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Each run of the white space {@code \\s} matches (space, tab, line feed, vertical tab, form feed, return) as one space. */
    private static String foldSpace(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < s.length() && isSpace(s.charAt(end))) {
                end++;
            }
            if (b == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a single plain space stays as it is
                }
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            b.append(' ');
            i = end - 1;
        }
        return b == null ? s : b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code basic-1a2b3c4d5e} from the type and the normalised identity text. */
    public static String derive(CardType type, String identityText) {
        MessageDigest sha = SHA256.get(); // one per thread, reused: a new one each time cost more than the hashing
        sha.update((type.yamlName() + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] digest = sha.digest(normalise(identityText).getBytes(StandardCharsets.UTF_8)); // digest() resets it
        return type.yamlName() + "-" + HexFormat.of().formatHex(digest, 0, 5);
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(CardIds::sha256);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
