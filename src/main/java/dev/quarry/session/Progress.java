package dev.quarry.session;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stage-by-stage progress lines on stderr, and the stage timings for the run summary. Once attached
 * to a Spark session it also reports how far the running stage is: every {@code interval} a line
 * ("annotate: 1,204 of 30,000 articles (4.0%), 612,300 tokens, 2,210 tokens/s, ETA 3h 38m") when
 * stderr is a log file, or one line updated in place when it is a terminal. Spark's own console
 * bars are off (see {@link QuarrySession}): their carriage returns make one garbage line of a log.
 */
public final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalMillis;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private volatile String stage;
    private volatile long started;
    private volatile Goal goal;
    private TaskProgress tasks;
    private SparkSession session;
    private Thread ticker;
    /** On a terminal: the status line is showing and must be cleared before another line. */
    private boolean lineOpen;

    /** What the running stage counts toward: a total of items, and the accumulators that count them. */
    private record Goal(String unit, long total, String doneCounter, String tokensCounter, long since) {
    }

    /** Stage lines only, no periodic status (tests, and commands without Spark). */
    public Progress(PrintStream out) {
        this(out, false, 0);
    }

    /**
     * @param terminal       stderr is a terminal: update one status line in place
     * @param intervalMillis how often a status line is written to a log (a terminal's line is refreshed
     *                       every second); 0 for none
     */
    public Progress(PrintStream out, boolean terminal, long intervalMillis) {
        this.out = out;
        this.terminal = terminal;
        this.intervalMillis = intervalMillis;
    }

    /** Listens to the session's tasks and starts the status line, until {@link #close()}. */
    public void attach(SparkSession spark) {
        tasks = new TaskProgress();
        session = spark;
        spark.sparkContext().addSparkListener(tasks);
        if (intervalMillis <= 0) {
            return;
        }
        long every = terminal ? Math.min(1000, intervalMillis) : intervalMillis;
        Thread ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(every);
                    tick();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "quarry-progress");
        ticker.setDaemon(true);
        ticker.start();
        this.ticker = ticker;
    }

    /**
     * Stops the status line and the task listener. A JVM that runs several commands (tests, a notebook)
     * would otherwise keep every finished or failed command's ticker printing and its listener
     * counting the next command's tasks.
     */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
        if (session != null && tasks != null) {
            session.sparkContext().removeSparkListener(tasks);
            session = null;
        }
    }

    /** Makes the accumulator's live value available to {@link #expect}. */
    public void track(LongAccumulator accumulator) {
        if (tasks != null) {
            tasks.track(accumulator);
        }
    }

    /**
     * The running stage will count {@code total} {@code unit} on the accumulator named
     * {@code doneCounter} (and tokens on {@code tokensCounter}, or null): the status line shows the
     * share done, the rate and an ETA.
     */
    public void expect(String unit, long total, String doneCounter, String tokensCounter) {
        goal = new Goal(unit, total, doneCounter, tokensCounter, System.nanoTime());
    }

    public synchronized void start(String stageName, String what) {
        stage = stageName;
        goal = null;
        started = System.nanoTime();
        line("[quarry] " + stageName + ": " + what);
    }

    public synchronized void done(String result) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        millis.merge(stage, ms, Long::sum);
        line(String.format("[quarry] %s: %s (%.1f s)", stage, result, ms / 1000.0));
        stage = null;
        goal = null;
    }

    public synchronized void info(String line) {
        line("[quarry] " + line);
    }

    public Map<String, Long> stageMillis() {
        return millis;
    }

    private void line(String text) {
        if (lineOpen) {
            out.print("\r\033[K");
            lineOpen = false;
        }
        out.println(text);
        out.flush();
    }

    private synchronized void tick() {
        if (stage == null || tasks == null) {
            return;
        }
        String status = "[quarry] " + stage + ": " + status(System.nanoTime());
        if (terminal) {
            out.print("\r" + status + "\033[K");
            lineOpen = true;
        } else {
            out.println(status);
        }
        out.flush();
    }

    /** "1,204 of 30,000 articles (4.0%), 612,300 tokens, 2,210 tokens/s, ETA 3h 38m; running 4m 35s". */
    String status(long now) {
        StringBuilder b = new StringBuilder();
        Goal g = goal;
        if (g != null) {
            long done = Math.min(tasks.value(g.doneCounter()), g.total());
            b.append(String.format(Locale.ROOT, "%,d of %,d %s (%.1f%%)", done, g.total(), g.unit(),
                    g.total() == 0 ? 100.0 : 100.0 * done / g.total()));
            long tokens = g.tokensCounter() == null ? 0 : tasks.value(g.tokensCounter());
            if (tokens > 0) {
                b.append(String.format(Locale.ROOT, ", %,d tokens", tokens));
            }
            // The rate runs from expect(), which a stage calls once its models are loaded: loading is
            // not work per item.
            double seconds = (now - g.since()) / 1e9;
            if (seconds > 0 && done > 0) {
                double perSecond = done / seconds;
                if (tokens > 0) {
                    b.append(String.format(Locale.ROOT, ", %,.0f tokens/s", tokens / seconds));
                }
                b.append(", ETA ").append(duration((g.total() - done) / perSecond));
            } else if (done < g.total()) {
                b.append(", ETA once the first ").append(g.unit()).append(" are done");
            }
            b.append("; ");
        } else if (tasks.tasksSubmitted() > 0) {
            b.append(String.format(Locale.ROOT, "%,d of %,d tasks of the running Spark stages done; ", tasks.tasksDone(),
                    tasks.tasksSubmitted()));
        } else {
            b.append("no Spark stage running; ");
        }
        b.append("running ").append(duration((now - started) / 1e9));
        return b.toString();
    }

    /** "45 s", "4m 35s", "3h 38m". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }
}
