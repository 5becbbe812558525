/**
 * The study screens in Lanterna: {@link cuecard.study.tui.StudyApp} takes its terminal in the constructor (tests
 * pass a virtual one), binds keys to the pure {@link cuecard.study.StudySession} model and draws each screen with
 * its own view (deck picker, card, summary, overlays) on a Lanterna {@code Screen}.
 */
package cuecard.study.tui;
