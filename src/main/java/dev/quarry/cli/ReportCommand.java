package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import dev.quarry.report.TrendReport;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML trend report (inline SVG charts, a CSV file behind each) from the tables",
                "under the output root: quote volume, most-quoted and rising people, entity trends, one speaker, coverage."})
final class ReportCommand extends SparkCommand {

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "First month.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "Last month.")
    String to;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Speaker to profile (name or speaker_key); default the most quoted person.")
    String speaker;

    @Option(names = "--entity", paramLabel = "NAME", description = "Entity to chart on its own (name or entity_key).")
    String entity;

    @Option(names = "--top", defaultValue = "10", description = "How many speakers and entities per chart (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--as-of", paramLabel = "RUN_ID", description = "Read the tables as that run left them (a run id from `jobs/quarry history`); default the latest.")
    String asOf;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Where to write report.html and the CSV files (default: <output>/report).")
    Path reportDir;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        YearMonth first;
        YearMonth last;
        try {
            first = YearMonth.parse(from);
            last = YearMonth.parse(to);
        } catch (DateTimeParseException e) {
            System.err.println("quarry: --from and --to take YYYY-MM, got '" + from + "' and '" + to + "'");
            return ExitCode.USAGE;
        }
        if (last.isBefore(first) || top < 1) {
            System.err.println("quarry: --to must not be before --from, and --top must be at least 1");
            return ExitCode.USAGE;
        }
        Path dir = reportDir != null ? reportDir : Path.of(config.output().root()).resolve("report");
        progress.start("report", first + " to " + last);
        TableWriter tables = new TableWriter(spark, config.output().root(), runId);
        if (asOf != null) {
            if (tables.versionAsOf(dev.quarry.tables.Table.QUOTES, asOf) < 0) {
                System.err.println("quarry: no quotes were committed by run " + asOf + " or an earlier one; `jobs/quarry history` lists the runs");
                return ExitCode.USAGE;
            }
            tables = tables.asOf(asOf);
        }
        Path page;
        try {
            page = TrendReport.write(spark, tables, new TrendReport.Request(first, last, speaker, entity, top, dir));
        } catch (TableWriter.VersionGone e) {
            System.err.println("quarry: input error: " + e.getMessage());
            return ExitCode.INPUT;
        }
        progress.done("written");
        System.out.println("report: " + page.toAbsolutePath());
        return ExitCode.OK;
    }
}
