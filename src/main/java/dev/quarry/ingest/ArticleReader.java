package dev.quarry.ingest;

import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads one archive file into articles and rejects. Pure Java, so every format is tested without
 * Spark; Spark hands each file's stream to a reader on an executor.
 *
 * <p>Readers are lazy (a 1 GB file is never held whole) and never throw for bad content: a bad
 * record, or a file that breaks off, becomes a {@link Reject} and reading goes on where it can.
 */
public interface ArticleReader extends Serializable {

    /**
     * @param sourceFile the file's path as it should appear in the tables
     * @param in the file's bytes, already decompressed; the iterator closes it when done
     */
    Iterator<ReadResult> read(String sourceFile, InputStream in);

    /** True when the reader handles compressed input itself (WARC.gz), so ingest must not decompress it. */
    default boolean decompressesItself() {
        return false;
    }
}
