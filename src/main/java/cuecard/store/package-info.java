/**
 * Progress on disk: one append-only, fsynced JSON Lines review log per device ({@code reviews/DEVICE.jsonl}), card
 * states rebuilt by replaying every log in time order, a snapshot for fast start-up that is checked against the
 * logs, the single-writer lock, undo, remaps, sync and the doctor's checks. See {@code docs/store.md}.
 */
package cuecard.store;
