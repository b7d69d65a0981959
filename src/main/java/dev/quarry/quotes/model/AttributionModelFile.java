package dev.quarry.quotes.model;

import dev.quarry.nlp.LinearChainPerceptron;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The attribution tagger's weights on disk: {@code <models>/attribution/tagger.bin.gz}, the
 * {@link LinearChainPerceptron} serialised and gzipped. Read on the driver, through Hadoop's file
 * systems so that a models folder on HDFS or S3 works as a local one does; the per-article stage then
 * carries the weights to the executors.
 */
public final class AttributionModelFile {

    public static final String FILE = "tagger.bin.gz";

    private AttributionModelFile() {
    }

    /** The weights in the attribution folder {@code dirUri}; a clear error when they are not there. */
    public static LinearChainPerceptron read(String dirUri) {
        Path file = new Path(dirUri, FILE);
        try {
            FileSystem fs = file.getFileSystem(new Configuration());
            if (!fs.exists(file)) {
                throw new IllegalStateException("no attribution model at " + file + ": train it with"
                        + " `jobs/quarry train-models --only attribution`, point models.attribution at one, or set"
                        + " quotes.attribution-model = false to find quotes by the rules alone");
            }
            try (InputStream in = new GZIPInputStream(fs.open(file)); ObjectInputStream objects = new ObjectInputStream(in)) {
                return (LinearChainPerceptron) objects.readObject();
            }
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("cannot read the attribution model " + file + " (" + e.getMessage()
                    + "): retrain it with `jobs/quarry train-models --only attribution`", e);
        }
    }

    public static void write(LinearChainPerceptron model, java.nio.file.Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        try (OutputStream out = new GZIPOutputStream(java.nio.file.Files.newOutputStream(dir.resolve(FILE)));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(model);
        }
    }
}
