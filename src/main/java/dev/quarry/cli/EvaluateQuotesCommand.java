package dev.quarry.cli;

import dev.quarry.config.QuarryConfig;
import dev.quarry.eval.QuoteScorer;
import dev.quarry.eval.EvaluateQuotesJob;
import dev.quarry.session.Progress;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Find quotes in BRAT-annotated gold texts (text/*.txt, attributions/*.ann, as in PolNeAR) and score them:",
                "DIRECT and ALL precision/recall/F1, speaker accuracy (and for pronoun sources), recall per kind, exact matches."})
final class EvaluateQuotesCommand extends SparkCommand {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold folder holding text/ and attributions/.")
    Path gold;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write the per-article error listing (missed, false, wrong speaker) here.")
    Path errors;

    @Option(names = "--annotations", paramLabel = "DIR",
            description = {"Keep the pipeline's annotations here as Parquet and reuse them when the folder exists",
                    "(for developing quote rules; delete it when the gold texts or the models change)."})
    Path annotations;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write every predicted quote here (tab-separated).")
    Path predictions;

    @Override
    int run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress) throws Exception {
        if (!Files.isDirectory(gold)) {
            throw new FileNotFoundException("gold folder not found: " + gold
                    + (gold.toString().contains("shared") ? " (the shared corpora are not part of the project; see ../shared/README.md)" : ""));
        }
        QuoteScorer.Result result = EvaluateQuotesJob.run(spark, gold, config, annotations, predictions, progress);
        System.out.println();
        System.out.println("Quote evaluation on " + gold);
        System.out.print(result.summary());
        if (errors != null) {
            Files.writeString(errors, result.errors());
            System.out.println("error listing: " + errors.toAbsolutePath());
        }
        return ExitCode.OK;
    }
}
