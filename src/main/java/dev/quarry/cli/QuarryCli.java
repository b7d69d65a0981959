package dev.quarry.cli;

import dev.quarry.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code quarry <command>}: the entry point of the jar. */
@Command(name = "quarry", mixinStandardHelpOptions = true, versionProvider = QuarryCli.Version.class,
        description = "Turns news archives into tables of who said what, when, and about whom.",
        subcommands = {RunCommand.class, IngestCommand.class, AnnotateCommand.class, AggregateCommand.class, ReportCommand.class, EvaluateCommand.class, TrainModelsCommand.class, BenchmarkCommand.class, CompareCommand.class, HistoryCommand.class, MaintainCommand.class, ExportCommand.class, QuarryCli.ConfigValue.class},
        footer = {"", "Exit codes: 0 ok, 2 bad command line, 3 bad configuration, 4 input missing, 5 run failed, 6 compare found differences, 7 output root busy."})
public final class QuarryCli implements Callable<Integer> {

    public static void main(String[] args) {
        int code = execute(args);
        org.apache.spark.sql.SparkSession.getDefaultSession().foreach(session -> {
            session.stop();
            return null;
        });
        System.exit(code);
    }

    public static int execute(String... args) {
        return new CommandLine(new QuarryCli()).execute(args);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return ExitCode.USAGE;
    }

    /** {@code --version}: the version from pom.xml. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quarry " + dev.quarry.QuarryVersion.get()};
        }
    }

    /** Prints one configuration value; the launcher uses it to size the JVM before Spark starts. */
    @Command(name = "config-value", hidden = true)
    static final class ConfigValue implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Parameters(index = "0")
        String key;

        @Override
        public Integer call() {
            try {
                var c = options.load();
                String value = switch (key) {
                    case "spark.master" -> c.spark().master();
                    case "spark.driver-memory" -> c.spark().driverMemory();
                    case "spark.executor-memory" -> c.spark().executorMemory();
                    default -> throw new ConfigException("config-value does not know '" + key + "'");
                };
                System.out.println(value);
                return ExitCode.OK;
            } catch (ConfigException e) {
                System.err.println("quarry: configuration error: " + e.getMessage());
                return ExitCode.CONFIG;
            }
        }
    }
}
