package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.eval.ConllEval;
import dev.quarry.eval.EvaluateNerJob;
import dev.quarry.session.Progress;
import dev.quarry.annotate.ModelPipeline;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Run the model stages (POS, lemmas, dependencies, embeddings, NER) on the tokens of a CoNLL-2003 file,",
                "write the 'token gold pred' file conlleval reads, and print conlleval's P/R/F1 overall and per type.",
                "The file's own POS column is ignored: the tagger's predictions are used, as in a real run."})
final class EvaluateNerCommand extends SparkCommand {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 file: token POS chunk label.")
    Path conll;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write 'token gold pred' lines.")
    Path out;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        if (!Files.isRegularFile(conll)) {
            throw new FileNotFoundException("CoNLL file not found: " + conll
                    + (conll.toString().contains("shared") ? " (the shared corpora are not part of the project; see ../shared/README.md)" : ""));
        }
        var paths = ModelPipeline.locate(config.models());
        progress.start("evaluate", "NER on " + conll + " with models " + ModelPipeline.version(paths));
        ConllEval.Result result = EvaluateNerJob.run(spark, ModelPipeline.load(paths), conll, out);
        progress.done(result.tokens() + " tokens");
        System.out.println();
        System.out.print(result.report());
        System.out.println("token gold pred file: " + out.toAbsolutePath());
        return ExitCode.OK;
    }
}
