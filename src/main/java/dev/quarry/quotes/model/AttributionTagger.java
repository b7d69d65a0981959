package dev.quarry.quotes.model;

import dev.quarry.nlp.LinearChainPerceptron;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteType;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TextSpans;
import dev.quarry.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The trained attribution tagger: labels each sentence's tokens as cue, source or content
 * ({@link AttributionLabels}) and joins the chunks into attributions. Each content chunk takes the
 * nearest cue chunk of its sentence (the one before it first) and the source chunk nearest that cue.
 */
public final class AttributionTagger {

    /** The rule name that quotes made by the tagger carry. */
    public static final String RULE = "attribution-model";

    /** Content shorter than this is a fragment: a mark left over, a name, a broken-off piece of a clause. */
    static final int MIN_WORDS = 3;

    private final LinearChainPerceptron model;
    private final AttributionFeatures features;

    public AttributionTagger(LinearChainPerceptron model, AttributionFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** A labelled run of tokens of one part. */
    record Chunk(String part, int first, int last) {
    }

    /** The attributions the tagger finds, speakers unresolved, in text order. */
    public List<Quote> find(AnnotatedArticle article, List<Quote> ruleQuotes) {
        List<Quote> out = new ArrayList<>();
        for (AttributionFeatures.SentenceFeatures s : features.of(article, ruleQuotes)) {
            int[] labels = model.decode(ids(s.features()));
            out.addAll(attributions(article, s.tokens(), chunks(labels), s.sentence().index()));
        }
        return out;
    }

    private int[][] ids(String[][] names) {
        int[][] out = new int[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = model.ids(names[i]);
        }
        return out;
    }

    static List<Chunk> chunks(int[] labels) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            boolean boundary = i == labels.length || labels[i] == AttributionLabels.O || AttributionLabels.begins(labels[i]);
            if (boundary && start >= 0) {
                out.add(new Chunk(AttributionLabels.part(labels[start]), start, i - 1));
                start = -1;
            }
            if (i < labels.length && labels[i] != AttributionLabels.O && start < 0) {
                start = i;
            }
        }
        return out;
    }

    private static List<Quote> attributions(AnnotatedArticle article, List<Token> tokens, List<Chunk> chunks, int sentence) {
        List<Quote> out = new ArrayList<>();
        String text = article.text();
        for (Chunk c : chunks) {
            if (!c.part().equals("CON")) {
                continue;
            }
            Chunk cue = nearest(chunks, "CUE", c.first(), c.last());
            if (cue == null || words(tokens, c) < MIN_WORDS) {
                continue;
            }
            Chunk source = nearest(chunks, "SRC", cue.first(), cue.last());
            Span content = span(text, tokens, c);
            Span cueSpan = span(text, tokens, cue);
            Span sourceSpan = source == null ? null : span(text, tokens, source);
            QuoteType type = dev.quarry.quotes.QuoteMarks.containsMark(text, content.begin(), content.end())
                    ? QuoteType.MIXED : QuoteType.INDIRECT;
            out.add(new Quote(article.articleId(), content.of(text), content.begin(), content.end(), type,
                    cueSpan.of(text), cueSpan.begin(), cueSpan.end(),
                    sourceSpan == null ? null : sourceSpan.of(text), sourceSpan == null ? null : sourceSpan.begin(),
                    sourceSpan == null ? null : sourceSpan.end(), null, null, null, sourceSpan == null ? 0.5 : 0.7,
                    sentence, null, RULE));
        }
        return out;
    }

    private static int words(List<Token> tokens, Chunk c) {
        int n = 0;
        for (int i = c.first(); i <= c.last(); i++) {
            if (!tokens.get(i).punctuation()) {
                n++;
            }
        }
        return n;
    }

    /** The chunk of {@code part} closest to tokens [first, last], one before them winning a tie. */
    private static Chunk nearest(List<Chunk> chunks, String part, int first, int last) {
        Chunk best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Chunk k : chunks) {
            if (!k.part().equals(part)) {
                continue;
            }
            int d = k.last() < first ? first - k.last() : k.first() > last ? k.first() - last : 0;
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Span span(String text, List<Token> tokens, Chunk c) {
        int begin = tokens.get(c.first()).begin();
        int end = tokens.get(c.last()).end();
        return TextSpans.trimmed(text, begin, end);
    }
}
