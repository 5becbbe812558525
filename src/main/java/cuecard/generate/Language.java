package cuecard.generate;

import com.hankcs.hanlp.HanLP;

/** The language and script of a document, with its BCP 47 tag. */
public enum Language {
    EN("en"), ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public boolean chinese() {
        return this != EN;
    }

    /** The language a tag names (en, zh, zh-Hans, zh-Hant, zh-TW, ...), or null when it names none of ours. */
    public static Language ofTag(String tag) {
        String t = tag.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("en")) {
            return EN;
        }
        if (t.startsWith("zh")) {
            return t.contains("hant") || t.contains("tw") || t.contains("hk") ? ZH_HANT : ZH_HANS;
        }
        return null;
    }

    /** Chinese when Han characters outnumber Latin words; traditional when converting changes enough characters. */
    static Language detect(String text) {
        int han = 0;
        int latin = 0;
        StringBuilder sample = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (sample.length() < 4000) {
                    sample.append(c);
                }
                inWord = false;
            } else if (Character.isLetter(c) && c < 0x250) {
                if (!inWord) {
                    latin++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        if (han < latin) {
            return EN;
        }
        String s = sample.toString();
        String simplified = HanLP.convertToSimplifiedChinese(s);
        int changed = 0;
        for (int i = 0; i < Math.min(s.length(), simplified.length()); i++) {
            if (s.charAt(i) != simplified.charAt(i)) {
                changed++;
            }
        }
        return changed * 50 > s.length() ? ZH_HANT : ZH_HANS;
    }
}
