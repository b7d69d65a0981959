package dev.quarry.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tests' own reader of a Delta table's log, independent of Spark and of Delta's code: the data
 * files the log says are live (the last checkpoint's adds, then each later commit's adds and
 * removes in order). DuckDB then reads exactly those files, never a glob that would also find
 * files a later version removed.
 */
public final class DeltaLogFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeltaLogFiles() {
    }

    /** A DuckDB table expression over the table's live files, partition columns read from the paths. */
    public static String scan(Path table) {
        List<Path> files = live(table);
        if (files.isEmpty()) {
            throw new IllegalStateException("the Delta log of " + table + " lists no live data files");
        }
        StringBuilder list = new StringBuilder();
        for (Path f : files) {
            list.append(list.length() == 0 ? "" : ", ").append('\'').append(f.toString().replace("'", "''")).append('\'');
        }
        return "read_parquet([" + list + "], hive_partitioning = true)";
    }

    /** The live data files of the Delta table at {@code table}, as absolute paths. */
    public static List<Path> live(Path table) {
        Path log = table.resolve("_delta_log");
        if (!Files.isDirectory(log)) {
            throw new IllegalStateException(table + " has no _delta_log: not a Delta table");
        }
        try {
            Set<String> live = new LinkedHashSet<>();
            long after = -1;
            Path last = log.resolve("_last_checkpoint");
            if (Files.exists(last)) {
                after = JSON.readTree(last.toFile()).get("version").asLong();
                live.addAll(checkpointAdds(log, after));
            }
            List<Path> commits = new ArrayList<>();
            try (Stream<Path> s = Files.list(log)) {
                s.filter(p -> p.getFileName().toString().matches("\\d{20}\\.json")).forEach(commits::add);
            }
            commits.sort(null);
            for (Path commit : commits) {
                if (Long.parseLong(commit.getFileName().toString().substring(0, 20)) <= after) {
                    continue;
                }
                for (String line : Files.readAllLines(commit)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode action = JSON.readTree(line);
                    if (action.has("add")) {
                        live.add(action.get("add").get("path").asText());
                    } else if (action.has("remove")) {
                        live.remove(action.get("remove").get("path").asText());
                    }
                }
            }
            List<Path> files = new ArrayList<>();
            for (String p : live) {
                // Paths in the log are relative URIs, percent-encoded.
                files.add(table.resolve(URI.create(p.replace(" ", "%20")).getPath()).toAbsolutePath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> checkpointAdds(Path log, long version) {
        List<String> adds = new ArrayList<>();
        String glob = log.resolve(String.format("%020d.checkpoint", version)).toString() + "*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select \"add\".path from read_parquet('" + glob + "') where \"add\" is not null")) {
            while (r.next()) {
                adds.add(r.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the checkpoint " + glob, e);
        }
        return adds;
    }
}
