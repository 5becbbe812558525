package cuecard.generate;

/**
 * One input document as text.
 *
 * @param ref  the source id its cards cite (a slug)
 * @param name how messages name it (usually the path)
 * @param text the whole text, already decoded
 */
public record InputText(String ref, String name, String text) {
}
