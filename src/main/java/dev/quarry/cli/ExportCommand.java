package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableExport;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a snapshot of every table as plain Parquet (no Delta log) into a new folder, for sharing:",
                "one folder per table, partitioned by year and month as in the output root."})
final class ExportCommand extends SparkCommand {

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "A new or empty folder.")
    Path to;

    @Option(names = "--as-of", paramLabel = "RUN_ID", description = "The tables as that run left them (see `jobs/quarry history`); default the latest.")
    String asOf;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        TableWriter tables = new TableWriter(spark, config.output().root(), runId);
        if (!tables.exists(Table.ARTICLES)) {
            System.err.println("quarry: input error: no articles table at " + tables.tablePath(Table.ARTICLES) + "; run `jobs/quarry run` first");
            return ExitCode.INPUT;
        }
        if (asOf != null) {
            if (tables.versionAsOf(Table.ARTICLES, asOf) < 0) {
                System.err.println("quarry: no articles were committed by run " + asOf + " or an earlier one; `jobs/quarry history` lists the runs");
                return ExitCode.USAGE;
            }
            tables = tables.asOf(asOf);
        }
        Map<Table, Long> rows;
        try {
            progress.start("export", "plain Parquet into " + to.toAbsolutePath());
            rows = TableExport.write(tables, to);
            progress.done(rows.size() + " tables");
        } catch (IllegalArgumentException e) {
            System.err.println("quarry: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (TableWriter.VersionGone e) {
            System.err.println("quarry: input error: " + e.getMessage());
            return ExitCode.INPUT;
        }
        rows.forEach((t, n) -> System.out.printf("%-24s %10d rows  %s%n", t.tableName(), n, to.resolve(t.tableName()).toAbsolutePath()));
        return ExitCode.OK;
    }
}
