/**
 * Statistics over the review history and the current card states (read through {@code review.ProgressReader}):
 * counts, retention, forecast, charts as text and as a self-contained HTML page. Pure: history, states, the moment
 * and the zone come in as values.
 */
package cuecard.stats;
