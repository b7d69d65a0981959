package dev.quarry.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator every streaming reader returns: results are produced one at a time by
 * {@link #advance()}, which may return null to produce nothing this step (a blank line) and calls
 * {@link #finish()} at the end of the input.
 */
abstract class LazyResults implements Iterator<ReadResult> {

    private ReadResult next;
    private boolean done;

    /** The next result, or null when this step yields none; calls {@link #finish()} at the end. */
    protected abstract ReadResult advance();

    protected final void finish() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult r = next;
        next = null;
        return r;
    }
}
