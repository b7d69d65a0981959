package dev.quarry.cli;

/** Process exit codes; documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    /** Bad command line (picocli's own code). */
    public static final int USAGE = 2;
    /** The configuration is invalid: unknown key, bad value, missing -c file. */
    public static final int CONFIG = 3;
    /** The input path does not exist or holds nothing readable, or a table to read is missing. */
    public static final int INPUT = 4;
    /** The run failed while processing (Spark or I/O error); the previous tables are intact. */
    public static final int RUN_FAILED = 5;
    /** {@code compare} ran and found that the two output roots hold different rows (not a failure). */
    public static final int TABLES_DIFFER = 6;
    /** Another command is writing under the same output root (see --wait); nothing was read or written. */
    public static final int BUSY = 7;

    private ExitCode() {
    }
}
