package dev.quarry.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One article with its sentence and token annotations, as plain Java objects. This is the hand-off
 * between the Spark NLP pipeline and the pure-Java quote and entity logic.
 *
 * <p>Sentences never cross a paragraph break: {@link #of} splits any that do.
 */
public final class AnnotatedArticle {

    private final String articleId;
    private final String text;
    private final List<Span> paragraphs;
    private final List<Sentence> sentences;
    private final List<Token> tokens;

    private AnnotatedArticle(String articleId, String text, List<Span> paragraphs,
                             List<Sentence> sentences, List<Token> tokens) {
        this.articleId = articleId;
        this.text = text;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.tokens = tokens;
    }

    /**
     * Builds an article from raw sentence and token spans (end-exclusive). Sentence spans are cut at
     * paragraph breaks and trimmed; tokens are re-assigned to the sentence that holds them, so the
     * result is consistent whatever segmenter produced the spans.
     */
    public static AnnotatedArticle of(String articleId, String text, List<Span> sentenceSpans,
                                      List<TokenSpan> tokenSpans) {
        List<Span> paragraphs = Paragraphs.spans(text);
        List<Sentence> sentences = new ArrayList<>();
        List<Span> sorted = new ArrayList<>(sentenceSpans);
        sorted.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        sorted = joinFalseSentenceEnds(text, sorted);
        int p = 0;
        for (Span span : sorted) {
            int begin = Math.max(0, span.begin());
            int end = Math.min(text.length(), span.end());
            // Walk the paragraphs this sentence touches and emit one piece per paragraph.
            while (p < paragraphs.size() && paragraphs.get(p).end() <= begin) {
                p++;
            }
            for (int q = p; q < paragraphs.size() && paragraphs.get(q).begin() < end; q++) {
                Span piece = TextSpans.trimmed(text, Math.max(begin, paragraphs.get(q).begin()), Math.min(end, paragraphs.get(q).end()));
                int b = piece.begin();
                int e = piece.end();
                if (e > b && (sentences.isEmpty() || b >= sentences.get(sentences.size() - 1).end())) {
                    sentences.add(new Sentence(sentences.size(), b, e, q));
                }
            }
        }
        List<Token> tokens = new ArrayList<>(tokenSpans.size());
        List<TokenSpan> sortedTokens = new ArrayList<>(tokenSpans);
        sortedTokens.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        sortedTokens = joinAbbreviations(text, sortedTokens);
        int s = 0;
        for (TokenSpan t : sortedTokens) {
            if (t.begin() < 0 || t.end() > text.length() || t.end() <= t.begin()) {
                continue;
            }
            while (s < sentences.size() - 1 && sentences.get(s).end() <= t.begin()) {
                s++;
            }
            int sentenceIndex = sentences.isEmpty() ? -1 : s;
            tokens.add(new Token(tokens.size(), t.begin(), t.end(), text.substring(t.begin(), t.end()), sentenceIndex, t.pos()));
        }
        return new AnnotatedArticle(articleId, text, Collections.unmodifiableList(paragraphs),
                Collections.unmodifiableList(sentences), Collections.unmodifiableList(tokens));
    }

    /** A title before a name ("Sen. Marco Rubio"): a sentence detector that stops there has cut a name in two. */
    private static final java.util.regex.Pattern ENDS_WITH_TITLE = java.util.regex.Pattern.compile(
            "(?:^|[\\s(\"“])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Ft|Adm|Maj|Cmdr|Supt|Gens)\\.$");

    /**
     * Joins a sentence to the next one, when only spaces lie between them, where the detector stopped at
     * an abbreviation: the sentence ends on a title ("Sen."), or the next would start with a lower-case
     * word, a comma or a bracket after a full stop.
     */
    static List<Span> joinFalseSentenceEnds(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span span : sentences) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                int lastEnd = Math.min(text.length(), last.end());
                int from = Math.max(last.begin(), lastEnd - 12);
                // ("...Rep. Elijah Cummings (D-Md." | "), chair of ...": a sentence does not start with a
                // lower-case word or a comma, so the detector stopped at an abbreviation.)
                char first = span.begin() < text.length() ? text.charAt(span.begin()) : 'A';
                boolean cannotStart = Character.isLowerCase(first) || first == ',' || first == ')' || first == ';';
                if (lastEnd <= span.begin() && (ENDS_WITH_TITLE.matcher(text.substring(from, lastEnd)).find()
                        || (cannotStart && text.charAt(lastEnd - 1) == '.'))
                        && text.substring(lastEnd, Math.max(lastEnd, span.begin())).chars().allMatch(ch -> ch == ' ')) {
                    out.set(out.size() - 1, new Span(last.begin(), span.end()));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    /**
     * Re-attaches the full stop of an abbreviation or initial that a tokenizer split off ("Mr" "."),
     * so that "Mr." and "B." are one token and no rule mistakes their stop for a sentence end.
     */
    static List<TokenSpan> joinAbbreviations(String text, List<TokenSpan> tokens) {
        List<TokenSpan> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            TokenSpan t = tokens.get(i);
            if (i + 1 < tokens.size()) {
                TokenSpan next = tokens.get(i + 1);
                if (next.begin() == t.end() && next.end() == t.end() + 1 && text.charAt(t.end()) == '.'
                        && Abbreviations.takesStop(text.substring(t.begin(), t.end()))) {
                    out.add(new TokenSpan(t.begin(), next.end(), t.pos()));
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    public String articleId() {
        return articleId;
    }

    public String text() {
        return text;
    }

    /** Paragraph spans, [begin, end) pairs. */
    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The index of the sentence that holds {@code offset}, or of the nearest one before it; -1 if none. */
    public int sentenceIndexAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The index of the paragraph that holds {@code offset}, or of the nearest one before it; -1 if none. */
    public int paragraphIndexAt(int offset) {
        int found = -1;
        for (int i = 0; i < paragraphs.size() && paragraphs.get(i).begin() <= offset; i++) {
            found = i;
        }
        return found;
    }

    /** The index of the first token that begins at or after {@code offset}; tokens().size() if none. */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Tokens lying wholly inside [begin, end). */
    public List<Token> tokensIn(int begin, int end) {
        int from = firstTokenAtOrAfter(begin);
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= end) {
            to++;
        }
        return tokens.subList(from, to);
    }

    /** A raw token span from a segmenter, end-exclusive, with its part-of-speech tag when one was given. */
    public record TokenSpan(int begin, int end, String pos) {

        public TokenSpan(int begin, int end) {
            this(begin, end, null);
        }
    }
}
