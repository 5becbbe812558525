package cuecard.review;

/** Where a card stands in its life: never seen, in (re)learning steps, or on day intervals. */
public enum Phase { NEW, LEARNING, REVIEW, RELEARNING }
