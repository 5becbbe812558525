package cuecard.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A card browser search, written the way Anki's browser takes it: words to find in the card's text (matched
 * across traditional and simplified Chinese, case and width), and filters.
 *
 * <pre>
 *   deck:history  tag:dates  is:new|learning|review|due|suspended|leech  type:cloze
 *   due&lt;=7 (due within 7 days)  lapses&gt;=3   anything else: text to find
 * </pre>
 *
 * @param words      text that must all occur in the card (normalised)
 * @param deck       deck id, or null
 * @param tag        tag, or null
 * @param state      state filter, or null
 * @param type       card type name as in deck files, or null
 * @param dueWithin  due within this many days from now (0 = due now), or null
 * @param minLapses  at least this many lapses, or null
 */
public record BrowserQuery(List<String> words, String deck, String tag, State state, String type,
                           Integer dueWithin, Integer minLapses) {

    /** The {@code is:} filters. */
    public enum State { NEW, LEARNING, REVIEW, DUE, SUSPENDED, LEECH }

    public BrowserQuery {
        words = List.copyOf(words);
    }

    public static BrowserQuery all() {
        return new BrowserQuery(List.of(), null, null, null, null, null, null);
    }

    /** Parses a search line; a filter with a bad value is an error message naming it. */
    public static Result parse(String line) {
        List<String> words = new ArrayList<>();
        String deck = null;
        String tag = null;
        State state = null;
        String type = null;
        Integer due = null;
        Integer lapses = null;
        for (String token : line.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.startsWith("deck:") && lower.length() > 5) {
                deck = token.substring(5);
            } else if (lower.startsWith("tag:") && lower.length() > 4) {
                tag = token.substring(4);
            } else if (lower.startsWith("type:") && lower.length() > 5) {
                type = lower.substring(5);
            } else if (lower.startsWith("is:")) {
                try {
                    state = State.valueOf(lower.substring(3).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return Result.error("`" + token + "`: use is:new, is:learning, is:review, is:due, is:suspended or is:leech");
                }
            } else if (lower.startsWith("due<=") || lower.startsWith("lapses>=")) {
                String number = lower.substring(lower.indexOf('=') + 1);
                Optional<Integer> n = count(number);
                if (n.isEmpty()) {
                    return Result.error("`" + token + "`: expected a whole number after " + lower.substring(0, lower.indexOf('=') + 1));
                }
                if (lower.startsWith("due")) {
                    due = n.get();
                } else {
                    lapses = n.get();
                }
            } else {
                words.add(token);
            }
        }
        return new Result(new BrowserQuery(words, deck, tag, state, type, due, lapses), null);
    }

    private static Optional<Integer> count(String s) {
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    /** A parsed query, or the reason it could not be parsed. */
    public record Result(BrowserQuery query, String error) {
        static Result error(String message) {
            return new Result(null, message);
        }
    }
}
