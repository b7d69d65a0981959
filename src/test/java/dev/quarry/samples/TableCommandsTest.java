package dev.quarry.samples;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.tables.DeltaLogFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** history and export on a copy of the sample run's output root (maintain: TableWriterTest). */
class TableCommandsTest {

    private static long duckdbCount(String from) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = db.createStatement().executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String stdout(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCode.OK, QuarryCli.execute(args), String.join(" ", args));
        } finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void historyListsTheRunAndExportWritesPlainParquet() throws Exception {
        Path dir = Files.createTempDirectory("quarry-table-commands");
        Path root = dir.resolve("out");
        dev.quarry.tables.FolderCopy.copy(SampleRun.output(), root);
        long quotes = duckdbCount(DeltaLogFiles.scan(root.resolve("quotes")));
        String[] common = {"--output", root.toString(), "--set", "spark.master=local[2]"};

        String history = stdout(args("history", common));
        assertTrue(history.lines().anyMatch(l -> l.matches("\\d{8}T\\d{6}Z-\\w+ .* run --full .* quotes v0.*")), history);

        Path export = dir.resolve("export");
        String exported = stdout(args("export", common, "--to", export.toString()));
        assertTrue(exported.contains("quotes"), exported);
        assertTrue(!Files.exists(export.resolve("quotes/_delta_log")), "plain Parquet, no log");
        assertEquals(quotes, duckdbCount("read_parquet('" + export.resolve("quotes") + "/**/*.parquet', hive_partitioning = true)"));
        assertEquals(ExitCode.USAGE, QuarryCli.execute(args("export", common, "--to", export.toString())), "an export never writes into a non-empty folder");

    }

    private static String[] args(String command, String[] common, String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(command));
        all.addAll(java.util.List.of(common));
        all.addAll(java.util.List.of(more));
        return all.toArray(new String[0]);
    }
}
