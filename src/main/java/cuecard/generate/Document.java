package cuecard.generate;

import java.util.List;

/**
 * A document as the generator sees it: its metadata, language and content passages.
 *
 * @param ref         the source id cards cite
 * @param language    detected (or given) language and script
 * @param title       the title, or null
 * @param author      the author or publisher, or null
 * @param date        the publication date as written, or null
 * @param url         the original link, or null
 * @param interviewee the main answering speaker, or null
 * @param passages    the content, in reading order
 * @param credits     who the document credits (reporter, host, translator, editor...), in reading order
 */
public record Document(String ref, Language language, String title, String author, String date, String url,
                       String interviewee, List<Passage> passages, List<Credit> credits) {

    public Document {
        passages = List.copyOf(passages);
        credits = credits == null ? List.of() : List.copyOf(credits);
    }
}
