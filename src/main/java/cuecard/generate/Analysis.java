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
        List<Fact> facts = FactFinder.find(doc);
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
}
