package dev.quarry.cli;

import dev.quarry.benchmark.BenchmarkReport;
import dev.quarry.benchmark.SyntheticArchive;
import dev.quarry.config.InputFormat;
import dev.quarry.config.QuarryConfig;
import dev.quarry.benchmark.BenchmarkJob;
import dev.quarry.session.Progress;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Build a seeded archive of N articles resampled from a source archive, then time each stage on it:",
                "the scan floor, read, Spark NLP base, POS, dependencies, NER, quote finding, entity grouping, the whole",
                "annotate with every model stage on, the whole run, and the Parquet write. Prints a table and writes",
                "benchmark.json and benchmark.txt under --work. Source: --source, else the PolNeAR text under --corpora",
                "when present, else the bundled samples. Cores: --master local[N]."})
final class BenchmarkCommand extends SparkCommand {

    @Option(names = "--articles", defaultValue = "1000", description = "Articles in the archive (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--source", paramLabel = "PATH", description = "Archive to resample (any input Quarry reads).")
    String source;

    @Option(names = "--source-format", paramLabel = "FORMAT", description = "Its format (default: text for PolNeAR, jsonl for the samples, else auto).")
    String sourceFormat;

    @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
            description = "The shared corpora, for the default source (default: ${DEFAULT-VALUE}).")
    Path corpora;

    @Option(names = "--long-articles", defaultValue = "0", description = "How many articles are long ones, for memory checks (default: ${DEFAULT-VALUE}).")
    int longArticles;

    @Option(names = "--long-article-mb", defaultValue = "5", description = "Size of each long article in MB of text (default: ${DEFAULT-VALUE}).")
    double longArticleMb;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = {"Stages to time (default: all but daily): floor, read, base, pos, dependency, ner, quotes, entities, annotate,",
                    "run, write, daily (--days incremental runs of --day-articles new articles each into one root, timed one by one)."})
    List<String> stages;

    @Option(names = "--days", defaultValue = "30", description = "Daily drops for the daily stage (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--day-articles", defaultValue = "100", description = "Articles in each daily drop (default: ${DEFAULT-VALUE}).")
    int dayArticles;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "out/benchmark",
            description = "Folder for the archive, scratch tables and results (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        Set<String> chosen = new LinkedHashSet<>(stages == null ? BenchmarkJob.DEFAULT_STAGES : stages);
        for (String s : chosen) {
            if (!BenchmarkJob.STAGES.contains(s)) {
                System.err.println("quarry: unknown stage '" + s + "'; choose from " + BenchmarkJob.STAGES);
                return ExitCode.USAGE;
            }
        }
        String src = source;
        InputFormat format = sourceFormat == null ? null : InputFormat.parse(sourceFormat.toLowerCase(Locale.ROOT));
        if (src == null) {
            Path polnear = corpora.resolve("polnear");
            if (Files.isDirectory(polnear)) {
                src = polnear.toString();
                format = format == null ? InputFormat.TEXT : format;
            } else {
                String home = System.getenv("QUARRY_HOME");
                Path samples = home == null ? Path.of("samples") : Path.of(home, "samples");
                progress.info("benchmark: " + polnear + " not found (the shared corpora are not part of the project);"
                        + " resampling the bundled samples instead");
                src = samples.toString();
                format = format == null ? InputFormat.JSONL : format;
            }
        }
        if (format == null) {
            format = InputFormat.AUTO;
        }
        SyntheticArchive.Spec spec = new SyntheticArchive.Spec(articles, seed, longArticles, (int) Math.round(longArticleMb * 1_000_000));
        BenchmarkReport report = BenchmarkJob.run(spark, config, new BenchmarkJob.Options(src, format, spec, work, chosen, days, dayArticles), progress);
        Files.createDirectories(work);
        Files.writeString(work.resolve("benchmark.json"), report.toJson(), StandardCharsets.UTF_8);
        String table = report.toTable();
        Files.writeString(work.resolve("benchmark.txt"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(table);
        System.out.println("results    " + work.resolve("benchmark.json").toAbsolutePath());
        return ExitCode.OK;
    }
}
