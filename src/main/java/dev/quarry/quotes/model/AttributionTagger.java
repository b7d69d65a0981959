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
 * nearest cue chunk of its sentence (the one before it first) and the source chunk nearest that cue;
 * content after an attribution set between commas inside the sentence also takes the words before
 * it as its first piece ({@link #interposedLead}).
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
        // Content chunks that became the first piece of the content after an interposed attribution.
        java.util.Set<Chunk> absorbed = new java.util.HashSet<>();
        List<Found> found = new ArrayList<>();
        for (Chunk c : chunks) {
            if (!c.part().equals("CON")) {
                continue;
            }
            Chunk cue = nearest(chunks, "CUE", c.first(), c.last());
            if (cue == null) {
                continue;
            }
            Chunk source = nearest(chunks, "SRC", cue.first(), cue.last());
            Chunk lead = interposedLead(tokens, chunks, c, cue, source);
            if (lead != null) {
                for (Chunk k : chunks) {
                    if (k.part().equals("CON") && k.first() >= lead.first() && k.last() <= lead.last()) {
                        absorbed.add(k);
                    }
                }
            }
            found.add(new Found(c, cue, source, lead));
        }
        for (Found f : found) {
            Chunk c = f.content();
            Chunk cue = f.cue();
            Chunk source = f.source();
            Chunk lead = f.lead();
            if (absorbed.contains(c) || words(tokens, c) + (lead == null ? 0 : words(tokens, lead)) < MIN_WORDS) {
                continue;
            }
            List<Span> pieces = new ArrayList<>();
            if (lead != null) {
                pieces.add(span(text, tokens, lead));
            }
            pieces.add(span(text, tokens, c));
            Span content = new Span(pieces.get(0).begin(), pieces.get(pieces.size() - 1).end());
            Span cueSpan = span(text, tokens, cue);
            Span sourceSpan = source == null ? null : span(text, tokens, source);
            out.add(new Quote(article.articleId(), said(text, pieces), content.begin(), content.end(), typeOf(text, pieces),
                    cueSpan.of(text), cueSpan.begin(), cueSpan.end(),
                    sourceSpan == null ? null : sourceSpan.of(text), sourceSpan == null ? null : sourceSpan.begin(),
                    sourceSpan == null ? null : sourceSpan.end(), null, null, null, sourceSpan == null ? 0.5 : 0.7,
                    sentence, pieces, RULE));
        }
        return out;
    }

    /** What a tagger's quote says: its pieces' text, joined by a space. */
    public static String said(String text, List<Span> pieces) {
        StringBuilder said = new StringBuilder();
        for (Span piece : pieces) {
            said.append(said.length() == 0 ? "" : " ").append(piece.of(text));
        }
        return said.toString();
    }

    /** A tagger's quote is mixed when a piece holds a quotation mark, else indirect. */
    public static QuoteType typeOf(String text, List<Span> pieces) {
        for (Span piece : pieces) {
            if (dev.quarry.quotes.QuoteMarks.containsMark(text, piece.begin(), piece.end())) {
                return QuoteType.MIXED;
            }
        }
        return QuoteType.INDIRECT;
    }

    /** A content chunk with its cue, its source (or null) and the first piece before them (or null). */
    private record Found(Chunk content, Chunk cue, Chunk source, Chunk lead) {
    }

    private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(",", ";", ":", "--", "\u2014", "\u2013");

    /** Most words, besides its source and cue, an interposed attribution holds ("Stumpf explained earlier in the hearing"). */
    static final int MAX_INTERPOSED_OTHER = 6;

    /**
     * The content's first piece when its attribution is set inside it between commas ("These
     * employees, Stumpf explained, were well paid"; "All of this, he acknowledges, could be
     * undone"): the sentence from its start, or from its last clause break before them, to the comma
     * before the source and cue, whatever the tagger labelled those words. Null when the content does
     * not follow such an interposition, or is a quotation of its own.
     */
    static Chunk interposedLead(List<Token> tokens, List<Chunk> chunks, Chunk content, Chunk cue, Chunk source) {
        if (tokens.get(cue.first()).lower().equals("according")) {
            // "X, according to Y, Z": of the PolNeAR train contents that run up to such an interposition,
            // 12 of 35 stop there after "according to" (Z is often Y's apposition), 41 of 312 after other cues.
            return null;
        }
        if (cue.last() >= content.first() || source == null || source.last() >= content.first()) {
            return null;
        }
        int after = content.first() - 1;
        int from = Math.min(cue.first(), source.first());
        if (after <= from || !tokens.get(after).text().equals(",") || from < 2 || !tokens.get(from - 1).text().equals(",")) {
            return null;
        }
        int other = 0;
        for (int i = from; i < after; i++) {
            boolean inParts = i >= cue.first() && i <= cue.last() || i >= source.first() && i <= source.last();
            if (!inParts && (++other > MAX_INTERPOSED_OTHER || tokens.get(i).text().equals(",") || tokens.get(i).quoteMark())) {
                return null;
            }
        }
        for (Chunk k : chunks) {
            if (!k.part().equals("CON") && k != cue && k != source && k.first() < from - 1) {
                return null;
            }
        }
        if (tokens.get(content.first()).quoteMark()) {
            // 'Asked about it, she said, "I read it once."': the quotation is all that was said.
            return null;
        }
        // From the sentence's start, or from the last clause break before the interposition
        // ("Sharing a long border, the two nations, Xi said, now have ...").
        int first = 0;
        for (int i = 0; i < from - 1; i++) {
            if (tokens.get(i).quoteMark()) {
                // A quotation split by its attribution is the direct rules' to find.
                return null;
            }
            if (CLAUSE_BREAKS.contains(tokens.get(i).text())) {
                first = i + 1;
            }
        }
        while (first < from - 1 && tokens.get(first).punctuation()) {
            first++;
        }
        return first < from - 1 ? new Chunk("CON", first, from - 2) : null;
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
