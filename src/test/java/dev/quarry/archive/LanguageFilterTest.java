package dev.quarry.archive;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Languages are filled in where the archive has none; only the configured ones are annotated. */
class LanguageFilterTest {

    @Test
    void onlyConfiguredLanguagesAreAnnotatedAndTheRestStayInArticles() throws Exception {
        Path dir = Files.createTempDirectory("quarry-lang");
        Path in = dir.resolve("mixed.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"en1\",\"maintext\":\"\\\"The pier is stronger than the old one,\\\" Mayor Ellen Varga said on Monday at the harbour.\"}",
                "{\"id\":\"es1\",\"maintext\":\"\\\"El muelle es más fuerte que el anterior,\\\" dijo la alcaldesa Elena Varga el lunes en el puerto de la ciudad.\"}")
                + "\n");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, QuarryCli.execute("run", "--input", in.toString(), "--output", out.toString(),
                "--set", "spark.master=local[2]", "--set", "models.enabled=false", "--no-report"));
        String articles = dev.quarry.tables.DeltaLogFiles.scan(out.resolve("articles"));
        String quotes = dev.quarry.tables.DeltaLogFiles.scan(out.resolve("quotes"));
        assertEquals(Set.of("en1:en", "es1:es"), EndToEndTest.duckdbStrings("select article_id || ':' || language from " + articles));
        assertEquals(Set.of("en1"), EndToEndTest.duckdbStrings("select distinct article_id from " + quotes));

        Path out2 = dir.resolve("out2");
        assertEquals(ExitCode.OK, QuarryCli.execute("run", "--input", in.toString(), "--output", out2.toString(),
                "--set", "spark.master=local[2]", "--set", "annotate.languages=[en, es]", "--set", "models.enabled=false", "--no-report"));
        assertEquals(Set.of("en1", "es1"), EndToEndTest.duckdbStrings("select distinct article_id from "
                + dev.quarry.tables.DeltaLogFiles.scan(out2.resolve("quotes"))));
    }
}
