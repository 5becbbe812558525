package cuecard.store;

/** The store cannot be opened or written: another process holds it, it is damaged, or a disk operation failed. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: lets the command line pick its exit code. */
    public enum Reason { LOCKED, DAMAGED, NEWER_FORMAT, IO, READ_ONLY, CANNOT_WRITE }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** A write to the data dir failed: says where and why (read-only file system, no space left, permission). */
    static StoreException cannotWrite(java.nio.file.Path where, java.io.IOException e, String what) {
        String why;
        if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String file = e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null ? fse.getFile()
                : where.toString();
        return new StoreException(Reason.CANNOT_WRITE, "cannot write " + file + ": " + why + "; " + what);
    }

    public Reason reason() {
        return reason;
    }
}
