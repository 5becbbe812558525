/** Scheduling: card states, ratings and the schedulers that compute all four outcomes of a rating. Pure: time comes in as an Instant, randomness as a seed. */
package cuecard.schedule;
