package cuecard.cli;

/** The exit codes every command uses; README.md lists them for users. */
public final class ExitCode {
    /** Everything went well. */
    public static final int OK = 0;
    /** The command ran and found problems (lint errors, store problems). */
    public static final int FINDINGS = 1;
    /** The command line was wrong: unknown flag, missing argument. */
    public static final int USAGE = 2;
    /** An input file could not be read or is not what it should be (missing, a directory, bad deck). */
    public static final int BAD_INPUT = 3;
    /** The progress store is damaged beyond what can be read. */
    public static final int BAD_STORE = 4;
    /** Another cuecard process holds the store's write lock. */
    public static final int LOCKED = 5;
    /** The data dir cannot be written: read-only, full disk, no permission (the message says which, and where). */
    public static final int CANNOT_WRITE = 6;
    /** A bug in cuecard: reported without a stack trace unless CUECARD_DEBUG is set. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
