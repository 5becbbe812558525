package cuecard.generate;

/** What a passage is in its document. */
public enum Role {
    /** Running text. */
    TEXT,
    /** A heading. */
    HEADING,
    /** An interviewer's question. */
    QUESTION,
    /** An interviewee's answer. */
    ANSWER,
    /** A bullet of a list. */
    BULLET,
    /** A block quote: an editor's note or a quoted passage. */
    NOTE
}
