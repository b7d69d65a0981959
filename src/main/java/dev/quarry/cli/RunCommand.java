package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.archive.ArchiveUpdate;
import dev.quarry.session.Progress;
import dev.quarry.report.TrendReport;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingest the input, annotate it, aggregate, and write articles, quotes, entities, the analysis tables, rejects,",
                "manifest and runs under the output root; then a trend report over all dated months (<output>/report).",
                "Runs are incremental: files the manifest already holds unchanged are not read again, unless --full."})
final class RunCommand extends SparkCommand {

    @picocli.CommandLine.Mixin
    OutputLockOptions lock;

    @Override
    OutputLockOptions outputLock() {
        return lock;
    }

    @Option(names = "--full", description = "Read every input file and rebuild the tables, instead of adding only new files.")
    boolean full;

    @Option(names = "--no-report", description = "Skip the trend report.")
    boolean noReport;

    @picocli.CommandLine.Mixin
    SummaryOptions summary;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        long t0 = System.nanoTime();
        ArchiveUpdate.Outcome outcome = ArchiveUpdate.run(spark, config, runId, runStart, progress, "run", full, true);
        Path report = noReport ? null : report(spark, config, runId, progress);
        summary.report(spark, "run", runId, (System.nanoTime() - t0) / 1_000_000, outcome.ingest(), outcome.full(),
                outcome.annotate(), progress.stageMillis(), outcome.written());
        if (report != null) {
            System.out.println("  report     " + report.toAbsolutePath());
        }
        return ExitCode.OK;
    }

    /** The report over every month the archive has dated articles for; none when nothing is dated. */
    private static Path report(SparkSession spark, QuarryConfig config, String runId, Progress progress) throws Exception {
        String root = config.output().root();
        if (root.contains("://") && !root.startsWith("file:")) {
            progress.info("report: skipped, the output root is not a local folder; run `jobs/quarry report` where you want the page");
            return null;
        }
        TableWriter tables = new TableWriter(spark, root, runId);
        Row range = tables.read(Table.ARTICLES).filter(col("year").gt(Table.UNDATED))
                .agg(min(col("year").multiply(100).plus(col("month"))), max(col("year").multiply(100).plus(col("month")))).first();
        if (range.isNullAt(0)) {
            progress.info("report: skipped, no article is dated");
            return null;
        }
        YearMonth from = YearMonth.of(range.getInt(0) / 100, range.getInt(0) % 100);
        YearMonth to = YearMonth.of(range.getInt(1) / 100, range.getInt(1) % 100);
        progress.start("report", from + " to " + to);
        Path page = TrendReport.write(spark, tables, new TrendReport.Request(from, to, null, null, 10,
                Path.of(root.replaceFirst("^file:(//)?", "")).resolve("report")));
        progress.done("written");
        return page;
    }
}
