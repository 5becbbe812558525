/**
 * Scheduling: the schedulers that compute all four outcomes of a rating over the card states of
 * {@code cuecard.review}, the review queue, the optimizer and the retention simulator. Pure: time comes in as an
 * Instant, randomness as a seed.
 */
package cuecard.schedule;
