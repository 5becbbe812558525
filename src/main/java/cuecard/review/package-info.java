/**
 * The review vocabulary the core shares, below both {@code schedule} and {@code study}: a card's scheduling state
 * ({@link cuecard.review.CardState}, {@link cuecard.review.MemoryState}, {@link cuecard.review.Phase}), the
 * {@link cuecard.review.Rating}, one answered card ({@link cuecard.review.Review}, in brief
 * {@link cuecard.review.ReviewBrief}, streamed through {@link cuecard.review.ReviewSink}), and the ports: where a
 * session gets its cards ({@link cuecard.review.CardSource}), what it saves through
 * ({@link cuecard.review.Progress}) and what read-only views read ({@link cuecard.review.ProgressReader}).
 * Depends on {@code deck} only.
 */
package cuecard.review;
