package dev.quarry.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's results: one row per stage, the archive and the machine; as JSON and as a table. */
public final class BenchmarkReport {

    /**
     * One measured stage.
     *
     * @param seconds wall seconds; for the plain-Java parts, task seconds divided by the cores
     * @param note    how it was measured, when that is not plain wall time
     */
    public record Stage(String name, String description, double seconds, MemoryWatch.Peak peak, String note) {
    }

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Object> archive = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private final List<DailyDrops.Drop> daily = new ArrayList<>();
    private long articles;
    private long tokens;
    private long chars;
    private int cores;

    public void machine(String key, Object value) {
        machine.put(key, value);
    }

    public void archive(String key, Object value) {
        archive.put(key, value);
    }

    public void size(long articles, long tokens, long chars, int cores) {
        this.articles = articles;
        this.tokens = tokens;
        this.chars = chars;
        this.cores = cores;
    }

    public void add(Stage stage) {
        stages.add(stage);
    }

    public void daily(List<DailyDrops.Drop> drops) {
        daily.addAll(drops);
    }

    public void finding(String line) {
        findings.add(line);
    }

    public List<Stage> stages() {
        return stages;
    }

    public Stage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    public long tokens() {
        return tokens;
    }

    public int cores() {
        return cores;
    }

    public double tokensPerSecond(Stage s) {
        return tokens / s.seconds();
    }

    public double tokensPerSecondPerCore(Stage s) {
        return tokensPerSecond(s) / cores;
    }

    /** A stage's throughput as a share of the scan floor's; NaN without a floor. */
    public double ratioToFloor(Stage s) {
        Stage floor = stage("floor");
        return floor == null ? Double.NaN : floor.seconds() / s.seconds();
    }

    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.set("machine", mapper.valueToTree(machine));
        ObjectNode a = mapper.valueToTree(archive);
        a.put("articles", articles);
        a.put("tokens", tokens);
        a.put("chars", chars);
        root.set("archive", a);
        root.put("cores", cores);
        ArrayNode list = root.putArray("stages");
        for (Stage s : stages) {
            ObjectNode o = list.addObject();
            o.put("stage", s.name());
            o.put("description", s.description());
            o.put("seconds", round(s.seconds(), 3));
            o.put("articles_per_s", round(articles / s.seconds(), 2));
            o.put("tokens_per_s", round(tokens / s.seconds(), 1));
            o.put("chars_per_s", round(chars / s.seconds(), 1));
            o.put("articles_per_s_per_core", round(articles / s.seconds() / cores, 2));
            o.put("tokens_per_s_per_core", round(tokens / s.seconds() / cores, 1));
            o.put("chars_per_s_per_core", round(chars / s.seconds() / cores, 1));
            if (!Double.isNaN(ratioToFloor(s))) {
                o.put("ratio_to_scan_floor", round(ratioToFloor(s), 4));
            }
            if (s.peak() != null) {
                o.put("peak_heap_mb", round(s.peak().heapMb(), 1));
                o.put("peak_rss_mb", round(s.peak().rssMb(), 1));
            }
            if (s.note() != null) {
                o.put("note", s.note());
            }
        }
        if (!daily.isEmpty()) {
            ArrayNode days = root.putArray("daily");
            for (DailyDrops.Drop d : daily) {
                ObjectNode o = days.addObject();
                o.put("day", d.day());
                o.put("seconds", round(d.seconds(), 3));
                ObjectNode st = o.putObject("stages");
                d.stageSeconds().forEach((k, v) -> st.put(k, round(v, 3)));
            }
        }
        ArrayNode f = root.putArray("findings");
        findings.forEach(f::add);
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append("machine  ").append(machine).append('\n');
        b.append("archive  ").append(archive).append(String.format(", %d articles, %d tokens, %d chars%n", articles, tokens, chars));
        b.append(String.format("cores    %d%n%n", cores));
        b.append(String.format("%-11s %9s %10s %11s %12s %12s %8s %9s %9s  %s%n", "stage", "seconds", "articles/s",
                "tokens/s", "tokens/s/core", "chars/s/core", "x floor", "heap MB", "RSS MB", "what"));
        for (Stage s : stages) {
            double ratio = ratioToFloor(s);
            b.append(String.format("%-11s %9.2f %10.1f %11.0f %12.0f %12.0f %8s %9.0f %9.0f  %s%s%n", s.name(), s.seconds(),
                    articles / s.seconds(), tokens / s.seconds(), tokens / s.seconds() / cores, chars / s.seconds() / cores,
                    Double.isNaN(ratio) ? "-" : String.format("%.3f", ratio),
                    s.peak() == null ? Double.NaN : s.peak().heapMb(), s.peak() == null ? Double.NaN : s.peak().rssMb(),
                    s.description(), s.note() == null ? "" : " [" + s.note() + "]"));
        }
        if (!daily.isEmpty()) {
            b.append(String.format("%n%-6s %9s  %s%n", "day", "seconds", "stages (seconds)"));
            for (DailyDrops.Drop d : daily) {
                b.append(String.format("%-6d %9.2f  %s%n", d.day(), d.seconds(), DailyDrops.format(d.stageSeconds())));
            }
        }
        if (!findings.isEmpty()) {
            b.append('\n');
            findings.forEach(f -> b.append(f).append('\n'));
        }
        return b.toString();
    }

    private static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return -1;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
