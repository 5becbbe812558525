package cuecard.generate;

import java.util.regex.Pattern;

/**
 * Stops what the editor, translator or caption writer added: a translator's or editor's note, a block quote that
 * nobody in the interview speaks, a long bracketed aside, a photo caption (who stands left and right). It is not
 * the interview.
 */
record Editorial() implements Gate {

    private static final Pattern MARK = Pattern.compile("(?i)译者注|譯者注|译注|譯註|编者注|編者註|编者按|編者按|记者注|記者註|translator|editor's note|"
            + "editor’s note|\\[ed\\.?\\]|\\(ed\\.?\\)|图片来源|圖片來源|photo:|image:|caption|"
            + "[（(](左|右|中|左一|右一|左二|右二|图|圖|摄|攝|left|right|center|pictured)[）)]|[（(](图|圖)\\s*[｜|/]|photo by|courtesy of");

    @Override
    public String name() {
        return "editorial";
    }

    @Override
    public String reason() {
        return "an editor's, translator's or caption note rather than what the text says";
    }

    @Override
    public boolean stops(Draft d, GateContext c) {
        Sentence s = d.sentence();
        if (s.role() == Role.NOTE && s.speaker() == null || MARK.matcher(s.text()).find()) {
            return true;
        }
        // a fact inside a long bracketed insert is the editor's aside, not what was said
        if (d.fact() == null) {
            return false;
        }
        String text = s.passage().text();
        int open = Math.max(text.lastIndexOf('（', d.fact().start()), text.lastIndexOf('(', d.fact().start()));
        if (open < s.start()) {
            return false;
        }
        int close = indexOfAny(text, "）)", d.fact().end());
        return close > 0 && close - open > 8 && text.substring(open, d.fact().start()).indexOf('）') < 0
                && text.substring(open, d.fact().start()).indexOf(')') < 0;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
