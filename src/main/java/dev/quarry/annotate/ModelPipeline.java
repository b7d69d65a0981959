package dev.quarry.annotate;

import dev.quarry.nlp.FastNerCrfModel;
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
        POS("pos"), LEMMA("lemma"), DEPENDENCY("dependency"), EMBEDDINGS("embeddings"), NER("ner"),
        /** Not a Spark ML stage: the attribution tagger that the per-article quote stage reads (AttributionModelFile). */
        ATTRIBUTION("attribution");

        public final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    private ModelPipeline() {
    }

    /**
     * The model kinds `run` reads the output of: POS and NER. The embeddings are loaded too when the
     * NER model takes them (a CRF does; Quarry's {@code FeatureNerModel} does not), see {@link #withInputs}.
     */
    public static final java.util.Set<Kind> RUN_KINDS = java.util.EnumSet.of(Kind.POS, Kind.NER);

    /**
     * Where the configured models are, as Hadoop URIs: models.dir may be any Hadoop path
     * ({@code hdfs://}, {@code s3a://}, {@code file:}). A relative models.dir is looked up in the working
     * directory, then in the Quarry folder (QUARRY_HOME, set by the launcher), so the bundled models
     * are found from anywhere.
     */
    public static Map<Kind, String> locate(dev.quarry.config.QuarryConfig.Models models) {
        String dir = models.dir();
        if (!hasScheme(dir)) {
            Path local = Path.of(dir);
            String home = System.getenv("QUARRY_HOME");
            if (!local.isAbsolute() && !Files.isDirectory(local) && home != null && Files.isDirectory(Path.of(home).resolve(local))) {
                local = Path.of(home).resolve(local);
            }
            dir = uri(local);
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

    /** {@code <dir>/<kind>} for each kind, under a local folder (training writes and reads these). */
    public static Map<Kind, String> locate(Path dir, Map<Kind, String> overrides) {
        return locate(uri(dir), overrides);
    }

    /** Where each model is: an explicit path from the configuration wins over {@code <dir>/<kind>}. */
    private static Map<Kind, String> locate(String dirUri, Map<Kind, String> overrides) {
        Map<Kind, String> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            String o = overrides.get(k);
            out.put(k, o == null || o.isBlank() ? child(dirUri, k.folder) : hasScheme(o) ? o : uri(Path.of(o)));
        }
        return out;
    }

    static boolean hasScheme(String path) {
        return path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !path.matches("^[a-zA-Z]:\\\\.*");
    }

    private static String uri(Path local) {
        return local.toAbsolutePath().normalize().toUri().toString().replaceAll("/$", "");
    }

    static String child(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    static org.apache.hadoop.conf.Configuration hadoop() {
        return SparkSession.active().sparkContext().hadoopConfiguration();
    }

    /**
     * A short version for the runs table: a hash of the training report of the models folder, with
     * "+custom" when some stage comes from elsewhere; "unversioned" without a report.
     */
    public static String version(Map<Kind, String> paths) {
        String pos = paths.get(Kind.POS);
        String dir = pos.substring(0, Math.max(0, pos.lastIndexOf('/')));
        boolean custom = paths.entrySet().stream().anyMatch(e -> !e.getValue().equals(child(dir, e.getKey().folder)));
        String v = "unversioned";
        try {
            org.apache.hadoop.fs.Path report = new org.apache.hadoop.fs.Path(child(dir, "training-report.json"));
            org.apache.hadoop.fs.FileSystem fs = report.getFileSystem(hadoop());
            if (fs.isFile(report)) {
                try (java.io.InputStream in = fs.open(report)) {
                    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                    v = "models-" + java.util.HexFormat.of().formatHex(digest, 0, 6);
                }
            }
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException | IllegalArgumentException e) {
            v = "unreadable";
        }
        return custom ? v + "+custom" : v;
    }

    private static Map<Kind, String> only(Map<Kind, String> paths, java.util.Set<Kind> kinds) {
        Map<Kind, String> out = new LinkedHashMap<>(paths);
        out.keySet().retainAll(kinds);
        return out;
    }

    /** Checks that every model folder exists and looks like a saved Spark ML model, naming the first that does not. */
    public static void check(Map<Kind, String> paths) {
        for (Map.Entry<Kind, String> e : paths.entrySet()) {
            String p = e.getValue();
            boolean saved;
            try {
                org.apache.hadoop.fs.Path metadata = new org.apache.hadoop.fs.Path(child(p, "metadata"));
                org.apache.hadoop.fs.FileSystem fs = metadata.getFileSystem(hadoop());
                saved = fs.isDirectory(metadata) || fs.isDirectory(new org.apache.hadoop.fs.Path(child(p, "stages")));
            } catch (java.io.IOException | IllegalArgumentException ex) {
                saved = false;
            }
            if (!saved) {
                throw new IllegalArgumentException("the " + e.getKey().folder + " model is missing: " + p
                        + " is not a saved Spark ML model. Train the defaults with `jobs/quarry train-models`, point"
                        + " models." + e.getKey().folder + " at another one, or set models.enabled=false to annotate"
                        + " with sentences and tokens only.");
            }
        }
    }

    /**
     * Every model kind whose output annotate can read: all but the embeddings, which nothing reads but
     * a NER model that takes them (and then they come with it, see {@link #withInputs}).
     */
    public static final java.util.Set<Kind> EVERY_KIND_READ = java.util.EnumSet.of(Kind.POS, Kind.LEMMA, Kind.DEPENDENCY, Kind.NER);

    /** Loads the model stages, wired sentence/token -> pos -> lemma -> dependency (-> embeddings) -> ner. */
    public static List<Transformer> load(Map<Kind, String> paths) {
        return loadSome(paths, EVERY_KIND_READ);
    }

    /** Loads and wires just the given kinds, in pipeline order (run needs no lemmas or dependencies). */
    public static List<Transformer> loadSome(Map<Kind, String> paths, java.util.Set<Kind> kinds) {
        kinds = withInputs(paths, kinds);
        check(only(paths, kinds));
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

    /** {@code kinds}, plus the embeddings when they include a NER model that takes word embeddings. */
    static java.util.Set<Kind> withInputs(Map<Kind, String> paths, java.util.Set<Kind> kinds) {
        if (!kinds.contains(Kind.NER) || kinds.contains(Kind.EMBEDDINGS)) {
            return kinds;
        }
        check(only(paths, java.util.EnumSet.of(Kind.NER)));
        Transformer ner = single(Kind.NER, paths.get(Kind.NER));
        if (ner instanceof AnnotatorModel<?> m && List.of(m.inputAnnotatorTypes()).contains("word_embeddings")) {
            java.util.Set<Kind> out = java.util.EnumSet.copyOf(kinds);
            out.add(Kind.EMBEDDINGS);
            return out;
        }
        return kinds;
    }

    /**
     * Models loaded in this JVM, by kind and folder: a second run in the same JVM (tests, a notebook)
     * reuses them, and with them the broadcasts Spark NLP made of their weights.
     */
    private static final Map<String, Transformer> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A saved model folder holds a PipelineModel of one stage. */
    private static Transformer single(Kind kind, String uri) {
        // The save time is part of the key, so a model retrained into the same folder is loaded afresh.
        long saved;
        try {
            org.apache.hadoop.fs.Path metadata = new org.apache.hadoop.fs.Path(child(uri, "metadata"));
            saved = metadata.getFileSystem(hadoop()).getFileStatus(metadata).getModificationTime();
        } catch (java.io.FileNotFoundException e) {
            saved = 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the " + kind.folder + " model at " + uri, e);
        }
        return LOADED.computeIfAbsent(kind + " " + uri + " " + saved, k -> loadSingle(kind, uri));
    }

    private static Transformer loadSingle(Kind kind, String uri) {
        PipelineModel pipeline;
        try {
            pipeline = PipelineModel.load(uri);
        } catch (RuntimeException notAPipeline) {
            throw new IllegalArgumentException("cannot load the " + kind.folder + " model at " + uri + ": " + notAPipeline.getMessage(), notAPipeline);
        }
        Transformer[] stages = pipeline.stages();
        if (stages.length != 1) {
            throw new IllegalArgumentException("the " + kind.folder + " model at " + uri + " has " + stages.length
                    + " stages; Quarry expects a PipelineModel holding just the " + kind.folder + " annotator");
        }
        // Quarry's NER is its own FeatureNerModel, loaded as saved. A CRF NER model (Quarry's before
        // 2026-12, or one saved by Spark NLP itself) is tagged by the faster FastNerCrfModel with the
        // same labels; other NER models as they are.
        if (stages[0].getClass() == com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel.class
                && FastNerCrfModel.supports((com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel) stages[0])) {
            return new FastNerCrfModel((com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel) stages[0]);
        }
        // Spark NLP's perceptron POS tagger is decoded by Quarry's own code, with the same weights and tags.
        if (stages[0].getClass() == com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel.class) {
            return new dev.quarry.nlp.FastPerceptronModel((com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel) stages[0]);
        }
        return stages[0];
    }

    /** The Spark NLP annotator type of each column annotate makes. */
    private static final Map<String, String> ANNOTATOR_TYPES = Map.of(BasePipeline.SENTENCE_COL, "document",
            BasePipeline.TOKEN_COL, "token", POS_COL, "pos", EMBEDDINGS_COL, "word_embeddings");

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
            case ATTRIBUTION -> throw new IllegalArgumentException("the attribution model is not a pipeline stage");
        };
        String output = switch (kind) {
            case POS -> POS_COL;
            case LEMMA -> LEMMA_COL;
            case DEPENDENCY -> DEPENDENCY_COL;
            case EMBEDDINGS -> EMBEDDINGS_COL;
            case NER -> NER_COL;
            case ATTRIBUTION -> throw new IllegalArgumentException("the attribution model is not a pipeline stage");
        };
        // A model may take fewer inputs (a NerDLModel has no POS, Quarry's FeatureNerModel no embeddings):
        // keep the ones whose annotator type it declares, in order.
        if (m.inputAnnotatorTypes().length == inputs.length) {
            m.setInputCols(inputs);
        } else {
            List<String> declared = List.of(m.inputAnnotatorTypes());
            String[] kept = java.util.Arrays.stream(inputs).filter(c -> declared.contains(ANNOTATOR_TYPES.get(c))).toArray(String[]::new);
            if (kept.length == declared.size()) {
                m.setInputCols(kept);
            }
        }
        m.setOutputCol(output);
    }

    /**
     * Starts loading the models annotate will need, on a thread of its own, so that they load while
     * ingest reads the archive (a run's two longest waits on a small archive, overlapped). Annotate
     * later finds them in this JVM's cache; a failure here is left for annotate to meet and report.
     */
    public static void preload(SparkSession spark, dev.quarry.config.QuarryConfig.Models models, String shareRoot,
                               java.util.Set<Kind> kinds, java.util.function.Consumer<String> log) {
        if (!models.enabled()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                for (Transformer stage : loadFor(spark, models, shareRoot, kinds, log)) {
                    if (stage instanceof FastNerCrfModel ner) {
                        ner.warmUp();
                    } else if (stage instanceof dev.quarry.nlp.FeatureNerModel ner) {
                        ner.warmUp();
                    } else if (stage instanceof dev.quarry.nlp.FastPerceptronModel pos) {
                        pos.warmUp();
                    }
                }
            } catch (RuntimeException e) {
                // annotate loads them again, and fails there with the run's own error handling
            }
        }, "quarry-model-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Annotate's whole Spark NLP pipeline: the base stages, then, when models are enabled, the model
     * stages. Fitting learns nothing (every stage is already a model), so an empty frame is enough.
     */
    public static PipelineModel annotatePipeline(SparkSession spark, int maxSentenceChars,
                                                 dev.quarry.config.QuarryConfig.Models models) {
        return annotatePipeline(spark, maxSentenceChars, models, null, EVERY_KIND_READ, line -> { });
    }

    /**
     * @param shareRoot where models on the driver's own disk are copied for the executors of a cluster
     *                  (see {@link ModelShipping}); null to load them where they are
     * @param kinds     the model stages to load: a stage whose output nothing reads costs its loading time
     */
    public static PipelineModel annotatePipeline(SparkSession spark, int maxSentenceChars,
                                                 dev.quarry.config.QuarryConfig.Models models, String shareRoot,
                                                 java.util.Set<Kind> kinds, java.util.function.Consumer<String> log) {
        List<PipelineStage> stages = new ArrayList<>(List.of(BasePipeline.build(maxSentenceChars).getStages()));
        if (models.enabled()) {
            stages.addAll(loadFor(spark, models, shareRoot, kinds, log));
        }
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add(BasePipeline.TEXT_COL, org.apache.spark.sql.types.DataTypes.StringType);
        return new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(spark.createDataFrame(List.<Row>of(), schema));
    }

    /** The configured models of these kinds, shipped for the executors first when {@code shareRoot} is given. */
    private static List<Transformer> loadFor(SparkSession spark, dev.quarry.config.QuarryConfig.Models models, String shareRoot,
                                             java.util.Set<Kind> kinds, java.util.function.Consumer<String> log) {
        Map<Kind, String> paths = locate(models);
        kinds = withInputs(paths, kinds);
        if (shareRoot != null) {
            paths = ModelShipping.forExecutors(spark, only(paths, kinds), shareRoot, version(paths), log);
        }
        return loadSome(paths, kinds);
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
