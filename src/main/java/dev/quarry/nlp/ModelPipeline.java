package dev.quarry.nlp;

import com.johnsnowlabs.nlp.AnnotatorModel;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained model stages of annotate (POS, lemmas, dependencies, embeddings and NER), each loaded
 * from a saved Spark ML {@code PipelineModel}. NER chunks are made in Java from the token labels,
 * after {@link NerConsistency} has made each article's labels agree with themselves. Whatever columns a saved model was trained
 * with, its stages are rewired here to Quarry's column names, so another Spark NLP model of the same
 * kind (a NerDLModel saved elsewhere, say) can be swapped in by path.
 *
 * <p>Loading happens once, on the driver; Spark NLP ships the weights to executors as broadcasts
 * that each executor deserialises once, not per record.
 */
public final class ModelPipeline {

    public static final String POS_COL = "pos";
    public static final String LEMMA_COL = "lemma";
    public static final String DEPENDENCY_COL = "dependency";
    public static final String EMBEDDINGS_COL = "embeddings";
    public static final String NER_COL = "ner";

    /** The model kinds, in pipeline order, with the folder name each has under the models directory. */
    public enum Kind {
        POS("pos"), LEMMA("lemma"), DEPENDENCY("dependency"), EMBEDDINGS("embeddings"), NER("ner");

        public final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    private ModelPipeline() {
    }

    /**
     * Where the configured models are. A relative models.dir is looked up in the working directory,
     * then in the Quarry folder (QUARRY_HOME, set by the launcher), so the bundled models are found
     * from anywhere.
     */
    public static Map<Kind, Path> locate(dev.quarry.config.QuarryConfig.Models models) {
        Path dir = Path.of(models.dir());
        String home = System.getenv("QUARRY_HOME");
        if (!dir.isAbsolute() && !Files.isDirectory(dir) && home != null && Files.isDirectory(Path.of(home).resolve(dir))) {
            dir = Path.of(home).resolve(dir);
        }
        Map<Kind, String> overrides = new java.util.EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            String p = models.paths().get(k.folder);
            if (p != null) {
                overrides.put(k, p);
            }
        }
        return locate(dir, overrides);
    }

    /**
     * A short version for the runs table: a hash of the training report of the models folder, with
     * "+custom" when some stage comes from elsewhere; "unversioned" without a report.
     */
    public static String version(Map<Kind, Path> paths) {
        Path dir = paths.get(Kind.POS).getParent();
        boolean custom = paths.values().stream().anyMatch(p -> !java.util.Objects.equals(p.getParent(), dir));
        Path report = dir == null ? null : dir.resolve("training-report.json");
        String v = "unversioned";
        if (report != null && Files.isRegularFile(report)) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(report));
                v = "models-" + java.util.HexFormat.of().formatHex(digest, 0, 6);
            } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                v = "unreadable";
            }
        }
        return custom ? v + "+custom" : v;
    }

    /** Where each model is: an explicit path from the configuration wins over {@code <dir>/<kind>}. */
    public static Map<Kind, Path> locate(Path dir, Map<Kind, String> overrides) {
        Map<Kind, Path> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            String o = overrides.get(k);
            out.put(k, o == null || o.isBlank() ? dir.resolve(k.folder) : Path.of(o));
        }
        return out;
    }

    /** Checks that every model folder exists and looks like a saved Spark ML model, naming the first that does not. */
    public static void check(Map<Kind, Path> paths) {
        for (Map.Entry<Kind, Path> e : paths.entrySet()) {
            Path p = e.getValue();
            if (!Files.isDirectory(p.resolve("metadata")) && !Files.isDirectory(p.resolve("stages"))) {
                throw new IllegalArgumentException("the " + e.getKey().folder + " model is missing: " + p.toAbsolutePath()
                        + " is not a saved Spark ML model. Train the defaults with `jobs/quarry train-models`, point"
                        + " models." + e.getKey().folder + " at another one, or set models.enabled=false to annotate"
                        + " with sentences and tokens only.");
            }
        }
    }

    /** Loads the model stages, wired sentence/token -> pos -> lemma -> dependency -> embeddings -> ner. */
    public static List<Transformer> load(Map<Kind, Path> paths) {
        check(paths);
        return loadSome(paths, java.util.EnumSet.allOf(Kind.class));
    }

    /** Loads and wires just the given kinds, in pipeline order (training uses this for its stages so far). */
    public static List<Transformer> loadSome(Map<Kind, Path> paths, java.util.Set<Kind> kinds) {
        List<Transformer> stages = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (kinds.contains(k)) {
                Transformer t = single(k, paths.get(k));
                wire(k, t);
                stages.add(t);
            }
        }
        return stages;
    }

    /**
     * Models loaded in this JVM, by kind and folder: a second run in the same JVM (tests, a notebook)
     * reuses them, and with them the broadcasts Spark NLP made of their weights.
     */
    private static final Map<String, Transformer> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A saved model folder holds a PipelineModel of one stage. */
    private static Transformer single(Kind kind, Path path) {
        String uri = path.toAbsolutePath().toUri().toString();
        // The save time is part of the key, so a model retrained into the same folder is loaded afresh.
        long saved = path.resolve("metadata").toFile().lastModified();
        return LOADED.computeIfAbsent(kind + " " + uri + " " + saved, k -> loadSingle(kind, path, uri));
    }

    private static Transformer loadSingle(Kind kind, Path path, String uri) {
        PipelineModel pipeline;
        try {
            pipeline = PipelineModel.load(uri);
        } catch (RuntimeException notAPipeline) {
            throw new IllegalArgumentException("cannot load the " + kind.folder + " model at " + path + ": " + notAPipeline.getMessage(), notAPipeline);
        }
        Transformer[] stages = pipeline.stages();
        if (stages.length != 1) {
            throw new IllegalArgumentException("the " + kind.folder + " model at " + path + " has " + stages.length
                    + " stages; Quarry expects a PipelineModel holding just the " + kind.folder + " annotator");
        }
        // A CRF NER model is tagged by the faster class of the same labels; other NER models as they are.
        if (stages[0].getClass() == com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel.class) {
            return new FastNerCrfModel((com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel) stages[0]);
        }
        return stages[0];
    }

    private static void wire(Kind kind, Transformer t) {
        if (!(t instanceof AnnotatorModel<?> m)) {
            throw new IllegalArgumentException("the " + kind.folder + " model is a " + t.getClass().getName()
                    + ", not a Spark NLP annotator model");
        }
        String[] inputs = switch (kind) {
            case POS, LEMMA, EMBEDDINGS -> kind == Kind.LEMMA
                    ? new String[] {BasePipeline.TOKEN_COL}
                    : new String[] {BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL};
            case DEPENDENCY -> new String[] {BasePipeline.SENTENCE_COL, POS_COL, BasePipeline.TOKEN_COL};
            case NER -> new String[] {BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL, POS_COL, EMBEDDINGS_COL};
        };
        String output = switch (kind) {
            case POS -> POS_COL;
            case LEMMA -> LEMMA_COL;
            case DEPENDENCY -> DEPENDENCY_COL;
            case EMBEDDINGS -> EMBEDDINGS_COL;
            case NER -> NER_COL;
        };
        // A swapped-in model may take fewer inputs (a NerDLModel has no POS); keep the ones it declares.
        if (m.inputAnnotatorTypes().length == inputs.length) {
            m.setInputCols(inputs);
        }
        m.setOutputCol(output);
    }

    /**
     * Annotate's whole Spark NLP pipeline: the base stages, then, when models are enabled, the model
     * stages. Fitting learns nothing (every stage is already a model), so an empty frame is enough.
     */
    public static PipelineModel annotatePipeline(SparkSession spark, int maxSentenceChars,
                                                 dev.quarry.config.QuarryConfig.Models models) {
        List<PipelineStage> stages = new ArrayList<>(List.of(BasePipeline.build(maxSentenceChars).getStages()));
        if (models.enabled()) {
            stages.addAll(load(locate(models)));
        }
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add(BasePipeline.TEXT_COL, org.apache.spark.sql.types.DataTypes.StringType);
        return new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(spark.createDataFrame(List.<Row>of(), schema));
    }

    /** The annotation columns the Java stages read: sentences and tokens, plus NER labels when the models ran. */
    public static List<String> javaInputColumns(dev.quarry.config.QuarryConfig.Models models) {
        return models.enabled()
                ? List.of(BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL, POS_COL, NER_COL)
                : List.of(BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL);
    }

    /** Saves one annotator model as a single-stage PipelineModel (the layout {@link #load} reads). */
    public static void save(SparkSession spark, Transformer model, Dataset<Row> anyFrame, Path dir) {
        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {model}).fit(anyFrame);
        // Spark NLP stores model weights as Java-serialised object files: block-compressing them
        // shrinks the CRF four to five times, losslessly; readers detect the compression themselves.
        org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
        Map<String, String> compressed = Map.of(
                "mapreduce.output.fileoutputformat.compress", "true",
                "mapreduce.output.fileoutputformat.compress.type", "BLOCK",
                "mapreduce.output.fileoutputformat.compress.codec", "org.apache.hadoop.io.compress.DefaultCodec",
                "mapred.output.compress", "true",
                "mapred.output.compression.type", "BLOCK");
        Map<String, String> previous = new java.util.HashMap<>();
        compressed.forEach((k, v) -> {
            previous.put(k, conf.get(k));
            conf.set(k, v);
        });
        try {
            pipeline.write().overwrite().save(dir.toAbsolutePath().toUri().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            previous.forEach((k, v) -> {
                if (v == null) {
                    conf.unset(k);
                } else {
                    conf.set(k, v);
                }
            });
        }
    }
}
