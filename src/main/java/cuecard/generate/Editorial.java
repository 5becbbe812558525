package cuecard.generate;

import java.util.regex.Pattern;

/** Stops what the editor, translator or caption writer added (a photo caption names who stands left and right): it is not the interview. */
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
        return MARK.matcher(d.sentence().text()).find();
    }
}
