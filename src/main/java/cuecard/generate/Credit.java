package cuecard.generate;

/**
 * Someone the document credits for making it: a reporter, host, translator, editor, producer...
 *
 * @param role the role word as the document writes it ({@code 记者}, {@code 主持}, {@code Host}, {@code interviewer})
 * @param name the name, trimmed of markup
 * @param line the 1-based source line it stands on
 */
public record Credit(String role, String name, int line) {
}
