package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import dev.quarry.tables.Table;
import dev.quarry.tables.TableComparison;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.Map;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the tables under two output roots row for row, leaving out run ids, run times and the",
                "configuration hash. Exit code 0 when every table holds the same rows, 6 when one differs (5 when the comparison itself failed)."})
final class CompareCommand extends SparkCommand {

    @Parameters(index = "0", paramLabel = "LEFT", description = "One output root.")
    String left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "The other output root.")
    String right;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) {
        Map<Table, TableComparison.Outcome> outcomes = TableComparison.compare(spark, left, right);
        boolean same = true;
        System.out.printf("%-24s %10s %10s %10s %10s%n", "table", "left rows", "right rows", "only left", "only right");
        for (TableComparison.Outcome o : outcomes.values()) {
            System.out.printf("%-24s %10d %10d %10d %10d  %s%n", o.table().tableName(), o.leftRows(), o.rightRows(),
                    o.onlyLeft(), o.onlyRight(), o.same() ? "same" : o.note() == null ? "DIFFERENT" : o.note());
            same &= o.same();
        }
        System.out.println(same ? "the tables are identical (run ids and times left out)" : "the tables differ");
        return same ? ExitCode.OK : ExitCode.TABLES_DIFFER;
    }
}
