package cuecard.generate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code cuecard generate --explain}: every draft of every document with its salience and score,
 * kept or not, and for each one left out the gate that stopped it (and the gate's reason) or why the selection
 * passed it over. It is how rules are developed, and how a user learns why a fact got no card.
 */
final class Explain {

    private Explain() {
    }

    static String report(List<Verdict> verdicts, List<CardMaker.Made> made) {
        StringBuilder out = new StringBuilder("# Generator report\n\n");
        long kept = verdicts.stream().filter(Verdict::kept).count();
        out.append(verdicts.size()).append(" drafts, ").append(kept).append(" kept.\n\n## Gates\n\n| gate | stopped | what it stops |\n|---|---|---|\n");
        for (Gate g : Gates.ALL) {
            long n = verdicts.stream().filter(v -> v.gate() == g).count();
            out.append("| ").append(g.name()).append(" | ").append(n).append(" | ").append(g.reason()).append(" |\n");
        }
        String ref = null;
        List<Verdict> ordered = verdicts.stream().sorted(Comparator.comparingInt((Verdict v) -> v.draft().sentence().docIndex())
                .thenComparingInt(v -> v.draft().sentence().index()).thenComparing(v -> v.draft().answer())).toList();
        for (Verdict v : ordered) {
            Draft d = v.draft();
            String r = d.sentence().doc().ref();
            if (!r.equals(ref)) {
                ref = r;
                out.append("\n## ").append(r).append("\n\n| line | kind | salience | score | verdict | prompt | answer |\n|---|---|---|---|---|---|---|\n");
            }
            String verdict;
            if (v.kept()) {
                String id = made.stream().filter(m -> m.draft() == d).map(CardMaker.Made::id).findFirst().orElse("?");
                verdict = "**kept** `" + id + "`";
            } else if (v.gate() != null) {
                verdict = "gate `" + v.gate().name() + "`";
            } else {
                verdict = "left: " + v.note();
            }
            out.append("| ").append(d.line()).append(" | ").append(d.kind() == Draft.Kind.FACT ? d.fact().kind().name().toLowerCase(Locale.ROOT)
                    : d.kind().name().toLowerCase(Locale.ROOT)).append(" | ").append(String.format(Locale.ROOT, "%.2f", d.salience()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", d.score())).append(" | ").append(verdict).append(" | ")
                    .append(cell(d.prompt())).append(" | ").append(cell(d.answer())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String s) {
        String t = s.replace("|", "\\|").replace("\n", " ");
        return t.length() > 160 ? t.substring(0, 157) + "…" : t;
    }
}
