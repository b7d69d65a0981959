package dev.quarry.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph spans of an article text.
 *
 * <p>Archives disagree on what a paragraph break is: crawler dumps separate paragraphs with blank
 * lines, while many plain-text exports put one paragraph per line. A text that has any blank line is
 * taken to use blank lines (so hard-wrapped lines stay together); otherwise every line is a paragraph.
 */
public final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

    private Paragraphs() {
    }

    /** The non-blank paragraphs, trimmed, in order. */
    public static List<Span> spans(String text) {
        Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
        List<Span> spans = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int start = 0;
        while (m.find()) {
            addTrimmed(text, start, m.start(), spans);
            start = m.end();
        }
        addTrimmed(text, start, text.length(), spans);
        return spans;
    }

    private static void addTrimmed(String text, int begin, int end, List<Span> spans) {
        Span span = TextSpans.trimmed(text, begin, end);
        if (!span.isEmpty()) {
            spans.add(span);
        }
    }
}
