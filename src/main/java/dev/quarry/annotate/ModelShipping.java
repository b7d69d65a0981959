package dev.quarry.annotate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gets the models to a cluster's executors. Spark ML and Spark NLP read a saved model with Spark
 * jobs ({@code textFile}, {@code objectFile}): the executors open the model's files themselves, so a
 * folder on the driver's own disk is useless to executors on other machines. Models already on
 * shared storage (any Hadoop URI other than {@code file:}) are read where they are. Models on the
 * driver's disk, when the master is not local, are copied once per models version to
 * {@code <shareRoot>/_models/<version>/<kind>} (the output root, which every executor reaches
 * since it writes the tables there) and loaded from that copy. No shared mount is needed.
 */
public final class ModelShipping {

    /** Written last into a finished copy: a copy without it (a run killed while copying) is made again. */
    static final String COMPLETE = "_QUARRY_COPY_COMPLETE";

    private ModelShipping() {
    }

    /**
     * @param version the models' version (from their training report): a new version gets a new copy
     * @return where the executors can read each model
     */
    public static synchronized Map<ModelPipeline.Kind, String> forExecutors(SparkSession spark, Map<ModelPipeline.Kind, String> paths,
                                                               String shareRoot, String version, Consumer<String> log) {
        String master = spark.sparkContext().master();
        boolean local = master.startsWith("local");
        if (local && !Boolean.parseBoolean(spark.conf().get("spark.quarry.ship-models", "false"))) {
            return paths;
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Map<ModelPipeline.Kind, String> out = new LinkedHashMap<>();
        for (Map.Entry<ModelPipeline.Kind, String> e : paths.entrySet()) {
            // The attribution tagger is read on the driver and travels inside the quote stage itself.
            boolean readByExecutors = e.getKey() != ModelPipeline.Kind.ATTRIBUTION;
            out.put(e.getKey(), readByExecutors && isDriverLocal(e.getValue(), hadoop)
                    ? ship(e.getKey(), e.getValue(), shareRoot, version, hadoop, log)
                    : e.getValue());
        }
        return out;
    }

    /** By the URI alone: asking Hadoop would open a client to the named cluster. */
    static boolean isDriverLocal(String uri, Configuration hadoop) {
        String scheme = new Path(uri).toUri().getScheme();
        if (scheme == null) {
            scheme = FileSystem.getDefaultUri(hadoop).getScheme();
        }
        return scheme == null || "file".equals(scheme);
    }

    private static String ship(ModelPipeline.Kind kind, String from, String shareRoot, String version, Configuration hadoop,
                               Consumer<String> log) {
        Path source = new Path(from);
        Path target = new Path(ModelPipeline.child(ModelPipeline.child(ModelPipeline.child(shareRoot, "_models"),
                version.replaceAll("[^A-Za-z0-9._+-]", "_")), kind.folder));
        try {
            FileSystem sourceFs = source.getFileSystem(hadoop);
            FileSystem targetFs = target.getFileSystem(hadoop);
            Path complete = new Path(target, COMPLETE);
            if (!targetFs.exists(complete)) {
                long started = System.nanoTime();
                targetFs.delete(target, true);
                if (!FileUtil.copy(sourceFs, source, targetFs, target, false, hadoop)) {
                    throw new IOException("copying " + source + " to " + target + " failed");
                }
                targetFs.create(complete, true).close();
                log.accept(String.format("models: %s copied from the driver's disk to %s for the executors (%.1f s)",
                        kind.folder, target, (System.nanoTime() - started) / 1e9));
            }
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ship the " + kind.folder + " model to " + target
                    + " for the executors: " + e.getMessage(), e);
        }
    }
}
