package cuecard.generate;

/** The few words the generator adds to cards, in the document's language and script. */
record Wording(Language language) {

    static final String BLANK = "____";

    String asked(String name, String question) {
        return switch (language) {
            case ZH_HANS -> name == null ? question : "问" + name + "：" + question;
            case ZH_HANT -> name == null ? question : "問" + name + "：" + question;
            case EN -> name == null ? question : "Asked of " + name + ": " + question;
        };
    }

    String alsoIn(String ref, int line) {
        return switch (language) {
            case ZH_HANS -> "另见 " + ref + " 第 " + line + " 行";
            case ZH_HANT -> "另見 " + ref + " 第 " + line + " 行";
            case EN -> "Also in " + ref + ", line " + line;
        };
    }

    String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + (language.chinese() ? "；" : "; ") + b;
    }

    String description(String titles) {
        return switch (language) {
            case ZH_HANS -> "根据" + titles + "生成的问答卡片。";
            case ZH_HANT -> "根據" + titles + "生成的問答卡片。";
            case EN -> "Questions generated from " + titles + ".";
        };
    }

    String quoteTitle(String title) {
        return language.chinese() ? "《" + title + "》" : "“" + title + "”";
    }
}
