package dev.quarry.tables;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.map_entries;

/**
 * Compares the tables of two output roots row for row (as multisets), leaving out what names or
 * times a run rather than describes the data: run ids, ingest and reject times, and the run log's
 * clock and configuration columns. Two runs of the same input with the same code and models, on
 * any master, must compare equal.
 */
public final class TableComparison {

    /** Columns that differ between two runs of the same input by design. */
    public static final Set<String> RUN_COLUMNS = Set.of("run_id", "ingested_at", "rejected_at", "started_at", "finished_at",
            "stage_seconds", "config_hash");

    /** One table's outcome: rows on each side, and rows found on one side only. */
    public record Outcome(Table table, long leftRows, long rightRows, long onlyLeft, long onlyRight, String note) {
        public boolean same() {
            return note == null && onlyLeft == 0 && onlyRight == 0 && leftRows == rightRows;
        }
    }

    private TableComparison() {
    }

    public static Map<Table, Outcome> compare(SparkSession spark, String leftRoot, String rightRoot) {
        TableWriter left = new TableWriter(spark, leftRoot, "compare");
        TableWriter right = new TableWriter(spark, rightRoot, "compare");
        Map<Table, Outcome> out = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            boolean l = left.exists(t);
            boolean r = right.exists(t);
            if (!l || !r) {
                out.put(t, new Outcome(t, 0, 0, 0, 0, l == r ? null : "only under " + (l ? leftRoot : rightRoot)));
                continue;
            }
            Dataset<Row> a = comparable(left.read(t));
            Dataset<Row> b = comparable(right.read(t));
            out.put(t, new Outcome(t, a.count(), b.count(), a.exceptAll(b).count(), b.exceptAll(a).count(), null));
        }
        return out;
    }

    /** The columns that describe data; maps become sorted entry arrays, since set operations cannot take maps. */
    static Dataset<Row> comparable(Dataset<Row> d) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : d.schema().fields()) {
            if (RUN_COLUMNS.contains(f.name())) {
                continue;
            }
            cols.add(f.dataType() instanceof MapType ? array_sort(map_entries(col(f.name()))).as(f.name()) : col(f.name()));
        }
        return d.select(cols.toArray(new Column[0]));
    }
}
