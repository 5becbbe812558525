package cuecard.store;

/** The store cannot be opened or written: another process holds it, it is damaged, or a disk operation failed. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: lets the command line pick its exit code. */
    public enum Reason { LOCKED, DAMAGED, NEWER_FORMAT, IO, READ_ONLY }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
