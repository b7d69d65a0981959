package dev.quarry.jobs;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stage-by-stage progress lines on stderr, and the stage timings for the run summary. */
public final class Progress {

    private final PrintStream out;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private String stage;
    private long started;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void start(String stageName, String what) {
        stage = stageName;
        started = System.nanoTime();
        out.println("[quarry] " + stageName + ": " + what);
        out.flush();
    }

    public void done(String result) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        millis.merge(stage, ms, Long::sum);
        out.printf("[quarry] %s: %s (%.1f s)%n", stage, result, ms / 1000.0);
        out.flush();
    }

    public void info(String line) {
        out.println("[quarry] " + line);
        out.flush();
    }

    public Map<String, Long> stageMillis() {
        return millis;
    }
}
