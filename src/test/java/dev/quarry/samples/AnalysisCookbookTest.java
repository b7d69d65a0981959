package dev.quarry.samples;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every query of docs/analysis.md against the sample run's output, in DuckDB, in Spark SQL and in Polars (on Delta). */
class AnalysisCookbookTest {

    private static final Pattern BLOCK = Pattern.compile("```sql\\n-- (\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static Map<String, String> blocks;
    private static Path out;

    @BeforeAll
    static void read() throws Exception {
        out = SampleRun.output();
        blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(Path.of("docs/analysis.md")));
        while (m.find()) {
            blocks.put(m.group(1), m.group(2).strip());
        }
    }

    private static final Pattern DELTA_SCAN = Pattern.compile("delta_scan\\('out/(\\w+)'\\)");

    /**
     * The setup's views with each {@code delta_scan('out/t')} read as the live files of the table's
     * Delta log: DuckDB's delta extension is downloaded on first use, which this machine cannot do, so
     * the tests' own log reader stands in for it.
     */
    private static String views(String setup) {
        Matcher m = DELTA_SCAN.matcher(setup);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(dev.quarry.tables.DeltaLogFiles.scan(out.resolve(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<String> queries() {
        return blocks.keySet().stream().filter(k -> k.startsWith("q")).toList();
    }

    @Test
    void theCookbookHasTenOrSoQuestions() {
        assertTrue(blocks.containsKey("setup"));
        assertTrue(queries().size() >= 10, "questions: " + queries());
    }

    @Test
    void everyQueryRunsInDuckdbAndReturnsRows() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            for (String setup : blocks.get("setup").split(";")) {
                if (!setup.isBlank()) {
                    st.execute(views(setup));
                }
            }
            for (String q : queries()) {
                String sql = blocks.get(q).replace("explode(roles)", "unnest(roles)");
                try (ResultSet rs = st.executeQuery(sql.replaceAll(";\\s*$", ""))) {
                    assertTrue(rs.next(), q + " returned no rows in DuckDB:\n" + sql);
                }
            }
        }
    }

    @Test
    void everyQueryRunsInSparkSqlWithTheSameRowCount() throws Exception {
        SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
        for (String t : List.of("articles", "quotes", "entities", "quotations", "speakers", "speakers_monthly", "entity_mentions_monthly", "rejects")) {
            spark.read().format("delta").load(out.resolve(t).toString()).createOrReplaceTempView(t);
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            for (String setup : blocks.get("setup").split(";")) {
                if (!setup.isBlank()) {
                    st.execute(views(setup));
                }
            }
            List<String> mismatches = new ArrayList<>();
            for (String q : queries()) {
                String sql = blocks.get(q).replaceAll(";\\s*$", "");
                long sparkRows = spark.sql(sql).count();
                long duckRows = 0;
                try (ResultSet rs = st.executeQuery(sql.replace("explode(roles)", "unnest(roles)"))) {
                    while (rs.next()) {
                        duckRows++;
                    }
                }
                if (sparkRows != duckRows) {
                    mismatches.add(q + ": Spark " + sparkRows + " rows, DuckDB " + duckRows);
                }
            }
            assertEquals(List.of(), mismatches);
        }
    }

    @Test
    void everyQueryRunsInPolarsOnDeltaWithTheSameRowCountAsDuckdb() throws Exception {
        String python = System.getenv("QUARRY_PYTHON");
        // .ci/run builds a virtual environment with polars and deltalake and sets QUARRY_PYTHON.
        org.junit.jupiter.api.Assumptions.assumeTrue(python != null && !python.isBlank(),
                "QUARRY_PYTHON is not set: no Python with polars and deltalake to run the cookbook in");
        Process p = new ProcessBuilder(python, "notebooks/cookbook_polars.py", out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the Polars cookbook did not finish");
        assertEquals(0, p.exitValue(), output);
        Map<String, Long> polars = new LinkedHashMap<>();
        for (String line : output.strip().split("\n")) {
            String[] f = line.strip().split(" ");
            polars.put(f[0], Long.parseLong(f[1]));
        }
        Map<String, Long> duck = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            for (String setup : blocks.get("setup").split(";")) {
                if (!setup.isBlank()) {
                    st.execute(views(setup));
                }
            }
            for (String q : queries()) {
                long rows = 0;
                try (ResultSet rs = st.executeQuery(blocks.get(q).replace("explode(roles)", "unnest(roles)").replaceAll(";\\s*$", ""))) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                duck.put(q, rows);
            }
        }
        assertEquals(duck, polars, output);
    }
}
