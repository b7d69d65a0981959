package dev.quarry.samples;

import dev.quarry.config.ConfigLoader;
import dev.quarry.config.QuarryConfig;
import dev.quarry.ingest.JsonLinesArticleReader;
import dev.quarry.ingest.ReadResult;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteFinder;
import dev.quarry.quotes.speakers.SpeakerResolver;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quote finder against the sample archive's oracle, without Spark (the e2e test repeats it on Spark NLP). */
class SampleQuotesTest {

    @Test
    void quotesMatchTheHandWrittenOracle() throws Exception {
        QuarryConfig config = ConfigLoader.load(null, null, List.of());
        JsonLinesArticleReader reader = new JsonLinesArticleReader(config.ingest().jsonFields(),
                config.ingest().maxArticleChars(), Instant.now());
        QuoteFinder finder = new QuoteFinder();
        SpeakerResolver resolver = new SpeakerResolver();
        List<SampleOracle.Row> found = new ArrayList<>();
        int articles = 0;
        try (InputStream in = Files.newInputStream(SampleOracle.ARCHIVE)) {
            Iterator<ReadResult> it = reader.read(SampleOracle.ARCHIVE.toString(), in);
            while (it.hasNext()) {
                ReadResult r = it.next();
                if (!r.isArticle()) {
                    continue;
                }
                articles++;
                // The regex annotator has no tagger; the one verb-only cue in the samples is tagged as the
                // POS model tags it (the e2e test finds the same row with the real tagger).
                AnnotatedArticle a = TestAnnotator.annotate(r.article().articleId(), r.article().text(), Map.of("welcomed", "VBD"));
                for (Quote q : resolver.resolve(a, finder.find(a))) {
                    found.add(new SampleOracle.Row(q.articleId(), q.type().code(), q.cue(), q.speakerMention(), q.speaker(), q.text()));
                }
            }
        }
        assertEquals(30, articles);
        // Reported speech is the attribution tagger's, which reads the POS model's tags: the e2e test
        // (EndToEndTest) checks the indirect rows on Spark NLP's annotations; here the quoted ones.
        List<String> problems = SampleOracle.differences(found, true);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
