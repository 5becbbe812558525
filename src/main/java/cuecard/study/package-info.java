/**
 * Study sessions as pure models: answer checking and the session flow, over the review record and the ports of
 * {@code cuecard.review}. The Lanterna screens live in {@code cuecard.study.tui}.
 */
package cuecard.study;
