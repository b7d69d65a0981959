package dev.quarry.cli;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code --summary-json FILE}, for the commands that end with a run summary. */
final class SummaryOptions {

    @Option(names = "--summary-json", paramLabel = "FILE",
            description = "Also write the run summary as JSON (counts, stage seconds, tables, rejects by reason) to FILE, any Hadoop path.")
    String jsonFile;

    /** Prints the summary, and writes its JSON when asked. */
    void report(SparkSession spark, String command, String runId, long totalMillis, dev.quarry.ingest.IngestJob.Result ingest,
                boolean full, dev.quarry.annotate.AnnotateJob.Result annotate, Map<String, Long> stageMillis,
                Map<dev.quarry.tables.Table, String> tables) throws java.io.IOException {
        RunSummary.print(System.out, runId, totalMillis, ingest, full, annotate, stageMillis, tables);
        if (jsonFile != null) {
            RunSummary.writeJson(jsonFile, spark.sparkContext().hadoopConfiguration(), command, runId, totalMillis, ingest, full,
                    annotate, stageMillis, tables);
        }
    }
}
