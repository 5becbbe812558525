package cuecard.study;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for searching: NFKC (full-width letters and digits become plain ones), lower case, traditional
 * Chinese turned into simplified, so 記憶 finds 记忆 and ＡＢＣ finds abc.
 */
final class SearchText {

    private SearchText() {
    }

    static String of(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (hasHan(s)) {
            s = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(s);
        }
        return s;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
