package cuecard.anki;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cuecard.deck.CardIds;
import cuecard.deckfile.DeckLoader;
import cuecard.deckfile.HtmlText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Anki note as a card of the deck format. Basic → basic; Basic (and reversed card), and Basic (optional reversed
 * card) when the note has its reverse card → basic with {@code reverse}; a type with a {@code {{type:...}}} template
 * → typed; a cloze type → cloze ({@code {{c1::answer::hint}}} as {@code {{answer::hint}}}, the extra field as the
 * note); any other type → basic from its first two fields. HTML becomes plain text; {@code [sound:...]} and
 * {@code <img>} references are taken out and listed, control characters dropped. The guid becomes the card id.
 */
public final class NoteMapping {

    /** The note types Anki ships; a note type of another name is mapped from its first two fields, with a warning. */
    static final Set<String> STOCK = Set.of("basic", "basic (and reversed card)", "basic (optional reversed card)",
            "basic (type in the answer)", "cloze");

    private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]]*)]");
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(style|script)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern DIV_OPEN = Pattern.compile("(?i)<div\\b[^>]*>");
    private static final Pattern DIV_CLOSE = Pattern.compile("(?i)</div\\s*>");
    /** Control characters cards may not hold (all but tab and line feed; carriage returns go too). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);

    private NoteMapping() {
    }

    /** What became of a note. */
    public sealed interface Outcome {
    }

    /**
     * A card: {@code card} in the deck format, {@code suffixes} the key suffix of each Anki card ordinal
     * ({@code ""}, {@code -r}, {@code -c2}), {@code media} the references taken out.
     */
    public record Mapped(ObjectNode card, String id, Map<Integer, String> suffixes, List<String> media,
                         List<String> unusedFields) implements Outcome {
    }

    /** Left out, and why. */
    public record Skipped(String reason, List<String> media) implements Outcome {
    }

    /** How a note type maps: {@code kind} basic, reversible, typed or cloze; {@code stock} when Anki ships it. */
    record Kind(String kind, boolean stock) {
    }

    static Kind kind(NoteType t) {
        String name = t.name().toLowerCase(Locale.ROOT).replaceFirst("-[a-z0-9]{5}$", "").replaceFirst("\\+$", "").strip();
        boolean stock = STOCK.contains(name);
        if (t.cloze()) {
            return new Kind("cloze", stock);
        }
        if (t.templates().stream().anyMatch(q -> q.contains("{{type:"))) {
            return new Kind("typed", stock);
        }
        return new Kind(t.templates().size() >= 2 ? "reversible" : "basic", stock);
    }

    /** The card id a guid gives: the card id part of a cuecard card key, the guid itself when it is a slug, else hex. */
    public static String cardId(String guid) {
        int slash = guid.indexOf('/');
        if (slash > 0 && CardIds.VALID.matcher(guid.substring(slash + 1)).matches()) {
            return guid.substring(slash + 1);
        }
        if (CardIds.VALID.matcher(guid).matches()) {
            return guid;
        }
        String hex = HexFormat.of().formatHex(guid.getBytes(StandardCharsets.UTF_8));
        return "g-" + (hex.length() > 78 ? hex.substring(0, 78) : hex);
    }

    /**
     * Maps one note.
     *
     * @param ords the template ordinals of the note's cards in the collection
     */
    static Outcome map(NoteType type, Kind kind, String guid, List<String> rawFields, String tags, Set<Integer> ords) {
        List<String> media = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String f : rawFields) {
            fields.add(text(f, media));
        }
        for (String f : fields) {
            if (f.getBytes(StandardCharsets.UTF_8).length > DeckLoader.MAX_VALUE_BYTES) {
                return new Skipped("a field of more than " + DeckLoader.MAX_VALUE_BYTES / 1024
                        + " KiB of text, the most a card's value may hold", media);
            }
        }
        String first = fields.isEmpty() ? "" : fields.get(0);
        String second = fields.size() > 1 ? fields.get(1) : "";
        if (first.isBlank()) {
            return new Skipped(media.isEmpty() ? "its first field is empty" : "nothing but media in its first field",
                    media);
        }
        ObjectNode card = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Map<Integer, String> suffixes = new LinkedHashMap<>();
        String id = cardId(guid);
        int used = 2;
        switch (kind.kind()) {
            case "cloze" -> {
                List<Integer> numbers = new ArrayList<>();
                Matcher m = CLOZE.matcher(first);
                StringBuilder text = new StringBuilder();
                while (m.find()) {
                    numbers.add(Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1)));
                    String hint = m.group(3);
                    m.appendReplacement(text, Matcher.quoteReplacement("{{" + m.group(2)
                            + (hint == null || hint.isBlank() ? "" : "::" + hint) + "}}"));
                }
                m.appendTail(text);
                if (numbers.isEmpty()) {
                    return new Skipped("a cloze note without a deletion ({{c1::...}})", media);
                }
                card.put("type", "cloze");
                card.put("text", text.toString());
                if (!second.isBlank()) {
                    card.put("note", second);
                }
                for (int ord : ords) {
                    int at = numbers.indexOf(ord + 1);
                    if (at >= 0) {
                        suffixes.put(ord, "-c" + (at + 1));
                    }
                }
            }
            case "typed" -> {
                if (second.isBlank()) {
                    return new Skipped("its second field (the answer) is empty", media);
                }
                card.put("type", "typed");
                card.put("question", first);
                card.put("answer", second);
                suffixes.put(0, "");
            }
            default -> {
                if (second.isBlank()) {
                    return new Skipped(media.isEmpty() ? "its second field (the back) is empty"
                            : "nothing but media in its second field (the back)", media);
                }
                card.put("type", "basic");
                card.put("front", first);
                card.put("back", second);
                suffixes.put(0, "");
                if (kind.kind().equals("reversible") && ords.contains(1)) {
                    card.put("reverse", true);
                    suffixes.put(1, "-r");
                }
                if (type.name().toLowerCase(Locale.ROOT).contains("optional")) {
                    used = 3; // the third field is the "Add Reverse" flag, shown by the reverse card's presence
                }
            }
        }
        card.put("id", id);
        List<String> tagList = tags == null ? List.of() : List.of(tags.strip().split("\\s+"));
        if (!tagList.isEmpty() && !tagList.get(0).isEmpty()) {
            ArrayNode a = card.putArray("tags");
            tagList.forEach(a::add);
        }
        List<String> unused = new ArrayList<>();
        for (int i = used; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                unused.add(i < type.fields().size() ? type.fields().get(i) : "field " + (i + 1));
            }
        }
        return new Mapped(card, id, suffixes, media, unused);
    }

    /** A field's plain text: media references taken out (and added to {@code media}), HTML to text, trimmed. */
    static String text(String html, List<String> media) {
        String s = HIDDEN.matcher(html).replaceAll("");
        Matcher m = SOUND.matcher(s);
        while (m.find()) {
            media.add("[sound:" + m.group(1) + "]");
        }
        s = m.replaceAll("");
        m = IMG.matcher(s);
        while (m.find()) {
            String src = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            media.add(src.startsWith("data:") ? "<img> (an image inside the note)" : "<img src=\"" + src + "\">");
        }
        s = m.replaceAll("");
        s = DIV_CLOSE.matcher(DIV_OPEN.matcher(s).replaceAll("<br>")).replaceAll("");
        return CONTROL.matcher(HtmlText.strip(s).replace('\u00a0', ' ')).replaceAll("").strip();
    }
}
