package dev.quarry.tables;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One command at a time writes under an output root. The lock is a file, {@code _quarry.lock}, made
 * with create-if-absent (atomic on a local disk and on HDFS), holding the run id, host, process id and
 * start time of its holder; it is deleted when the command ends. A second command on the same root
 * stops at once ({@link Busy}) or, when asked to, waits for the first to end. A lock whose process is
 * gone on this host (a killed run) is taken over; one held from another host is reported with the
 * way to clear it by hand.
 */
public final class OutputLock implements AutoCloseable {

    public static final String FILE = "_quarry.lock";
    /** How often a waiting command looks again. */
    static final long POLL_MILLIS = 2_000;
    /** Reads of an empty lock file (made by a holder that died before writing it) before it counts as stale. */
    private static final int EMPTY_READS = 30;

    /** The root is locked by another command. */
    public static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    private final FileSystem fs;
    private final Path path;

    private OutputLock(FileSystem fs, Path path) {
        this.fs = fs;
        this.path = path;
    }

    /**
     * Takes the lock of {@code root} for {@code runId}.
     *
     * @param waitMillis how long to wait for another holder to end: 0 to fail at once, negative for no limit
     * @param log        where "waiting for ..." and "took over the lock of ..." lines go
     * @throws Busy when another live command holds it (after waiting, if asked)
     */
    public static OutputLock acquire(FileSystem fs, Path root, String runId, long waitMillis, Consumer<String> log) {
        Path path = new Path(root, FILE);
        long deadline = waitMillis < 0 ? Long.MAX_VALUE : System.currentTimeMillis() + waitMillis;
        boolean announced = false;
        int emptyReads = 0;
        try {
            fs.mkdirs(root);
            while (true) {
                if (tryCreate(fs, path, runId)) {
                    return new OutputLock(fs, path);
                }
                String holder = read(fs, path);
                if (holder == null) {
                    continue; // released between our create and our read
                }
                if (holder.isEmpty() && ++emptyReads < EMPTY_READS) {
                    Thread.sleep(100); // made, not yet written
                    continue;
                }
                if (holder.isEmpty() || stale(holder)) {
                    log.accept("taking over the lock of " + root + " from run " + field(holder, 0) + ", whose process "
                            + field(holder, 2) + " is gone");
                    fs.delete(path, false);
                    continue;
                }
                if (System.currentTimeMillis() >= deadline) {
                    throw new Busy("output root " + root + " is in use by run " + field(holder, 0) + " (process "
                            + field(holder, 2) + " on " + field(holder, 1) + ", since " + field(holder, 3) + "); run again when it"
                            + " has finished, or pass --wait to wait for it. If that run is gone, delete " + path);
                }
                if (!announced) {
                    log.accept("waiting for run " + field(holder, 0) + " (process " + field(holder, 2) + " on " + field(holder, 1)
                            + ") to finish with " + root);
                    announced = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the output root " + root, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting for the lock of " + root);
        }
    }

    private static boolean tryCreate(FileSystem fs, Path path, String runId) throws IOException {
        byte[] line = (String.join("\t", runId, host(), Long.toString(ProcessHandle.current().pid()), Instant.now().toString()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) {
            // Hadoop's local create checks, then creates; the JDK's CREATE_NEW is one atomic step.
            java.nio.file.Path file = local.pathToFile(path).toPath();
            try {
                java.nio.file.Files.write(file, line, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            }
        }
        try (FSDataOutputStream out = fs.create(path, false)) {
            out.write(line);
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            // The local file system reports an existing file as a plain IOException.
            if (fs.exists(path)) {
                return false;
            }
            throw e;
        }
    }

    private static String read(FileSystem fs, Path path) throws IOException {
        try (FSDataInputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
    }

    /** A holder on this host whose process has ended. */
    static boolean stale(String holder) {
        if (!host().equals(field(holder, 1))) {
            return false;
        }
        try {
            long pid = Long.parseLong(field(holder, 2));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String field(String holder, int i) {
        String[] f = holder.split("\t");
        return i < f.length ? f[i] : "?";
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Override
    public void close() {
        try {
            fs.delete(path, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock " + path, e);
        }
    }
}
