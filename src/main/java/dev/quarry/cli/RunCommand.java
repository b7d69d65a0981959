package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.jobs.ArchiveUpdate;
import dev.quarry.jobs.Progress;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingest the input, annotate it, and write articles, quotes, rejects, manifest and runs under the output root.",
                "Runs are incremental: files the manifest already holds unchanged are not read again, unless --full."})
final class RunCommand extends SparkCommand {

    @Option(names = "--full", description = "Read every input file and rebuild the tables, instead of adding only new files.")
    boolean full;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) {
        long t0 = System.nanoTime();
        ArchiveUpdate.Outcome outcome = ArchiveUpdate.run(spark, config, runId, runStart, progress, "run", full, true);
        RunSummary.print(System.out, runId, (System.nanoTime() - t0) / 1_000_000, outcome, progress.stageMillis());
        return ExitCode.OK;
    }
}
