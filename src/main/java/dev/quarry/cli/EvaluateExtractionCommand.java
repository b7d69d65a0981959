package dev.quarry.cli;

import dev.quarry.eval.ExtractionEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Check HTML article extraction (the WARC reader's) against pages with expected text and metadata:",
                "html/NAME.html, txt/NAME.txt, metadata/NAME.json, as in newspaper4k's test pages."})
final class EvaluateExtractionCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder with html/, txt/ and metadata/ (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/corpora/newspaper4k")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            System.err.println("quarry: input error: extraction corpus not found: " + corpus
                    + " (the shared corpora are not part of the project; pass --corpus DIR)");
            return ExitCode.INPUT;
        }
        List<ExtractionEvaluator.PageScore> scores = ExtractionEvaluator.evaluate(corpus);
        System.out.printf(Locale.ROOT, "%-28s %-4s %10s %6s %6s  %s%n", "page", "lang", "similarity", "title", "date", "expected date / extracted");
        for (ExtractionEvaluator.PageScore s : scores) {
            System.out.printf(Locale.ROOT, "%-28s %-4s %10.3f %6s %6s  %s / %s%n", s.name(), s.language(), s.similarity(),
                    s.titleOk() ? "ok" : "WRONG", s.dateOk() == null ? "-" : s.dateOk() ? "ok" : "WRONG", s.expectedDate(), s.extractedDate());
        }
        summarise("English pages", scores.stream().filter(s -> "en".equals(s.language())).toList());
        summarise("all pages", scores);
        return ExitCode.OK;
    }

    private static void summarise(String label, List<ExtractionEvaluator.PageScore> scores) {
        double similarity = scores.stream().mapToDouble(ExtractionEvaluator.PageScore::similarity).average().orElse(0);
        long titles = scores.stream().filter(ExtractionEvaluator.PageScore::titleOk).count();
        List<ExtractionEvaluator.PageScore> dated = scores.stream().filter(s -> s.dateOk() != null).toList();
        long dates = dated.stream().filter(ExtractionEvaluator.PageScore::dateOk).count();
        System.out.printf(Locale.ROOT, "%s (%d): mean text similarity %.3f; title %d/%d; date %d/%d pages that have one%n",
                label, scores.size(), similarity, titles, scores.size(), dates, dated.size());
    }
}
