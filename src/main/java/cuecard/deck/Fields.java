package cuecard.deck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the entries of one mapping, collecting errors instead of throwing: unknown keys (with a hint),
 * duplicate keys, missing and mistyped values.
 */
final class Fields {

    private final Tree.MapNode map;
    private final String what;
    private final List<DeckError> errors;
    private final Map<String, Tree.Entry> byName = new LinkedHashMap<>();

    Fields(Tree.MapNode map, String what, Set<String> known, List<DeckError> errors) {
        this.map = map;
        this.what = what;
        this.errors = errors;
        for (Tree.Entry e : map.entries()) {
            String name = e.key().text();
            if (byName.containsKey(name)) {
                errors.add(DeckError.error(e.key().at(), "`" + name + "` appears twice in " + what,
                        "the first is at line " + byName.get(name).key().at().line()));
            } else if (!known.contains(name)) {
                errors.add(DeckError.error(e.key().at(), "unknown field `" + name + "` in " + what,
                        Hint.didYouMean(name, known)));
                byName.put(name, e);
            } else {
                byName.put(name, e);
            }
        }
    }

    Location at() {
        return map.at();
    }

    boolean has(String name) {
        Tree.Entry e = byName.get(name);
        return e != null && !(e.value() instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.NULL);
    }

    Location at(String name) {
        Tree.Entry e = byName.get(name);
        return e == null ? map.at() : e.value().at();
    }

    Tree raw(String name) {
        Tree.Entry e = byName.get(name);
        return e == null ? null : e.value();
    }

    /** A required text value; numbers and booleans are taken as written. */
    String text(String name) {
        if (!has(name)) {
            errors.add(DeckError.error(byName.containsKey(name) ? at(name) : map.at(),
                    what + " needs `" + name + "`" + (byName.containsKey(name) ? " (it is empty)" : "")));
            return null;
        }
        return optionalText(name);
    }

    /** An optional text value (null when absent or empty). */
    String optionalText(String name) {
        Tree v = raw(name);
        if (v == null || !has(name)) {
            return null;
        }
        if (v instanceof Tree.Scalar s) {
            if (s.text().isBlank()) {
                errors.add(DeckError.error(s.at(), "`" + name + "` in " + what + " is blank"));
                return null;
            }
            return s.text();
        }
        errors.add(DeckError.error(v.at(), "`" + name + "` in " + what + " must be text, not " + Tree.describe(v)));
        return null;
    }

    /** An optional boolean; {@code fallback} when absent. Null when present but not a boolean. */
    Boolean bool(String name, Boolean fallback) {
        Tree v = raw(name);
        if (v == null || !has(name)) {
            return fallback;
        }
        if (v instanceof Tree.Scalar s) {
            String t = s.text().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("true") || t.equals("yes") || t.equals("on")) {
                return true;
            }
            if (t.equals("false") || t.equals("no") || t.equals("off")) {
                return false;
            }
        }
        errors.add(DeckError.error(v.at(), "`" + name + "` in " + what + " must be true or false, not "
                + (v instanceof Tree.Scalar s ? "`" + s.text() + "`" : Tree.describe(v))));
        return null;
    }

    /** An optional list of texts (a single text is taken as a list of one). */
    List<String> texts(String name) {
        Tree v = raw(name);
        List<String> out = new ArrayList<>();
        if (v == null || !has(name)) {
            return out;
        }
        if (v instanceof Tree.Scalar s) {
            out.add(s.text());
            return out;
        }
        if (v instanceof Tree.SeqNode seq) {
            for (Tree item : seq.items()) {
                if (item instanceof Tree.Scalar s && s.kind() != Tree.Scalar.Kind.NULL && !s.text().isBlank()) {
                    out.add(s.text());
                } else {
                    errors.add(DeckError.error(item.at(), "items of `" + name + "` in " + what
                            + " must be text, not " + Tree.describe(item)));
                }
            }
            return out;
        }
        errors.add(DeckError.error(v.at(), "`" + name + "` in " + what + " must be a list, not a mapping"));
        return out;
    }

    /** An optional nested mapping; null when absent, an error when not a mapping. */
    Tree.MapNode map(String name) {
        Tree v = raw(name);
        if (v == null || !has(name)) {
            return null;
        }
        if (v instanceof Tree.MapNode m) {
            return m;
        }
        errors.add(DeckError.error(v.at(), "`" + name + "` in " + what + " must be a mapping, not " + Tree.describe(v)));
        return null;
    }

    /** An optional list; null when absent, an error when not a list. */
    Tree.SeqNode seq(String name) {
        Tree v = raw(name);
        if (v == null || !has(name)) {
            return null;
        }
        if (v instanceof Tree.SeqNode s) {
            return s;
        }
        errors.add(DeckError.error(v.at(), "`" + name + "` in " + what + " must be a list, not " + Tree.describe(v)));
        return null;
    }
}
