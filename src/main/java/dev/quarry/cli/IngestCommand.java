package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.archive.ArchiveUpdate;
import dev.quarry.session.Progress;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read the input archive into the articles, rejects, manifest and runs tables (run annotate afterwards).",
                "Incremental like run: only new or changed files are read, unless --full."})
final class IngestCommand extends SparkCommand {

    @picocli.CommandLine.Mixin
    OutputLockOptions lock;

    @Override
    OutputLockOptions outputLock() {
        return lock;
    }

    @Option(names = "--full", description = "Read every input file and rebuild the tables, instead of adding only new files.")
    boolean full;

    @picocli.CommandLine.Mixin
    SummaryOptions summary;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws java.io.IOException {
        long t0 = System.nanoTime();
        ArchiveUpdate.Outcome outcome = ArchiveUpdate.run(spark, config, runId, runStart, progress, "ingest", full, false);
        summary.report(spark, "ingest", runId, (System.nanoTime() - t0) / 1_000_000, outcome.ingest(), outcome.full(), null,
                progress.stageMillis(), outcome.written());
        return ExitCode.OK;
    }
}
