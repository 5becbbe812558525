package cuecard.generate;

/** The language and script of a document, with its BCP 47 tag. */
public enum Language {
    EN("en"), ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant");

    /** Common characters written differently in the two scripts, pair by pair. */
    private static final String TRADITIONAL = "這們來說為會對時後還麼開關過實現發問題體點應當從與並個國學長將無樣經動種機選進電話讓認識變邊氣標條總據該讀請錢買賣東車馬門見頭覺親樂歡書寫業產務員領導數網絡雲華語鐘錯爭戰歷廣場處權議聽幾裡裏萬億兩";
    private static final String SIMPLIFIED = "这们来说为会对时后还么开关过实现发问题体点应当从与并个国学长将无样经动种机选进电话让认识变边气标条总据该读请钱买卖东车马门见头觉亲乐欢书写业产务员领导数网络云华语钟错争战历广场处权议听几里里万亿两";

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

    /** Chinese when Han characters outnumber Latin words; traditional when its characters outnumber simplified ones. */
    static Language detect(String text) {
        int han = 0;
        int latin = 0;
        StringBuilder sample = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (sample.length() < 20000) {
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
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (TRADITIONAL.indexOf(c) >= 0) {
                traditional++;
            } else if (SIMPLIFIED.indexOf(c) >= 0) {
                simplified++;
            }
        }
        return traditional > simplified ? ZH_HANT : ZH_HANS;
    }
}
