package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.session.Progress;
import dev.quarry.training.TrainModelsJob;
import dev.quarry.annotate.ModelPipeline.Kind;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "train-models", mixinStandardHelpOptions = true,
        description = {"Train the default models (POS, lemmas, dependencies, embeddings, NER) from the shared corpora,",
                "measure each on held-out data, and save them as Spark ML PipelineModels with training-report.json.",
                "Needs about 14 GB of heap: the launcher gives it that unless QUARRY_DRIVER_MEMORY says otherwise."})
final class TrainModelsCommand extends SparkCommand {

    @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
            description = "Folder of the corpora (default: ${DEFAULT-VALUE}).")
    Path corpora;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models", description = "Where to save the models (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--only", split = ",", paramLabel = "KIND",
            description = "Train only these (pos, lemma, dependency, embeddings, ner, attribution); the others are loaded"
                    + " from --out. The attribution tagger reads the POS and NER models in --out.")
    List<String> only;

    @Option(names = "--embedding-dim", defaultValue = "50", description = "Word2Vec dimensions (default: ${DEFAULT-VALUE}).")
    int embeddingDim;

    @Option(names = "--embedding-min-count", defaultValue = "5", description = "Word2Vec minimum word count (default: ${DEFAULT-VALUE}).")
    int embeddingMinCount;

    @Option(names = "--embedding-iterations", defaultValue = "1", description = "Word2Vec passes (default: ${DEFAULT-VALUE}).")
    int embeddingIterations;

    @Option(names = "--ner-data", defaultValue = "conll+wwn", description = "conll or conll+wwn (default: ${DEFAULT-VALUE}).")
    String nerData;

    @Option(names = "--ner-features", split = ",", paramLabel = "GROUP", defaultValue = "words,shape,clusters,gazetteer,document",
            description = "NER feature groups: words, shape, clusters, gazetteer, document (default: ${DEFAULT-VALUE}).")
    java.util.Set<String> nerFeatures;

    @Option(names = "--ner-epochs", defaultValue = "10", description = "NER perceptron passes over the data (default: ${DEFAULT-VALUE}).")
    int nerEpochs;

    @Option(names = "--ner-folds", defaultValue = "5",
            description = "Folds for the NER gazetteer and first-stage labels of the training data (default: ${DEFAULT-VALUE}).")
    int nerFolds;

    @Option(names = "--ner-runs", defaultValue = "1",
            description = "NER taggers trained with different seeds and averaged into the one saved (default: ${DEFAULT-VALUE}).")
    int nerRuns;

    @Option(names = "--ner-clusters", split = ",", defaultValue = "64,256,1024",
            description = "Word classes at these granularities, from the embeddings (default: ${DEFAULT-VALUE}).")
    int[] nerClusters;

    @Option(names = "--ner-word-classes", defaultValue = "kmeans",
            description = "How NER word classes are learned from raw news: kmeans (over the Word2Vec vectors), exchange"
                    + " (class-bigram clustering of the running text) or both (default: ${DEFAULT-VALUE}).")
    String nerWordClasses;

    @Option(names = "--ner-world-towns", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Give the NER tagger GeoNames' towns of 15,000 people or more as a gazetteer feature: better on world"
                    + " news, not in the shipped model (models/MODEL_CARD.md) (default: ${DEFAULT-VALUE}).")
    boolean nerWorldTowns;

    @Option(names = "--pos-iterations", defaultValue = "5", description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    int posIterations;

    @Option(names = "--dependency-iterations", defaultValue = "3", description = "Parser iterations (default: ${DEFAULT-VALUE}).")
    int dependencyIterations;

    @Option(names = "--dependency-min-weight", defaultValue = "1",
            description = "Drop parser weights whose averaged value is below this; 1 is lossless (default: ${DEFAULT-VALUE}).")
    int dependencyMinWeight;

    @Option(names = "--ner-wwn-every", defaultValue = "1",
            description = "Use every n-th Worldwide Newswire training article for NER (default: ${DEFAULT-VALUE}, all of them).")
    int nerWwnEvery;

    @Option(names = "--pos-with-conll", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Also train the tagger on CoNLL-2003 eng.train's own tags (default: ${DEFAULT-VALUE}).")
    boolean posWithConll;

    @Option(names = "--attribution-epochs", defaultValue = "10",
            description = "Attribution tagger perceptron passes (default: ${DEFAULT-VALUE}).")
    int attributionEpochs;

    @Option(names = "--attribution-folds", defaultValue = "3",
            description = "Cross-validation folds on PolNeAR train that measure the tagger beside the rules; 0 skips"
                    + " the measurement (default: ${DEFAULT-VALUE}).")
    int attributionFolds;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (only == null || only.isEmpty()) {
            kinds = EnumSet.allOf(Kind.class);
        } else {
            for (String k : only) {
                try {
                    kinds.add(Kind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    System.err.println("quarry: --only: unknown model '" + k + "'; use pos, lemma, dependency, embeddings, ner or attribution");
                    return ExitCode.USAGE;
                }
            }
        }
        if (nerRuns < 1) {
            System.err.println("quarry: --ner-runs must be at least 1, got " + nerRuns);
            return ExitCode.USAGE;
        }
        if (!nerData.equals("conll") && !nerData.equals("conll+wwn")) {
            System.err.println("quarry: --ner-data must be conll or conll+wwn, got '" + nerData + "'");
            return ExitCode.USAGE;
        }
        for (String g : nerFeatures) {
            if (!dev.quarry.nlp.NerFeatures.GROUPS.contains(g)) {
                System.err.println("quarry: --ner-features: unknown group '" + g + "'; use " + String.join(", ", dev.quarry.nlp.NerFeatures.GROUPS));
                return ExitCode.USAGE;
            }
        }
        if (!nerWordClasses.equals("exchange") && !nerWordClasses.equals("kmeans") && !nerWordClasses.equals("both")) {
            System.err.println("quarry: --ner-word-classes: unknown method '" + nerWordClasses + "'; use kmeans, exchange or both");
            return ExitCode.USAGE;
        }
        TrainModelsJob.Settings settings = new TrainModelsJob.Settings(corpora, out, kinds, posIterations, dependencyIterations,
                embeddingDim, embeddingMinCount, embeddingIterations, nerData.equals("conll+wwn"), nerFeatures, nerEpochs,
                nerFolds, nerRuns, nerClusters, nerWordClasses, nerWorldTowns, dev.quarry.eval.NerCorpus.WORLDWIDE_NEWSWIRE_HOLD_OUT_EVERY, dependencyMinWeight, nerWwnEvery, posWithConll,
                attributionEpochs, attributionFolds, config.annotate().maxSentenceChars(), config.quotes().rules());
        long start = System.nanoTime();
        Map<Kind, TrainModelsJob.Measured> measured = TrainModelsJob.run(spark, settings, progress);
        System.out.println();
        System.out.printf(Locale.ROOT, "Trained %s in %.1f min; models in %s%n", kinds, (System.nanoTime() - start) / 6e10, out.toAbsolutePath());
        for (TrainModelsJob.Measured m : measured.values()) {
            System.out.printf(Locale.ROOT, "  %-10s %6.0f s  %6.1f MB  %s%n", m.kind().folder, m.seconds(), m.sizeBytes() / 1e6, m.scores());
        }
        return ExitCode.OK;
    }
}
