package dev.quarry.training;

import dev.quarry.eval.EvaluateNerJob;
import dev.quarry.session.Progress;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Lemmatizer;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.embeddings.Word2VecApproach;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import dev.quarry.eval.ConllEval;
import dev.quarry.eval.NerCorpus;
import dev.quarry.annotate.BasePipeline;
import dev.quarry.nlp.FeatureNerModel;
import dev.quarry.nlp.FeatureNerTagger;
import dev.quarry.nlp.NameGazetteer;
import dev.quarry.nlp.WordClusters;
import dev.quarry.annotate.ModelPipeline;
import dev.quarry.annotate.ModelPipeline.Kind;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Trains Quarry's default models from the corpora folder and measures each on held-out data:
 * POS (averaged perceptron), a lemma dictionary, a dependency parser, Word2Vec embeddings and
 * Quarry's NER tagger ({@link NerTaggerTraining}). Every model is saved as a one-stage PipelineModel under the output folder, and the
 * measurements go to {@code MODEL_CARD.md} and {@code training-report.json} beside them.
 *
 * <p>The training corpora never enter the project: only the models derived from them do.
 */
public final class TrainModelsJob {

    /** What to train and how; TrainModelsCommand's defaults are the shipped models' settings. */
    public record Settings(Path corpora, Path out, Set<Kind> kinds, int posIterations, int dependencyIterations,
                           int embeddingDimension, int embeddingMinCount, int embeddingIterations,
                           boolean nerWithWorldwideNewswire, Set<String> nerFeatures, int nerEpochs, int nerFolds, int nerRuns, int[] nerClusters,
                           String nerWordClasses, boolean nerWorldTowns,
                           int worldwideNewswireHoldOutEvery, int dependencyMinWeight, int worldwideNewswireTrainEvery,
                           boolean posWithConll, int attributionEpochs, int attributionFolds, int maxSentenceChars,
                           List<String> quoteRules) {
    }

    /** One model's measurements, for the model card. */
    public record Measured(Kind kind, String data, String parameters, Map<String, String> scores,
                           double seconds, long peakHeapBytes, long sizeBytes) {
    }

    private final SparkSession spark;
    private final Settings s;
    private final Progress progress;
    private final Path work;
    private final Map<Kind, Measured> measured = new LinkedHashMap<>();

    private TrainModelsJob(SparkSession spark, Settings settings, Progress progress) throws IOException {
        this.spark = spark;
        this.s = settings;
        this.progress = progress;
        this.work = Files.createTempDirectory("quarry-train-");
    }

    public static Map<Kind, Measured> run(SparkSession spark, Settings settings, Progress progress) throws IOException {
        checkCorpora(settings);
        Files.createDirectories(settings.out());
        TrainModelsJob job = new TrainModelsJob(spark, settings, progress);
        job.readPrevious();
        job.train();
        return job.measured;
    }

    /** Names every corpus file that is missing, so a user sees the whole list at once. */
    static void checkCorpora(Settings s) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String f : List.of("polnear-silver/polnear-train.silver.conllu", "polnear-silver/polnear-dev.silver.conllu",
                "ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu",
                "conll2003/eng.train", "conll2003/eng.testa", "worldwide-newswire/processed_annotated",
                "worldwide-newswire/original_articles", "reuters21578", "polnear/train/text", "polnear/train/attributions")) {
            if (!Files.exists(s.corpora().resolve(f))) {
                missing.add(f);
            }
        }
        if (!missing.isEmpty()) {
            throw new java.io.FileNotFoundException("corpora folder " + s.corpora().toAbsolutePath() + " lacks "
                    + String.join(", ", missing) + ". train-models needs the shared corpora (see ../shared/README.md);"
                    + " pass their folder with --corpora.");
        }
    }

    private void train() throws IOException {
        List<ConllUCorpus.Sentence> polnearTrain = ConllUCorpus.read(s.corpora().resolve("polnear-silver/polnear-train.silver.conllu"));
        List<ConllUCorpus.Sentence> polnearDev = ConllUCorpus.read(s.corpora().resolve("polnear-silver/polnear-dev.silver.conllu"));
        List<ConllUCorpus.Sentence> ewtDev = ConllUCorpus.read(s.corpora().resolve("ud-english-ewt/en_ewt-ud-dev.conllu"));
        List<ConllUCorpus.Sentence> ewtTest = ConllUCorpus.read(s.corpora().resolve("ud-english-ewt/en_ewt-ud-test.conllu"));
        List<ConllUCorpus.Sentence> taggingTrain = new ArrayList<>(polnearTrain);
        taggingTrain.addAll(ewtDev);
        if (s.posWithConll()) {
            // CoNLL-2003's own tags (1996 Reuters, headlines in capitals): the text the NER model learns from.
            for (NerCorpus.Document d : NerCorpus.readConll2003(s.corpora().resolve("conll2003/eng.train"))) {
                for (NerCorpus.Sentence sentence : d.sentences()) {
                    List<ConllUCorpus.Word> words = new ArrayList<>();
                    for (NerCorpus.Token t : sentence.tokens()) {
                        words.add(new ConllUCorpus.Word(t.text(), t.pos(), "_", 0));
                    }
                    taggingTrain.add(new ConllUCorpus.Sentence(words));
                }
            }
        }

        if (s.kinds().contains(Kind.POS)) {
            trainPos(taggingTrain, polnearDev, ewtTest);
        }
        if (s.kinds().contains(Kind.LEMMA)) {
            trainLemmas(taggingTrain, polnearDev, ewtTest);
        }
        if (s.kinds().contains(Kind.DEPENDENCY)) {
            trainDependencies(polnearTrain, polnearDev);
        }
        if (s.kinds().contains(Kind.EMBEDDINGS)) {
            trainEmbeddings();
        }
        if (s.kinds().contains(Kind.NER)) {
            trainNer();
        }
        if (s.kinds().contains(Kind.ATTRIBUTION)) {
            trainAttribution();
        }
        writeReport();
    }

    // ---- POS ---------------------------------------------------------------------------------------

    private void trainPos(List<ConllUCorpus.Sentence> train, List<ConllUCorpus.Sentence> heldOutNews,
                          List<ConllUCorpus.Sentence> heldOutWeb) throws IOException {
        progress.start("train pos", train.size() + " sentences (polnear-silver train + UD EWT dev)");
        Step step = new Step();
        Dataset<Row> data = EvaluateNerJob.readConll(spark, conll("pos-train", train, w -> "O"));
        PerceptronApproach pos = new PerceptronApproach();
        pos.setInputCols(new String[] {BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL});
        pos.setOutputCol("tagged");
        pos.setPosColumn(ModelPipeline.POS_COL);
        pos.setNIterations(s.posIterations());
        Transformer model = pos.fit(data);
        Path dir = save(Kind.POS, model, data);
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("accuracy, polnear-silver dev (news)", pct(posAccuracy(heldOutNews, "pos-news")));
        scores.put("accuracy, UD EWT test (web text)", pct(posAccuracy(heldOutWeb, "pos-web")));
        finish(step, Kind.POS, "polnear-silver train + UD EWT dev" + (s.posWithConll() ? " + CoNLL-2003 eng.train" : "")
                        + " (" + tokens(train) + " tokens)",
                "PerceptronApproach, " + s.posIterations() + " iterations, PTB tags (XPOS)", scores, dir);
    }

    private double posAccuracy(List<ConllUCorpus.Sentence> heldOut, String name) throws IOException {
        Dataset<Row> df = EvaluateNerJob.readConll(spark, conll(name, heldOut, w -> "O"))
                .withColumnRenamed(ModelPipeline.POS_COL, "gold_pos");
        for (Transformer t : stages(EnumSet.of(Kind.POS))) {
            df = t.transform(df);
        }
        return agreement(df.select("gold_pos", ModelPipeline.POS_COL).collectAsList(), false);
    }

    // ---- lemmas ------------------------------------------------------------------------------------

    private void trainLemmas(List<ConllUCorpus.Sentence> train, List<ConllUCorpus.Sentence> heldOutNews,
                             List<ConllUCorpus.Sentence> heldOutWeb) throws IOException {
        progress.start("train lemma", "dictionary from " + train.size() + " sentences' CoNLL-U lemmas");
        Step step = new Step();
        // For each form, its most frequent lemma; the dictionary is lemma -> forms.
        Map<String, Map<String, Integer>> lemmaCounts = new HashMap<>();
        for (ConllUCorpus.Sentence sentence : train) {
            for (ConllUCorpus.Word w : sentence.words()) {
                if (!w.lemma().equals("_") && !w.lemma().isEmpty()) {
                    lemmaCounts.computeIfAbsent(w.form(), k -> new HashMap<>()).merge(w.lemma(), 1, Integer::sum);
                }
            }
        }
        Map<String, TreeSet<String>> formsByLemma = new TreeMap<>();
        lemmaCounts.forEach((form, counts) -> {
            String lemma = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            if (!lemma.equals(form)) {
                formsByLemma.computeIfAbsent(lemma, k -> new TreeSet<>()).add(form);
            }
        });
        Path dict = work.resolve("lemmas.txt");
        try (Writer w = Files.newBufferedWriter(dict, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, TreeSet<String>> e : formsByLemma.entrySet()) {
                if (e.getKey().contains("->") || e.getKey().contains("\t")) {
                    continue;
                }
                w.write(e.getKey() + " -> " + String.join("\t", e.getValue()) + "\n");
            }
        }
        Lemmatizer lemmatizer = new Lemmatizer();
        lemmatizer.setInputCols(new String[] {BasePipeline.TOKEN_COL});
        lemmatizer.setOutputCol(ModelPipeline.LEMMA_COL);
        HashMap<String, String> options = new HashMap<>();
        options.put("keyDelimiter", "->");
        options.put("valueDelimiter", "\t");
        lemmatizer.setDictionary(ExternalResource.fromJava(dict.toString(), "TEXT", options));
        Dataset<Row> anyFrame = EvaluateNerJob.readConll(spark, conll("lemma-news", heldOutNews, w -> w.lemma()));
        Transformer model = lemmatizer.fit(anyFrame);
        Path dir = save(Kind.LEMMA, model, anyFrame);
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("accuracy, polnear-silver dev (news)", pct(lemmaAccuracy(model, anyFrame)));
        scores.put("accuracy, UD EWT test (web text)",
                pct(lemmaAccuracy(model, EvaluateNerJob.readConll(spark, conll("lemma-web", heldOutWeb, w -> w.lemma())))));
        scores.put("dictionary", formsByLemma.size() + " lemmas");
        finish(step, Kind.LEMMA, "lemmas of polnear-silver train and UD EWT dev",
                "Lemmatizer dictionary: each form's most frequent lemma; unknown forms are their own lemma", scores, dir);
    }

    private double lemmaAccuracy(Transformer model, Dataset<Row> goldInLabel) {
        Dataset<Row> df = model.transform(goldInLabel);
        return agreement(df.select(EvaluateNerJob.LABEL_COL, ModelPipeline.LEMMA_COL).collectAsList(), true);
    }

    // ---- dependencies ------------------------------------------------------------------------------

    private void trainDependencies(List<ConllUCorpus.Sentence> train, List<ConllUCorpus.Sentence> heldOut) throws IOException {
        progress.start("train dependency", train.size() + " sentences (polnear-silver train)");
        Step step = new Step();
        Path conllu = work.resolve("dependency-train.conllu");
        try (Writer w = Files.newBufferedWriter(conllu, StandardCharsets.UTF_8)) {
            ConllUCorpus.writeConllU(train, w);
        }
        DependencyParserApproach parser = new DependencyParserApproach();
        parser.setInputCols(new String[] {BasePipeline.SENTENCE_COL, ModelPipeline.POS_COL, BasePipeline.TOKEN_COL});
        parser.setOutputCol(ModelPipeline.DEPENDENCY_COL);
        parser.setConllU(conllu.toString(), ReadAs.TEXT(), scala.collection.immutable.Map$.MODULE$.empty());
        parser.setNumberOfIterations(s.dependencyIterations());
        // The head index travels in the label column, so the reader keeps it aligned with the tokens.
        Dataset<Row> gold = EvaluateNerJob.readConll(spark, conll("dependency-dev", heldOut, w -> Integer.toString(w.head())));
        Transformer model = parser.fit(gold);
        DependencyModelPruner.Pruned pruned = DependencyModelPruner.prune((DependencyParserModel) model, s.dependencyMinWeight());
        progress.info("dependency weights: kept " + pruned.kept() + ", dropped " + pruned.dropped()
                + " (|average| < " + Math.max(1, s.dependencyMinWeight()) + ")");
        Path dir = save(Kind.DEPENDENCY, model, gold);
        Dataset<Row> df = gold.drop(ModelPipeline.POS_COL);
        for (Transformer t : stages(EnumSet.of(Kind.POS, Kind.DEPENDENCY))) {
            df = t.transform(df);
        }
        long correct = 0;
        long total = 0;
        for (Row r : df.select(EvaluateNerJob.LABEL_COL, ModelPipeline.DEPENDENCY_COL).collectAsList()) {
            List<Row> g = r.getList(0);
            List<Row> p = r.getList(1);
            for (int i = 0; i < g.size() && i < p.size(); i++) {
                Map<String, String> meta = p.get(i).getJavaMap(p.get(i).fieldIndex("metadata"));
                if (g.get(i).<String>getAs("result").equals(meta.get("head"))) {
                    correct++;
                }
            }
            total += g.size();
        }
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("UAS, polnear-silver dev (predicted POS)", pct((double) correct / total));
        finish(step, Kind.DEPENDENCY, "polnear-silver train (" + tokens(train) + " tokens; CoreNLP basic dependencies)",
                "DependencyParserApproach (greedy transition parser, unlabeled), " + s.dependencyIterations()
                        + " iterations; averaged weights with |w| < " + Math.max(1, s.dependencyMinWeight()) + " dropped ("
                        + pruned.dropped() + " of " + (pruned.kept() + pruned.dropped()) + ")",
                scores, dir);
    }

    // ---- embeddings --------------------------------------------------------------------------------

    private void trainEmbeddings() throws IOException {
        List<Row> texts = new ArrayList<>();
        long chars = 0;
        for (String text : rawTexts()) {
            texts.add(RowFactory.create(text));
            chars += text.length();
        }
        progress.start("train embeddings", texts.size() + " texts, " + chars / 1_000_000 + "M characters");
        Step step = new Step();
        Dataset<Row> df = spark.createDataFrame(texts, new StructType().add(BasePipeline.TEXT_COL, DataTypes.StringType))
                .repartition(spark.sparkContext().defaultParallelism() * 2);
        PipelineModel base = BasePipeline.fit(spark, 2000);
        Word2VecApproach w2v = new Word2VecApproach();
        w2v.setInputCols(new String[] {BasePipeline.TOKEN_COL});
        w2v.setOutputCol(ModelPipeline.EMBEDDINGS_COL);
        w2v.setVectorSize(s.embeddingDimension());
        w2v.setMinCount(s.embeddingMinCount());
        w2v.setMaxIter(s.embeddingIterations());
        w2v.setNumPartitions(1);
        w2v.setSeed(42);
        w2v.setStorageRef("quarry_w2v_" + s.embeddingDimension());
        Dataset<Row> tokens = base.transform(df).select(BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL).cache();
        long tokenCount = tokens.selectExpr("sum(size(token))").first().getLong(0);
        Transformer model = w2v.fit(tokens);
        Path dir = save(Kind.EMBEDDINGS, model, tokens.limit(1));
        tokens.unpersist();
        long vocabulary = ((com.johnsnowlabs.nlp.embeddings.Word2VecModel) model).wordVectors().getOrDefault().size();
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("vocabulary", vocabulary + " words");
        scores.put("training tokens", String.valueOf(tokenCount));
        finish(step, Kind.EMBEDDINGS, "raw text of PolNeAR (train + dev), Reuters-21578 bodies, Worldwide Newswire articles"
                        + " (held-out slice excluded) and CoNLL-2003 eng.train",
                "Word2VecApproach, " + s.embeddingDimension() + " dimensions, min count " + s.embeddingMinCount()
                        + ", " + s.embeddingIterations() + " iteration(s), case-sensitive", scores, dir);
    }

    private List<String> rawTexts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String split : List.of("polnear/train/text", "polnear/dev/text")) {
            Path dir = s.corpora().resolve(split);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        out.add(lenient(f));
                    }
                }
            }
        }
        Pattern body = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
        try (Stream<Path> files = Files.list(s.corpora().resolve("reuters21578"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sgm")).sorted().toList()) {
                String sgml = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                Matcher m = body.matcher(sgml);
                while (m.find()) {
                    out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                            .replaceAll("&#\\d+;", " ").replace(" Reuter\n", "\n"));
                }
            }
        }
        Set<String> heldOut = new java.util.HashSet<>();
        for (Path p : worldwideNewswireFiles(true)) {
            heldOut.add(p.getFileName().toString().replace(".tsv", ""));
        }
        try (Stream<Path> files = Files.list(s.corpora().resolve("worldwide-newswire/original_articles"))) {
            for (Path f : files.sorted().toList()) {
                if (!heldOut.contains(f.getFileName().toString())) {
                    out.add(lenient(f));
                }
            }
        }
        for (NerCorpus.Document d : NerCorpus.readConll2003(s.corpora().resolve("conll2003/eng.train"))) {
            StringBuilder b = new StringBuilder();
            for (NerCorpus.Sentence sentence : d.sentences()) {
                for (NerCorpus.Token t : sentence.tokens()) {
                    b.append(t.text()).append(' ');
                }
                b.append('\n');
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Training text only: a stray non-UTF-8 byte becomes U+FFFD instead of stopping the job. */
    private static String lenient(Path f) throws IOException {
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }

    // ---- NER ---------------------------------------------------------------------------------------

    /** Worldwide Newswire articles, sorted by name; every n-th is the held-out slice. */
    private List<Path> worldwideNewswireFiles(boolean heldOut) throws IOException {
        return NerCorpus.worldwideNewswireSplit(s.corpora().resolve("worldwide-newswire/processed_annotated"),
                s.worldwideNewswireHoldOutEvery(), heldOut);
    }

    private void trainNer() throws IOException {
        List<NerCorpus.Document> docs = new ArrayList<>(NerCorpus.readConll2003(s.corpora().resolve("conll2003/eng.train")));
        int conllTokens = docs.stream().mapToInt(NerCorpus.Document::tokenCount).sum();
        int wwnArticles = 0;
        if (s.nerWithWorldwideNewswire()) {
            List<Path> files = worldwideNewswireFiles(false);
            for (int i = 0; i < files.size(); i += Math.max(1, s.worldwideNewswireTrainEvery())) {
                docs.add(NerCorpus.readWorldwideNewswire(files.get(i)));
                wwnArticles++;
            }
        }
        int allTokens = docs.stream().mapToInt(NerCorpus.Document::tokenCount).sum();
        progress.start("train ner", docs.size() + " documents, " + allTokens + " tokens");
        Step step = new Step();
        Path heldOutWwn = work.resolve("wwn-heldout.conll");
        List<NerCorpus.Document> heldOut = new ArrayList<>();
        for (Path p : worldwideNewswireFiles(true)) {
            heldOut.add(NerCorpus.readWorldwideNewswire(p));
        }
        try (Writer w = Files.newBufferedWriter(heldOutWwn, StandardCharsets.UTF_8)) {
            NerCorpus.writeConll(heldOut, w);
        }
        WordClusters clusters = null;
        if (s.nerFeatures().contains("clusters")) {
            long t = System.nanoTime();
            if (s.nerWordClasses().equals("kmeans")) {
                clusters = WordClusters.kMeans(wordVectors(), s.nerClusters(), 15, 42);
            } else if (s.nerWordClasses().equals("exchange")) {
                clusters = ExchangeClustering.of(rawSentences(), WORD_CLASS_MIN_COUNT).cluster(s.nerClusters(), WORD_CLASS_PASSES, progress::info);
            } else {
                clusters = WordClusters.concat(List.of(WordClusters.kMeans(wordVectors(), s.nerClusters(), 15, 42),
                        ExchangeClustering.of(rawSentences(), WORD_CLASS_MIN_COUNT).cluster(EXCHANGE_BESIDE_KMEANS, WORD_CLASS_PASSES, progress::info)));
            }
            progress.info(String.format(Locale.ROOT, "word classes: %d words at %s classes, %.0f s",
                    clusters.wordCount(), java.util.Arrays.toString(s.nerClusters()), (System.nanoTime() - t) / 1e9));
        }
        List<String> types = List.of("PER", "ORG", "LOC", "MISC");
        NerTaggerTraining.Options options = new NerTaggerTraining.Options(s.nerFeatures(), s.nerEpochs(), 2, s.nerFolds(), 42, s.nerRuns());
        Map<String, NameGazetteer> fixed = s.nerFeatures().contains("gazetteer") ? listGazetteers(types, s.nerWorldTowns()) : new LinkedHashMap<>();
        FeatureNerTagger tagger = new NerTaggerTraining(types, clusters, fixed, options, progress::info)
                .train(docs.stream().map(NerTaggerTraining.Doc::of).toList());
        FeatureNerModel model = new FeatureNerModel("NER_" + java.util.UUID.randomUUID().toString().substring(24), tagger);
        model.setInputCols(new String[] {BasePipeline.SENTENCE_COL, BasePipeline.TOKEN_COL, ModelPipeline.POS_COL});
        model.setOutputCol(ModelPipeline.NER_COL);
        Dataset<Row> frame = EvaluateNerJob.readConll(spark, heldOutWwn).drop(ModelPipeline.POS_COL);
        for (Transformer t : stages(EnumSet.of(Kind.POS))) {
            frame = t.transform(frame);
        }
        Path dir = save(Kind.NER, model, frame.limit(1));
        Map<String, String> scores = new LinkedHashMap<>();
        // The stages NER depends on; `evaluate ner` runs the whole pipeline and scores the same.
        List<Transformer> stages = stages(EnumSet.of(Kind.POS, Kind.NER));
        ConllEval.Result testa = EvaluateNerJob.run(spark, stages, s.corpora().resolve("conll2003/eng.testa"), work.resolve("testa.eval"));
        progress.info("CoNLL-2003 eng.testa:\n" + testa.report());
        scores.put("F1, CoNLL-2003 eng.testa", f1s(testa));
        ConllEval.Result wwn = EvaluateNerJob.run(spark, stages, heldOutWwn, work.resolve("wwn.eval"));
        progress.info("Worldwide Newswire held-out:\n" + wwn.report());
        scores.put("F1, Worldwide Newswire held-out slice (" + heldOut.size() + " articles)", f1s(wwn));
        finish(step, Kind.NER, "CoNLL-2003 eng.train (" + conllTokens + " tokens)"
                        + (s.nerWithWorldwideNewswire() ? " + " + wwnArticles + " Worldwide Newswire articles (every "
                        + s.worldwideNewswireTrainEvery() + " of those outside the held-out slice; " + (allTokens - conllTokens)
                        + " tokens), labels mapped to PER/ORG/LOC/MISC" : ""),
                "Quarry's FeatureNerTagger: averaged perceptron, BILOU labels, " + s.nerEpochs() + " epochs"
                        + (s.nerRuns() > 1 ? ", the mean of " + s.nerRuns() + " runs (seeds 42 to " + (42 + s.nerRuns() - 1) + ")" : "") + ", features "
                        + String.join(", ", new java.util.TreeSet<>(s.nerFeatures()))
                        + (clusters == null ? "" : "; word classes by " + wordClassMethod())
                        + (s.nerFeatures().contains("gazetteer") ? "; gazetteers: training names (jackknifed over " + s.nerFolds() + " folds) and the known-names list"
                                + (s.nerWorldTowns() ? " and GeoNames' towns of 15,000 people or more" : "") : "")
                        + (s.nerFeatures().contains("document") ? "; document stage over first-stage labels jackknifed over " + s.nerFolds() + " folds" : "")
                        + "; "
                        + tagger.featureCount() + " features kept",
                scores, dir);
    }

    /** Words seen less often than this in the raw text get no class of their own. */
    static final int WORD_CLASS_MIN_COUNT = 3;
    /** Exchange passes over the vocabulary; after about ten, few words still move. */
    static final int WORD_CLASS_PASSES = 12;

    /** Exchange-clustering granularities when both kinds of word class are used (k-means has --ner-clusters). */
    private static final int[] EXCHANGE_BESIDE_KMEANS = {100, 400};

    private String wordClassMethod() {
        String kMeans = "k-means over the Word2Vec vectors at " + java.util.Arrays.toString(s.nerClusters());
        String exchange = "exchange clustering of the raw training text (class bigrams, words seen " + WORD_CLASS_MIN_COUNT + "+ times, "
                + WORD_CLASS_PASSES + " passes) at ";
        return switch (s.nerWordClasses()) {
            case "kmeans" -> kMeans;
            case "exchange" -> exchange + java.util.Arrays.toString(s.nerClusters());
            default -> kMeans + " and " + exchange + java.util.Arrays.toString(EXCHANGE_BESIDE_KMEANS);
        };
    }

    /** The raw training text ({@link #rawTexts}) as sentences of tokens, split as annotate splits articles. */
    private List<String[]> rawSentences() throws IOException {
        List<Row> texts = new ArrayList<>();
        for (String text : rawTexts()) {
            texts.add(RowFactory.create(text));
        }
        Dataset<Row> df = spark.createDataFrame(texts, new StructType().add(BasePipeline.TEXT_COL, DataTypes.StringType))
                .repartition(spark.sparkContext().defaultParallelism() * 2);
        Dataset<Row> sentences = BasePipeline.fit(spark, 2000).transform(df)
                .selectExpr("transform(" + BasePipeline.TOKEN_COL + ", t -> t.result) as words",
                        "transform(" + BasePipeline.TOKEN_COL + ", t -> t.metadata['sentence']) as sentences");
        List<String[]> out = new ArrayList<>();
        for (Row r : sentences.collectAsList()) {
            List<String> words = r.getList(0);
            List<String> ids = r.getList(1);
            int start = 0;
            for (int i = 1; i <= words.size(); i++) {
                if (i == words.size() || !java.util.Objects.equals(ids.get(i), ids.get(start))) {
                    out.add(words.subList(start, i).toArray(String[]::new));
                    start = i;
                }
            }
        }
        return out;
    }

    /** The gazetteer feature prefix of the hand-written known-names list. */
    static final String KNOWN_NAMES_GAZETTEER = "k";

    /** The gazetteer feature prefix of the world's towns and cities (GeoNames). */
    static final String CITIES_GAZETTEER = "c";

    /**
     * The name lists that are not learned from the training documents, by feature prefix, as evidence
     * the tagger weighs: the hand-written known-names list (annotate also applies it after the tagger)
     * and, with {@code worldTowns}, the towns and cities of GeoNames, which the training text mostly
     * never names (better on the Worldwide Newswire slices, not shipped: models/MODEL_CARD.md says why).
     */
    static Map<String, NameGazetteer> listGazetteers(List<String> types, boolean worldTowns) {
        Map<String, NameGazetteer> lists = new LinkedHashMap<>();
        lists.put(KNOWN_NAMES_GAZETTEER, gazetteer(types, dev.quarry.text.Lexicon.load(dev.quarry.text.Lexicon.KNOWN_NAMES)));
        if (worldTowns) {
            lists.put(CITIES_GAZETTEER, gazetteer(types, dev.quarry.text.Lexicon.load(dev.quarry.text.Lexicon.CITIES)));
        }
        return lists;
    }

    private static NameGazetteer gazetteer(List<String> types, dev.quarry.text.Lexicon list) {
        Map<String, Set<String>> phrases = new HashMap<>();
        list.entries().forEach((name, type) -> phrases.put(name, Set.of(type)));
        return new NameGazetteer(types, phrases);
    }

    /** The vectors of the embeddings model in the output folder (trained earlier in this run, or before). */
    private Map<String, float[]> wordVectors() {
        Transformer t = stages(EnumSet.of(Kind.EMBEDDINGS)).get(0);
        if (!(t instanceof com.johnsnowlabs.nlp.embeddings.Word2VecModel w2v)) {
            throw new IllegalStateException("NER word classes need the Word2Vec embeddings model; " + s.out().resolve(Kind.EMBEDDINGS.folder)
                    + " holds a " + t.getClass().getSimpleName() + ". Train it with --only embeddings,ner.");
        }
        @SuppressWarnings("unchecked")
        scala.collection.immutable.Map<String, float[]> m = (scala.collection.immutable.Map<String, float[]>) w2v.wordVectors().getOrDefault();
        return new java.util.HashMap<>(scala.collection.JavaConverters.mapAsJavaMap(m));
    }

    // ---- shared ------------------------------------------------------------------------------------

    /** Loads already-trained models (this run's or an earlier run's) and wires them. */
    private List<Transformer> stages(Set<Kind> kinds) {
        return ModelPipeline.loadSome(ModelPipeline.locate(s.out(), Map.of()), kinds);
    }

    private Path conll(String name, List<ConllUCorpus.Sentence> sentences,
                       java.util.function.Function<ConllUCorpus.Word, String> label) throws IOException {
        Path file = work.resolve(name + ".conll");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ConllUCorpus.writeConll(sentences, label, w);
        }
        return file;
    }

    private Path save(Kind kind, Transformer model, Dataset<Row> anyFrame) {
        Path dir = s.out().resolve(kind.folder);
        ModelPipeline.save(spark, model, anyFrame, dir);
        return dir;
    }

    /** Share of tokens where two annotation columns give the same result. */
    private static double agreement(List<Row> rows, boolean ignoreCase) {
        long same = 0;
        long total = 0;
        for (Row r : rows) {
            List<Row> a = r.getList(0);
            List<Row> b = r.getList(1);
            for (int i = 0; i < a.size() && i < b.size(); i++) {
                String x = a.get(i).getAs("result");
                String y = b.get(i).getAs("result");
                if (ignoreCase ? x.equalsIgnoreCase(y) : x.equals(y)) {
                    same++;
                }
            }
            total += a.size();
        }
        return total == 0 ? 0 : (double) same / total;
    }

    private static int tokens(List<ConllUCorpus.Sentence> sentences) {
        return sentences.stream().mapToInt(x -> x.words().size()).sum();
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * x);
    }

    private static String f1s(ConllEval.Result r) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.4f (P %.4f, R %.4f;", r.overall().f1(),
                r.overall().precision(), r.overall().recall()));
        r.byType().forEach((type, score) -> b.append(String.format(Locale.ROOT, " %s %.4f", type, score.f1())));
        return b.append(")").toString();
    }

    /**
     * Wall time and peak heap of one training step. The peak is the sum of each heap pool's own peak
     * (the pools need not peak at the same moment), capped at -Xmx: an upper bound.
     */
    private static final class Step {
        final long start = System.nanoTime();

        Step() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        long peakHeap() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    sum += pool.getPeakUsage().getUsed();
                }
            }
            return Math.min(sum, Runtime.getRuntime().maxMemory());
        }
    }

    private void finish(Step step, Kind kind, String data, String parameters, Map<String, String> scores, Path dir)
            throws IOException {
        long size;
        try (Stream<Path> files = Files.walk(dir)) {
            size = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        Measured m = new Measured(kind, data, parameters, scores, step.seconds(), step.peakHeap(), size);
        measured.put(kind, m);
        progress.done(String.format(Locale.ROOT, "%.0f s, peak heap %.1f GB, %.1f MB on disk; %s", m.seconds(),
                m.peakHeapBytes() / 1e9, m.sizeBytes() / 1e6, scores));
        writeReport();
    }

    // ---- attribution -------------------------------------------------------------------------------

    private void trainAttribution() throws IOException {
        Step step = new Step();
        Path goldDir = s.corpora().resolve("polnear/train");
        progress.start("train attribution", "annotating PolNeAR train with the POS and NER models in " + s.out());
        AttributionTraining.Run run = AttributionTraining.prepare(spark, goldDir, s.out(), s.maxSentenceChars(), s.quoteRules());
        Map<String, String> scores = new LinkedHashMap<>();
        if (s.attributionFolds() > 1) {
            progress.info(s.attributionFolds() + "-fold cross-validation on PolNeAR train: rules alone, and rules with the tagger");
            AttributionTraining.CrossValidation cv = run.crossValidate(s.attributionFolds(), s.attributionEpochs());
            progress.info(cv.report());
            scores.putAll(cv.scores());
        }
        progress.info("training on all " + run.size() + " articles");
        dev.quarry.nlp.LinearChainPerceptron model = run.train(s.attributionEpochs());
        Path dir = s.out().resolve(Kind.ATTRIBUTION.folder);
        dev.quarry.quotes.model.AttributionModelFile.write(model, dir);
        scores.put("features kept", Integer.toString(model.featureCount()));
        finish(step, Kind.ATTRIBUTION, "PolNeAR train (" + run.size() + " articles, brat attributions), over the rules' own quotes",
                "averaged structured perceptron, BIO cue/source/content, " + s.attributionEpochs() + " epochs, features seen twice or more",
                scores, dir);
    }

    // ---- report ------------------------------------------------------------------------------------

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /** Keeps the measurements of models not retrained in this run, so the report covers every shipped model. */
    private void readPrevious() throws IOException {
        Path report = s.out().resolve("training-report.json");
        if (!Files.isRegularFile(report)) {
            return;
        }
        for (var node : JSON.readTree(report.toFile())) {
            Kind kind = Kind.valueOf(node.get("kind").asText());
            if (!s.kinds().contains(kind)) {
                Map<String, String> scores = new LinkedHashMap<>();
                node.get("scores").fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().asText()));
                measured.put(kind, new Measured(kind, node.get("data").asText(), node.get("parameters").asText(), scores,
                        node.get("seconds").asDouble(), node.get("peakHeapBytes").asLong(), node.get("sizeBytes").asLong()));
            }
        }
    }

    private void writeReport() throws IOException {
        List<Measured> ordered = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (measured.containsKey(k)) {
                ordered.add(measured.get(k));
            }
        }
        JSON.writeValue(s.out().resolve("training-report.json").toFile(), ordered);
    }
}
