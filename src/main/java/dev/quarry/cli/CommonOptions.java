package dev.quarry.cli;

import dev.quarry.config.ConfigLoader;
import dev.quarry.config.QuarryConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every command takes; each maps onto a configuration key. */
public final class CommonOptions {

    /** Every input format; CommonOptionsTest keeps it in step with InputFormat. */
    static final String FORMATS = "text, jsonl, csv, sgml, warc, parquet, orc, or auto (each file by its ending)";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "HOCON file with the settings to change (see conf/quarry.conf).")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration key; repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--input", paramLabel = "PATH", description = "Input file, folder or glob (input.path).")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Input format (input.format): " + FORMATS + ".")
    String format;

    @Option(names = "--output", paramLabel = "DIR", description = "Output root; each table is a folder under it (output.root).")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (spark.master); jobs/quarry then uses spark-submit.")
    String master;

    @Option(names = "--log-level", paramLabel = "LEVEL", description = "Log level of Spark, Spark NLP and Quarry: error, warn, info or debug (logging.level).")
    String logLevel;

    /** The project's editable defaults, when the launcher says where the project is. */
    private static Path projectConf() {
        String home = System.getenv("QUARRY_HOME");
        return home == null ? null : Path.of(home, "conf", "quarry.conf");
    }

    QuarryConfig load() {
        List<String> all = new ArrayList<>(sets);
        if (input != null) {
            all.add("input.path=" + input);
        }
        if (format != null) {
            all.add("input.format=" + format);
        }
        if (output != null) {
            all.add("output.root=" + output);
        }
        if (master != null) {
            all.add("spark.master=" + master);
        }
        if (logLevel != null) {
            all.add("logging.level=" + logLevel);
        }
        return ConfigLoader.load(projectConf(), configFile, all);
    }
}
