/**
 * Study sessions as pure models: the review record, the progress port a session saves through, answer
 * checking and the session flow. The Lanterna screens live in {@code cuecard.study.tui}.
 */
package cuecard.study;
