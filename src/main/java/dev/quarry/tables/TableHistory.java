package dev.quarry.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs of an output root as Delta table versions: every commit records the run that made it
 * ({@code userMetadata}), so a run is the set of table versions it committed. Commits without a run
 * (a table converted from plain Parquet) are listed under "(no run)".
 */
public final class TableHistory {

    /** One run: when its last commit was made, and the version of each table it committed. */
    public record RunVersions(String runId, Timestamp committedAt, Map<String, Long> versions, List<String> operations) {
    }

    private TableHistory() {
    }

    /** The runs that committed to any table under the root, oldest first (run ids sort by start time). */
    public static List<RunVersions> of(SparkSession spark, TableWriter tables) {
        Map<String, Timestamp> when = new TreeMap<>();
        Map<String, Map<String, Long>> versions = new TreeMap<>();
        Map<String, java.util.Set<String>> operations = new TreeMap<>();
        for (Table table : Table.values()) {
            if (!tables.exists(table)) {
                continue;
            }
            List<Row> commits = io.delta.tables.DeltaTable.forPath(spark, tables.tablePath(table).toString()).history()
                    .select("version", "timestamp", "userMetadata", "operation").collectAsList();
            for (Row c : commits) {
                String run = c.isNullAt(2) ? "(no run)" : c.getString(2);
                long version = c.getLong(0);
                Timestamp at = c.getTimestamp(1);
                when.merge(run, at, (a, b) -> a.after(b) ? a : b);
                versions.computeIfAbsent(run, k -> new TreeMap<>()).merge(table.tableName(), version, Math::max);
                operations.computeIfAbsent(run, k -> new java.util.TreeSet<>()).add(c.getString(3));
            }
        }
        List<RunVersions> out = new ArrayList<>();
        for (Map.Entry<String, Timestamp> e : when.entrySet()) {
            out.add(new RunVersions(e.getKey(), e.getValue(), versions.get(e.getKey()), List.copyOf(operations.get(e.getKey()))));
        }
        return out;
    }
}
