package cuecard.generate;

/**
 * A rule that stops a proposed card. Each gate says in general terms what it stops, so that {@code --explain}
 * can tell a reader why a fact got no card; each has invented fixtures of its own in {@code GatesTest}: one card it
 * must stop and one it must let through.
 */
interface Gate {

    /** A short name, as reports print it. */
    String name();

    /** One line saying what the gate stops and why. */
    String reason();

    /** Whether this draft is stopped. */
    boolean stops(Draft draft, GateContext context);
}
