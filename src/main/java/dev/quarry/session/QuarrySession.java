package dev.quarry.session;

import dev.quarry.config.QuarryConfig;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** Builds the SparkSession from the configuration (not SparkNLP.start(), which fetches packages). */
public final class QuarrySession {

    public static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
    public static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

    private QuarrySession() {
    }

    public static SparkSession start(QuarryConfig config) {
        QuarryConfig.Spark s = config.spark();
        SparkSession.Builder builder = SparkSession.builder()
                .appName(s.appName())
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                // Spark NLP annotations are large; Kryo's buffer must stay below 2048m.
                .config("spark.kryoserializer.buffer.max", "1024m")
                .config("spark.sql.shuffle.partitions", String.valueOf(s.shufflePartitions()))
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.executor.memory", s.executorMemory())
                // Progress reports how far a stage is, in lines a log file can hold; Spark's console bars
                // are carriage-return animations that make one long garbage line of a log.
                .config("spark.ui.showConsoleProgress", "false")
                // The tables are Delta tables; MERGE, OPTIMIZE and VACUUM need Delta's extension and catalog.
                .config("spark.sql.extensions", DELTA_EXTENSION)
                .config("spark.sql.catalog.spark_catalog", DELTA_CATALOG)
                // Delta rebuilds a table's state from its log in this many tasks (default 50): one table's log
                // of daily commits is small, and 50 tasks per table read cost more than the reading itself.
                .config("spark.databricks.delta.snapshotPartitions", "2");
        // Under spark-submit the master comes from the command line; set it only when running embedded.
        if (System.getProperty("spark.master") == null) {
            builder.master(s.master());
        }
        if (s.isLocal()) {
            builder.config("spark.ui.enabled", "false");
        }
        for (Map.Entry<String, String> e : s.conf().entrySet()) {
            builder.config(e.getKey(), e.getValue());
        }
        return builder.getOrCreate();
    }
}
