package dev.quarry.training;

import dev.quarry.eval.BratGold;
import dev.quarry.nlp.LinearChainPerceptron;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteFinder;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.model.AttributionFeatures;
import dev.quarry.quotes.model.AttributionLabels;
import dev.quarry.quotes.model.AttributionModelFile;
import dev.quarry.quotes.model.AttributionTagger;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributionTrainingTest {

    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("said", "VBD"), Map.entry("claimed", "VBD"),
            Map.entry("argued", "VBD"), Map.entry("warned", "VBD"), Map.entry("the", "DT"), Map.entry("was", "VBD"),
            Map.entry("would", "MD"), Map.entry("that", "IN"), Map.entry("visited", "VBD"), Map.entry("on", "IN"));
    private static final String[] NAMES = {"Tomas Lind", "Ada Okafor", "Mira Castell", "Jonah Pike", "Lena Varga", "Omar Haddad"};
    private static final String[] CUES = {"said", "claimed", "argued", "warned"};
    private static final String[] CONTENTS = {"the pier was unsafe", "the ferry would run in May", "the harbour would reopen",
            "the council was wrong", "the tunnel would flood"};

    private static BratGold.Attribution attribution(String text, String source, String cue, String content) {
        return new BratGold.Attribution(List.of(span(text, content)), List.of(span(text, cue)), List.of(span(text, source)));
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    private static String labels(AnnotatedArticle a, int[] labels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            b.append(a.tokens().get(i).text()).append('/').append(AttributionLabels.NAMES[labels[i]]).append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void goldLabelsBreakAnOuterContentAroundTheAttributionNestedInIt() {
        String text = "Lind said Okafor claimed the pier was unsafe.";
        AnnotatedArticle a = TestAnnotator.annotate("n", text);
        List<BratGold.Attribution> gold = List.of(
                new BratGold.Attribution(List.of(span(text, "Okafor claimed the pier was unsafe")), List.of(span(text, "said")),
                        List.of(span(text, "Lind"))),
                attribution(text, "Okafor", "claimed", "the pier was unsafe"));
        assertEquals("Lind/B-SRC said/B-CUE Okafor/B-SRC claimed/B-CUE the/B-CON pier/I-CON was/I-CON unsafe/I-CON ./O",
                labels(a, AttributionTraining.goldLabels(a, gold)));
    }

    @Test
    void theTrainedTaggerFindsTheContentOfANameItNeverSaw() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        QuoteFinder rules = new QuoteFinder();
        List<AttributionTraining.Document> docs = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            StringBuilder text = new StringBuilder();
            List<String[]> parts = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                String[] p = {NAMES[random.nextInt(NAMES.length)], CUES[random.nextInt(CUES.length)], CONTENTS[random.nextInt(CONTENTS.length)]};
                parts.add(p);
                text.append(p[0]).append(' ').append(p[1]).append(' ').append(p[2]).append(". ");
                text.append(NAMES[random.nextInt(NAMES.length)]).append(" visited the pier on Monday. ");
            }
            String t = text.toString().strip();
            List<BratGold.Attribution> gold = new ArrayList<>();
            int from = 0;
            for (String[] p : parts) {
                int s = t.indexOf(p[0] + " " + p[1] + " " + p[2], from);
                int c = s + p[0].length() + 1;
                int k = c + p[1].length() + 1;
                gold.add(new BratGold.Attribution(List.of(new Span(k, k + p[2].length())), List.of(new Span(c, c + p[1].length())),
                        List.of(new Span(s, s + p[0].length()))));
                from = k;
            }
            AnnotatedArticle a = TestAnnotator.annotate("d" + d, t, TAGS);
            docs.add(new AttributionTraining.Document(a, rules.findByRules(a), gold));
        }
        AttributionFeatures features = new AttributionFeatures(QuoteLexicons.load());
        LinearChainPerceptron model = new AttributionTraining(features).train(docs, 5, 1, 7);
        Path dir = Files.createTempDirectory("quarry-attribution");
        AttributionModelFile.write(model, dir);
        AttributionTagger tagger = new AttributionTagger(AttributionModelFile.read(dir.toUri().toString()), features);

        String text = "Petra Holm warned the tunnel would flood. Petra Holm visited the pier on Monday.";
        AnnotatedArticle a = TestAnnotator.annotate("new", text, TAGS);
        List<Quote> found = tagger.find(a, rules.findByRules(a));
        assertEquals(1, found.size(), "found: " + found);
        Quote q = found.get(0);
        assertEquals("the tunnel would flood", q.text());
        assertEquals("warned", q.cue());
        assertEquals("Petra Holm", q.speakerMention());
        assertEquals(AttributionTagger.RULE, q.rule());
        assertTrue(Arrays.asList(model.labels()).contains("B-CON"));
    }
}
