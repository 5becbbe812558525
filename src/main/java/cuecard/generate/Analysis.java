package cuecard.generate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyse stage: a document's sentences, each with the facts {@link FactFinder} found inside it. Headings are
 * kept out: they name sections, they do not state facts.
 */
record Analysis(Document doc, int docIndex, List<Sentence> sentences, List<Fact> facts) {

    static Analysis of(Document doc, int docIndex) {
        List<Fact> facts = withSpeakers(doc, FactFinder.find(doc));
        doc = withInterviewee(doc, facts);
        Map<Passage, List<Fact>> byPassage = new IdentityHashMap<>();
        for (Fact f : facts) {
            byPassage.computeIfAbsent(f.passage(), k -> new ArrayList<>()).add(f);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Passage p : doc.passages()) {
            if (p.role() == Role.HEADING) {
                continue;
            }
            List<Fact> here = byPassage.getOrDefault(p, List.of());
            for (int[] span : Sentences.split(p.text())) {
                List<Fact> inside = here.stream().filter(f -> f.start() >= span[0] && f.end() <= span[1]).toList();
                sentences.add(new Sentence(doc, docIndex, p, span[0], span[1], sentences.size(), inside));
            }
        }
        return new Analysis(doc, docIndex, List.copyOf(sentences), facts);
    }

    /**
     * The document with its interviewee named when its answers are not (bare {@code A:} turns): the person its
     * running text before the first question names first, as a write-up introduces its guest.
     */
    static Document withInterviewee(Document doc, List<Fact> facts) {
        boolean anonymous = doc.passages().stream().anyMatch(p -> p.role() == Role.ANSWER && p.speaker() == null);
        if (doc.interviewee() != null || !anonymous) {
            return doc;
        }
        for (Passage p : doc.passages()) {
            if (p.role() == Role.QUESTION || p.role() == Role.ANSWER) {
                break;
            }
            for (Fact f : facts) {
                if (f.passage() == p && f.kind() == FactKind.PERSON) {
                    return new Document(doc.ref(), doc.language(), doc.title(), doc.author(), doc.date(), doc.url(), f.surface(),
                            doc.passages(), doc.credits());
                }
            }
        }
        return doc;
    }

    /**
     * The facts with every mention of a person the document names as a speaker, interviewee or credit added as a
     * person (a label says who someone is even where the name finder did not know the name).
     */
    static List<Fact> withSpeakers(Document doc, List<Fact> found) {
        java.util.Set<String> names = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        for (Passage p : doc.passages()) {
            addName(names, p.speaker());
        }
        addName(names, doc.interviewee());
        doc.credits().forEach(c -> addName(names, c.name()));
        if (names.isEmpty()) {
            return found;
        }
        List<Fact> out = new ArrayList<>(found);
        for (Passage p : doc.passages()) {
            if (p.role() == Role.HEADING) {
                continue;
            }
            for (String name : names) {
                int at = p.text().indexOf(name);
                while (at >= 0) {
                    int end = at + name.length();
                    int from = at;
                    boolean free = out.stream().noneMatch(f -> f.passage() == p && f.start() < end && from < f.end());
                    boolean whole = (at == 0 || !Character.isLetter(p.text().charAt(at - 1)) || CleanText.han(name.charAt(0)))
                            && (end >= p.text().length() || !Character.isLetter(p.text().charAt(end)) || CleanText.han(name.charAt(name.length() - 1)));
                    if (free && whole && p.oneLine(at, end)) {
                        out.add(new Fact(FactKind.PERSON, "person:" + name.toLowerCase(java.util.Locale.ROOT), name, p, at, end, null));
                    }
                    at = p.text().indexOf(name, end);
                }
            }
        }
        java.util.Map<Passage, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < doc.passages().size(); i++) {
            index.put(doc.passages().get(i), i);
        }
        out.sort(java.util.Comparator.comparingInt((Fact f) -> index.get(f.passage())).thenComparingInt(Fact::start));
        return List.copyOf(out);
    }

    private static void addName(java.util.Set<String> names, String name) {
        if (name == null) {
            return;
        }
        String n = name.strip();
        boolean han = n.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·');
        boolean latin = n.matches("[A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){1,3}");
        if ((han && n.length() >= 2 && n.length() <= 4 || latin) && !DocumentReader.ASKERS.matcher(n).matches()
                && !Standalone.NOT_A_NAME.matcher(n).matches()) { // 观众, 听众: who asked, not a name
            names.add(n);
        }
    }
}
