package cuecard.anki;

import java.util.List;

/**
 * An Anki note type as far as cuecard needs it.
 *
 * @param name      its name ({@code Basic}, {@code Cloze}, ...)
 * @param cloze     whether it is a cloze type
 * @param fields    its field names, in order
 * @param templates its card templates' question formats, in order
 */
public record NoteType(String name, boolean cloze, List<String> fields, List<String> templates) {

    public NoteType {
        fields = List.copyOf(fields);
        templates = List.copyOf(templates);
    }
}
