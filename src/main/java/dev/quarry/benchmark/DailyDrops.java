package dev.quarry.benchmark;

import dev.quarry.archive.ArchiveUpdate;
import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark's daily stage: an archive of daily drops of one size, each copied into the input
 * folder and run incrementally into one output root, as a scheduled job would. What it shows is
 * whether a day's cost follows that day's drop or the archive behind it: the last drop is compared
 * with the second (the first creates the tables, and pays the JVM's and Spark's warm-up).
 */
public final class DailyDrops {

    /** One drop's run: wall seconds of the whole update, and of each of its stages. */
    public record Drop(int day, double seconds, Map<String, Double> stageSeconds) {
        public double stage(String name) {
            return stageSeconds.getOrDefault(name, 0.0);
        }
    }

    /** The stages whose growth the stage reports on, beside the whole run. */
    public static final List<String> COMPARED = List.of("write", "aggregate");

    private DailyDrops() {
    }

    /**
     * Runs the drops of {@code archive} (files {@link SyntheticArchive#dayFile}) one after another.
     *
     * @param work a folder of its own: {@code in} and {@code out} under it are emptied first
     */
    public static List<Drop> run(SparkSession spark, QuarryConfig config, Path archive, int days, Path work, Progress progress)
            throws IOException {
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        deleteTree(in);
        deleteTree(out);
        Files.createDirectories(in);
        QuarryConfig daily = BenchmarkJob.withInput(config, in.toAbsolutePath().toString(), dev.quarry.config.InputFormat.JSONL,
                out.toAbsolutePath().toString());
        List<Drop> drops = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            String file = SyntheticArchive.dayFile(day);
            Files.copy(archive.resolve(file), in.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            Progress quiet = BenchmarkJob.silent();
            long t0 = System.nanoTime();
            // Run ids sort by day, as the timestamped ids of real runs sort by time.
            ArchiveUpdate.run(spark, daily, String.format("benchmark-day-%05d", day), Instant.now(), quiet, "benchmark", false, true);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Double> stages = new LinkedHashMap<>();
            quiet.stageMillis().forEach((k, v) -> stages.put(k, v / 1000.0));
            Drop drop = new Drop(day, seconds, stages);
            drops.add(drop);
            progress.info(String.format("benchmark: daily drop %d of %d: %.1f s (%s)", day, days, seconds, format(stages)));
        }
        return drops;
    }

    /** The last drop's cost over the second's, for the whole run and each compared stage; empty with fewer than 3 drops. */
    public static Map<String, Double> growth(List<Drop> drops) {
        if (drops.size() < 3) {
            return new LinkedHashMap<>();
        }
        return ratios(drops.subList(1, 2), drops.subList(drops.size() - 1, drops.size()));
    }

    /**
     * The median of the last five drops over the median of drops 3 to 7, for the whole run and each
     * compared stage; empty with fewer than 12 drops. Single drops vary by seconds (a Delta checkpoint
     * every tenth version of a table, the JIT, the machine), so one drop against one other can hide
     * growth or show growth that is not there.
     */
    public static Map<String, Double> steadyGrowth(List<Drop> drops) {
        if (drops.size() < 12) {
            return new LinkedHashMap<>();
        }
        return ratios(drops.subList(2, 7), drops.subList(drops.size() - 5, drops.size()));
    }

    /** The median of {@code late} over that of {@code early}: the whole run, and each compared stage the early drops have. */
    private static Map<String, Double> ratios(List<Drop> early, List<Drop> late) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("run", median(late, Drop::seconds) / median(early, Drop::seconds));
        for (String s : COMPARED) {
            double base = median(early, d -> d.stage(s));
            if (base > 0) {
                ratios.put(s, median(late, d -> d.stage(s)) / base);
            }
        }
        return ratios;
    }

    private static double median(List<Drop> drops, java.util.function.ToDoubleFunction<Drop> value) {
        double[] v = drops.stream().mapToDouble(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String format(Map<String, Double> stages) {
        StringBuilder b = new StringBuilder();
        stages.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(String.format("%s %.1f s", k, v)));
        return b.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
