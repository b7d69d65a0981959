package dev.quarry.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny regex segmenter so the pure-Java logic can be tested in milliseconds without Spark. Its
 * token shapes follow Spark NLP's default Tokenizer (punctuation runs such as {@code ,"} stay whole).
 */
public final class TestAnnotator {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|St)\\.|\\p{L}[\\p{L}\\p{N}'\u2019\\-]*(?:\\.\\p{L}[\\p{L}\\p{N}'\u2019\\-]*)*|\\p{N}+(?:[.,]\\p{N}+)*|[^\\s\u00A0\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|St))[.!?][\"\u201D']*[\\s\u00A0]+(?=[\"\u201C\\p{Lu}])");

    private TestAnnotator() {
    }

    public static AnnotatedArticle annotate(String id, String text) {
        return annotate(id, text, java.util.Map.of());
    }

    /** As {@link #annotate(String, String)}, giving the listed words these POS tags (others stay untagged). */
    public static AnnotatedArticle annotate(String id, String text, java.util.Map<String, String> tags) {
        List<Span> sentences = new ArrayList<>();
        for (Span paragraph : Paragraphs.spans(text)) {
            Matcher m = SENTENCE_END.matcher(text).region(paragraph.begin(), paragraph.end());
            int start = paragraph.begin();
            while (m.find()) {
                int end = m.end();
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                sentences.add(new Span(start, end));
                start = m.end();
            }
            sentences.add(new Span(start, paragraph.end()));
        }
        List<AnnotatedArticle.TokenSpan> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            tokens.add(new AnnotatedArticle.TokenSpan(t.start(), t.end(), tags.get(t.group())));
        }
        return AnnotatedArticle.of(id, text, sentences, tokens);
    }
}
