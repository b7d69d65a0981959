package dev.quarry.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples this JVM's used heap and the process's resident memory every few milliseconds and keeps
 * the peaks since the last {@link #reset}. In local mode the driver is also the executor, so this is
 * the whole run's memory; on a cluster it sees the driver only.
 */
public final class MemoryWatch implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakHeap;
    private volatile long peakRss;

    /** Peak used heap and resident set, in bytes; RSS is -1 where /proc is missing. */
    public record Peak(long heapBytes, long rssBytes) {
        public double heapMb() {
            return heapBytes / 1048576.0;
        }

        public double rssMb() {
            return rssBytes < 0 ? -1 : rssBytes / 1048576.0;
        }
    }

    public MemoryWatch(long intervalMillis) {
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "quarry-memory-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void sample() {
        Runtime rt = Runtime.getRuntime();
        peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
        peakRss = Math.max(peakRss, rss());
    }

    /** The peaks since the last reset, and starts a new period. */
    public synchronized Peak reset() {
        sample();
        Peak p = new Peak(peakHeap, peakRss);
        peakHeap = 0;
        peakRss = 0;
        sample();
        return p;
    }

    /** Resident set size of this process, from /proc; -1 where that is not available. */
    static long rss() {
        long kb = procKilobytes(STATUS, "VmRSS:");
        return kb < 0 ? -1 : kb * 1024;
    }

    /** A "Key:   123 kB" line of a /proc file, in kB; -1 where the file or the line is missing. */
    public static long procKilobytes(Path file, String key) {
        if (!Files.isReadable(file)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
