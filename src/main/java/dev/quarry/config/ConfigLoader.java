package dev.quarry.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads the configuration once, in layers: the defaults built into the jar (a copy of
 * {@code conf/quarry.conf}), then the project's {@code conf/quarry.conf} if the launcher names
 * one, then {@code -c FILE}, then {@code --set key=value}. Every key of every layer must be one
 * the defaults define (only {@code spark.conf} is open), and every value is checked before Spark
 * starts.
 */
public final class ConfigLoader {

    /** The defaults inside the jar; also the list of known keys. */
    public static final String BUILTIN_RESOURCE = "quarry.conf";
    private static final String OPEN_SECTION = "spark.conf";
    private static final Pattern MEMORY = Pattern.compile("\\d+[kKmMgGtT]?");

    private ConfigLoader() {
    }

    /**
     * @param projectFile the project's editable defaults (may be null or absent)
     * @param userFile a file given with -c (may be null; must exist if given)
     * @param sets "key=value" overrides, last one wins
     */
    public static QuarryConfig load(Path projectFile, Path userFile, List<String> sets) {
        Config builtin = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), BUILTIN_RESOURCE,
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config merged = builtin;
        if (projectFile != null && Files.isRegularFile(projectFile)) {
            merged = layer(parseFile(projectFile), projectFile.toString(), builtin).withFallback(merged);
        }
        if (userFile != null) {
            if (!Files.isRegularFile(userFile)) {
                throw new ConfigException("configuration file not found: " + userFile);
            }
            merged = layer(parseFile(userFile), userFile.toString(), builtin).withFallback(merged);
        }
        Config overrides = ConfigFactory.empty();
        for (String set : sets) {
            overrides = parseSet(set).withFallback(overrides);
        }
        merged = layer(overrides, "--set", builtin).withFallback(merged);
        try {
            merged = merged.resolve();
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("configuration does not resolve: " + e.getMessage());
        }
        return typed(merged);
    }

    private static Config parseFile(Path file) {
        try {
            return ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("cannot parse " + file + ": " + e.getMessage());
        }
    }

    static Config parseSet(String set) {
        int eq = set.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("--set expects key=value, got '" + set + "'");
        }
        String key = set.substring(0, eq).strip();
        String value = set.substring(eq + 1).strip();
        try {
            if (value.startsWith("[") || value.startsWith("{")) {
                return ConfigFactory.parseString(quoteKey(key) + " = " + value);
            }
            return ConfigFactory.empty().withValue(key, ConfigValueFactory.fromAnyRef(value, "--set " + key));
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("bad --set '" + set + "': " + e.getMessage());
        }
    }

    private static String quoteKey(String key) {
        StringBuilder b = new StringBuilder();
        for (String part : key.split("\\.", -1)) {
            if (!b.isEmpty()) {
                b.append('.');
            }
            b.append('"').append(part.replace("\"", "\\\"")).append('"');
        }
        return b.toString();
    }

    /** Rejects keys the defaults do not define, and values of the wrong shape. */
    private static Config layer(Config layer, String origin, Config builtin) {
        for (Map.Entry<String, ConfigValue> e : layer.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(OPEN_SECTION + ".")) {
                continue;
            }
            if (!builtin.hasPath(key)) {
                throw new ConfigException("unknown configuration key '" + key + "' (from " + origin + ")"
                        + suggestion(key, builtin));
            }
            ConfigValueType expected = builtin.getValue(key).valueType();
            ConfigValueType actual = e.getValue().valueType();
            boolean listAsString = expected == ConfigValueType.LIST && actual == ConfigValueType.STRING;
            if (expected == ConfigValueType.LIST && actual != ConfigValueType.LIST && !listAsString) {
                throw new ConfigException("configuration key '" + key + "' (from " + origin + ") must be a list");
            }
        }
        return layer;
    }

    private static String suggestion(String key, Config builtin) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, ConfigValue> e : builtin.entrySet()) {
            int d = distance(key, e.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getKey();
            }
        }
        return best != null && bestDistance <= 4 ? "; did you mean '" + best + "'?" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static QuarryConfig typed(Config c) {
        QuarryConfig.Input input = new QuarryConfig.Input(
                nonEmpty(c, "input.path"),
                parse(c, "input.format", InputFormat::parse));
        long keepHistory = duration(c, "output.keep-history", java.util.concurrent.TimeUnit.HOURS, "30d or 168h");
        if (keepHistory < 1) {
            throw new ConfigException("configuration key 'output.keep-history' must be at least 1h (it is "
                    + c.getValue("output.keep-history").unwrapped() + "): a run reading the tables while `maintain` runs needs their files");
        }
        QuarryConfig.Output output = new QuarryConfig.Output(nonEmpty(c, "output.root"), keepHistory);
        Map<String, String> sparkConf = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : c.getConfig(OPEN_SECTION).entrySet()) {
            sparkConf.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped()));
        }
        QuarryConfig.Spark spark = new QuarryConfig.Spark(
                nonEmpty(c, "spark.master"),
                nonEmpty(c, "spark.app-name"),
                memory(c, "spark.driver-memory"),
                memory(c, "spark.executor-memory"),
                positiveInt(c, "spark.shuffle-partitions", 1),
                sparkConf);
        String delimiter = string(c, "ingest.csv.delimiter");
        if (delimiter.length() != 1) {
            throw new ConfigException("configuration key 'ingest.csv.delimiter' must be a single character, got '" + delimiter + "'");
        }
        QuarryConfig.Ingest ingest = new QuarryConfig.Ingest(
                bool(c, "ingest.detect-language"),
                bytes(c, "ingest.jsonl-split-bytes"),
                positiveInt(c, "ingest.max-article-chars", 100),
                mapping(c, "ingest.json.fields"),
                delimiter.charAt(0),
                nonEmpty(c, "ingest.csv.authors-separator"),
                mapping(c, "ingest.csv.columns"),
                mapping(c, "ingest.table.columns"),
                dateFormats(c, "ingest.date-formats"),
                onChangedArticle(c, "ingest.on-changed-article"));
        QuarryConfig.Annotate annotate = new QuarryConfig.Annotate(
                languages(c, "annotate.languages"),
                positiveInt(c, "annotate.max-sentence-chars", 50),
                positiveInt(c, "annotate.partitions", 0),
                positiveInt(c, "annotate.max-piece-chars", 1000));
        if (annotate.maxPieceChars() < annotate.maxSentenceChars()) {
            throw new ConfigException("annotate.max-piece-chars (" + annotate.maxPieceChars() + ") must be at least"
                    + " annotate.max-sentence-chars (" + annotate.maxSentenceChars() + ")");
        }
        Map<String, String> modelPaths = new LinkedHashMap<>();
        for (String name : List.of("pos", "lemma", "dependency", "embeddings", "ner", "attribution")) {
            String value = string(c, "models." + name);
            if (!value.isBlank()) {
                modelPaths.put(name, value);
            }
        }
        QuarryConfig.Models models = new QuarryConfig.Models(bool(c, "models.enabled"), nonEmpty(c, "models.dir"), modelPaths);
        String level = string(c, "logging.level").strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("ERROR", "WARN", "INFO", "DEBUG").contains(level)) {
            throw new ConfigException("bad value '" + c.getValue("logging.level").unwrapped()
                    + "' for configuration key 'logging.level': expected error, warn, info or debug");
        }
        long interval = duration(c, "logging.progress-interval", java.util.concurrent.TimeUnit.MILLISECONDS, "30s or 2m");
        if (interval < 0) {
            throw new ConfigException("configuration key 'logging.progress-interval' must not be negative");
        }
        QuarryConfig.Logging logging = new QuarryConfig.Logging(level, interval);
        return new QuarryConfig(input, output, spark, ingest, annotate, models, quotes(c), speakers(c), logging, hash(c));
    }

    /**
     * A local alias file must exist and name the columns id, name and alias in its header row; a path
     * with a scheme (hdfs://, s3a://) is left for Spark to read.
     */
    private static long duration(Config c, String key, java.util.concurrent.TimeUnit unit, String examples) {
        try {
            return c.getDuration(key, unit);
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("bad value '" + c.getValue(key).unwrapped() + "' for configuration key '" + key
                    + "': expected a duration such as " + examples);
        }
    }

    private static QuarryConfig.Speakers speakers(Config c) {
        String file = string(c, "speakers.aliases-file").strip();
        if (!file.isEmpty() && !file.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            Path path = Path.of(file.startsWith("file:") ? file.substring(5) : file);
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("configuration key 'speakers.aliases-file': no file at " + path.toAbsolutePath());
            }
            String header;
            try (java.io.BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                header = r.readLine();
            } catch (java.io.IOException e) {
                throw new ConfigException("configuration key 'speakers.aliases-file': cannot read " + path + ": " + e.getMessage());
            }
            List<String> columns = new ArrayList<>();
            for (String h : (header == null ? "" : header.replace("\uFEFF", "")).split(",", -1)) {
                columns.add(h.strip().replace("\"", "").toLowerCase(java.util.Locale.ROOT));
            }
            for (String needed : List.of("id", "name", "alias")) {
                if (!columns.contains(needed)) {
                    throw new ConfigException("configuration key 'speakers.aliases-file': " + path + " needs a header row with the columns"
                            + " id, name and alias (comma-separated); its first line is '" + (header == null ? "" : header) + "'");
                }
            }
            // Spark resolves a relative path against its own working directory, which under
            // spark-submit need not be ours.
            file = path.toAbsolutePath().toString();
        }
        return new QuarryConfig.Speakers(file);
    }

    private static dev.quarry.config.PublicationDates dateFormats(Config c, String key) {
        List<String> patterns = new ArrayList<>();
        for (Object o : listOrOne(c, key)) {
            patterns.add(String.valueOf(o));
        }
        try {
            return new dev.quarry.config.PublicationDates(patterns);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("bad value in configuration key '" + key + "': " + e.getMessage()
                    + " (see java.time.format.DateTimeFormatter for the pattern letters)");
        }
    }

    private static FieldMapping mapping(Config c, String path) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (String target : FieldMapping.TARGETS) {
            String key = path + "." + target;
            if (!c.hasPath(key)) {
                throw new ConfigException("configuration key '" + key + "' is missing");
            }
            ConfigValue v = c.getValue(key);
            List<String> fields = new ArrayList<>();
            if (v.valueType() == ConfigValueType.LIST) {
                for (Object o : c.getList(key).unwrapped()) {
                    fields.add(String.valueOf(o));
                }
            } else if (v.valueType() == ConfigValueType.STRING) {
                fields.add(c.getString(key));
            } else {
                throw new ConfigException("configuration key '" + key + "' must be a field name or a list of them");
            }
            candidates.put(target, List.copyOf(fields));
        }
        if (candidates.get("text").isEmpty()) {
            throw new ConfigException("configuration key '" + path + ".text' must name at least one field");
        }
        return new FieldMapping(candidates);
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> T parse(Config c, String key, Parser<T> parser) {
        String value = string(c, key);
        try {
            return parser.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("bad value '" + value + "' for configuration key '" + key + "': " + e.getMessage());
        }
    }

    /** replace -> true, keep -> false. */
    private static boolean onChangedArticle(Config c, String key) {
        String v = string(c, key).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "replace" -> true;
            case "keep" -> false;
            default -> throw new ConfigException("configuration key '" + key + "' must be replace (a record whose article_id is"
                    + " already in the archive, with another text, replaces that article) or keep (it is rejected as"
                    + " duplicate_article_id), got '" + v + "'");
        };
    }

    private static String string(Config c, String key) {
        try {
            return c.getString(key);
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("configuration key '" + key + "' must be a string: " + e.getMessage());
        }
    }

    private static String nonEmpty(Config c, String key) {
        String v = string(c, key).strip();
        if (v.isEmpty()) {
            throw new ConfigException("configuration key '" + key + "' must not be empty");
        }
        return v;
    }

    private static String memory(Config c, String key) {
        String v = nonEmpty(c, key);
        if (!MEMORY.matcher(v).matches()) {
            throw new ConfigException("bad value '" + v + "' for configuration key '" + key + "': expected a size such as 512m or 4g");
        }
        return v;
    }

    private static long bytes(Config c, String key) {
        try {
            long v = c.getBytes(key);
            if (v < 1024) {
                throw new ConfigException("bad value " + v + " for configuration key '" + key + "': must be at least 1024 bytes");
            }
            return v;
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("bad value '" + c.getValue(key).unwrapped() + "' for configuration key '" + key + "': expected a size such as 128m");
        }
    }

    private static boolean bool(Config c, String key) {
        try {
            return c.getBoolean(key);
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("bad value '" + c.getValue(key).unwrapped() + "' for configuration key '" + key + "': expected true or false");
        }
    }

    private static java.util.List<String> languages(Config c, String key) {
        java.util.List<String> codes = new ArrayList<>();
        for (Object o : listOrOne(c, key)) {
            String code = String.valueOf(o).strip().toLowerCase(java.util.Locale.ROOT);
            if (!code.matches("[a-z]{2,3}")) {
                throw new ConfigException("bad value '" + o + "' in configuration key '" + key + "': expected language codes such as en or de");
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new ConfigException("configuration key '" + key + "' must name at least one language");
        }
        return List.copyOf(codes);
    }

    /** The quote rules by name; whether each names a rule is checked where the rules are built (QuoteRules). */
    private static QuarryConfig.Quotes quotes(Config c) {
        List<String> rules = new ArrayList<>();
        for (Object o : listOrOne(c, "quotes.rules")) {
            String name = String.valueOf(o).strip();
            if (rules.contains(name)) {
                throw new ConfigException("configuration key 'quotes.rules' names the rule '" + name + "' twice");
            }
            rules.add(name);
        }
        return new QuarryConfig.Quotes(List.copyOf(rules), bool(c, "quotes.attribution-model"));
    }

    /** A key that takes a list, or a single value standing for a list of one. */
    private static List<?> listOrOne(Config c, String key) {
        Object raw = c.getValue(key).unwrapped();
        return raw instanceof List<?> l ? l : List.of(raw);
    }

    private static int positiveInt(Config c, String key, int min) {
        int v;
        try {
            v = c.getInt(key);
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigException("bad value '" + c.getValue(key).unwrapped() + "' for configuration key '" + key + "': expected a whole number");
        }
        if (v < min) {
            throw new ConfigException("bad value " + v + " for configuration key '" + key + "': must be at least " + min);
        }
        return v;
    }

    private static String hash(Config c) {
        String rendered = c.root().render(ConfigRenderOptions.concise().setJson(true));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(rendered.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
