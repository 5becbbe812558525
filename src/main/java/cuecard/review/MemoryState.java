package cuecard.review;

/** FSRS memory state: stability in days and difficulty on 1..10. */
public record MemoryState(double stability, double difficulty) {
}
