package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.eval.ConllEval;
import dev.quarry.eval.EvaluateNerJob;
import dev.quarry.eval.NerCorpus;
import dev.quarry.session.Progress;
import dev.quarry.annotate.ModelPipeline;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Run the model stages (POS, lemmas, dependencies, NER, and embeddings when the NER model takes them) on",
                "the tokens of a CoNLL-2003 file, or of the held-out slice of Worldwide Newswire, write the 'token gold pred'",
                "file conlleval reads, and print conlleval's P/R/F1 overall and per type.",
                "A file's own POS column is ignored: the tagger's predictions are used, as in a real run."})
final class EvaluateNerCommand extends SparkCommand {

    @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL-2003 file: token POS chunk label.")
    Path conll;

    @Option(names = "--worldwide-newswire", paramLabel = "DIR",
            description = "Worldwide Newswire folder (with processed_annotated/): score its held-out slice, every 10th article"
                    + " by file name, the slice train-models holds out and scores.")
    Path worldwideNewswire;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write 'token gold pred' lines.")
    Path out;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        if ((conll == null) == (worldwideNewswire == null)) {
            System.err.println("quarry: evaluate ner needs exactly one of --conll FILE and --worldwide-newswire DIR");
            return ExitCode.USAGE;
        }
        Path file = conll != null ? conll : heldOutSlice(worldwideNewswire);
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("CoNLL file not found: " + file
                    + (file.toString().contains("shared") ? " (the shared corpora are not part of the project; see ../shared/README.md)" : ""));
        }
        var paths = ModelPipeline.locate(config.models());
        String what = conll != null ? conll.toString() : "the held-out slice of " + worldwideNewswire;
        progress.start("evaluate", "NER on " + what + " with models " + ModelPipeline.version(paths));
        ConllEval.Result result = EvaluateNerJob.run(spark, ModelPipeline.load(paths), file, out);
        progress.done(result.tokens() + " tokens");
        System.out.println();
        System.out.print(result.report());
        System.out.println("token gold pred file: " + out.toAbsolutePath());
        return ExitCode.OK;
    }

    /** The held-out articles, labels mapped to CoNLL's four types, as one CoNLL file in a temporary folder. */
    private static Path heldOutSlice(Path dir) throws java.io.IOException {
        Path annotated = dir.resolve("processed_annotated");
        if (!Files.isDirectory(annotated)) {
            throw new FileNotFoundException("no processed_annotated/ folder in " + dir
                    + " (the shared corpora are not part of the project; see ../shared/README.md)");
        }
        List<NerCorpus.Document> docs = new ArrayList<>();
        for (Path p : NerCorpus.worldwideNewswireSplit(annotated, NerCorpus.WORLDWIDE_NEWSWIRE_HOLD_OUT_EVERY, true)) {
            docs.add(NerCorpus.readWorldwideNewswire(p));
        }
        Path file = Files.createTempFile("quarry-wwn-heldout-", ".conll");
        file.toFile().deleteOnExit();
        try (java.io.Writer w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            NerCorpus.writeConll(docs, w);
        }
        return file;
    }
}
