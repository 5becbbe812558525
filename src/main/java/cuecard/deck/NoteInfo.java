package cuecard.deck;

import java.util.List;

/**
 * What every entry of a deck carries besides its question: an optional explicit id, tags, the source it
 * cites, an explanation shown after answering, and where it stands in its file.
 */
public record NoteInfo(String id, List<String> tags, SourceRef source, String explanation, Location location) {

    public NoteInfo {
        tags = List.copyOf(tags);
    }

    public static NoteInfo bare(Location at) {
        return new NoteInfo(null, List.of(), null, null, at);
    }
}
