package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import dev.quarry.tables.TableMaintenance;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;

@Command(name = "maintain", mixinStandardHelpOptions = true,
        description = {"Compact the small files that daily runs leave in each table (Delta OPTIMIZE) and delete the files",
                "only versions older than output.keep-history use (Delta VACUUM). Holds the output root's lock like a run."})
final class MaintainCommand extends SparkCommand {

    @picocli.CommandLine.Mixin
    OutputLockOptions lock;

    @Option(names = "--no-compact", description = "Only delete old files; do not compact.")
    boolean noCompact;

    @Override
    OutputLockOptions outputLock() {
        return lock;
    }

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) {
        progress.start("maintain", "tables under " + config.output().root() + ", keeping " + config.output().keepHistoryHours() + " h of history");
        TableMaintenance.run(spark, new TableWriter(spark, config.output().root(), runId), runId, !noCompact,
                config.output().keepHistoryHours(), progress::info);
        progress.done("done");
        return ExitCode.OK;
    }
}
