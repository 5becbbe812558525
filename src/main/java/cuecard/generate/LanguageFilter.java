package cuecard.generate;

/** Whether a passage is written in the document's language (a bilingual transcript keeps one of its languages). */
final class LanguageFilter {

    private LanguageFilter() {
    }

    /** False for an English passage in a Chinese document, or a Chinese one in an English document. */
    static boolean belongs(String text, Language language) {
        int han = 0;
        int words = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CleanText.han(c)) {
                han++;
                letters = 0;
            } else if (Character.isLetter(c) && c < 0x250) {
                if (++letters == 2) {
                    words++;
                }
            } else {
                letters = 0;
            }
        }
        if (language.chinese()) {
            return !(han == 0 && words >= 3) && words <= 2 * han + 4;
        }
        return han < 4 || han <= words;
    }
}
