package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TextSpans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Where quotes found by different rules overlap, which stands. In this order:
 * <ol>
 *   <li>Direct quotes (in quotation marks) are found first and stand against reported speech over
 *       mostly the same text ({@link ReportedSpeechFinder} drops such candidates).</li>
 *   <li>Reported speech from a speech cue comes before reported speech from a broad cue ("said" names its
 *       speaker more surely than "criticized").</li>
 *   <li>Of two candidates over mostly the same text (half their union or more), the first stands: "argued
 *       ..., saying ..." is one statement.</li>
 *   <li>A broad candidate inside a reported quote is part of what was said ("she said she was considering X").</li>
 *   <li>A reported clause ends before a direct quote with its own attribution inside it ('After Scalia said
 *       that ..., Trump said: "..."').</li>
 *   <li>A reported clause takes in the quoted fragments inside it: it becomes one mixed quote ("She said the
 *       plan was 'a disaster' for farmers").</li>
 * </ol>
 */
final class OverlapPrecedence {

    private OverlapPrecedence() {
    }

    /** The direct quotes with the reported candidates merged in, by start. */
    static List<Quote> merge(AnnotatedArticle article, List<Quote> direct, List<ReportedCandidate> reported) {
        List<Quote> result = new ArrayList<>(direct);
        List<ReportedCandidate> candidates = new ArrayList<>(reported);
        candidates.sort(Comparator.comparing(ReportedCandidate::broad));
        for (ReportedCandidate c : candidates) {
            if (mostlySameSpan(result, c.content()) || (c.broad() && insideReported(result, c))) {
                continue;
            }
            c = endBeforeAttributedQuote(article.text(), result, c);
            if (c.content().isEmpty()) {
                continue;
            }
            boolean mixed = false;
            for (Iterator<Quote> it = result.iterator(); it.hasNext(); ) {
                Quote q = it.next();
                if (q.start() >= c.content().begin() && q.end() <= c.content().end() + 1 && q.type() != QuoteType.INDIRECT) {
                    it.remove();
                    mixed = true;
                }
            }
            mixed |= QuoteMarks.containsMark(article.text(), c.content().begin(), c.content().end());
            result.add(quote(article, c, mixed ? QuoteType.MIXED : QuoteType.INDIRECT));
        }
        result.sort(Comparator.comparingInt(Quote::start));
        return result;
    }

    private static ReportedCandidate endBeforeAttributedQuote(String text, List<Quote> quotes, ReportedCandidate c) {
        for (Quote q : quotes) {
            Span content = c.content();
            if (q.type() == QuoteType.DIRECT && q.cueStart() != null && q.start() > content.begin() && q.start() < content.end()
                    && q.cueStart() != c.cue().begin()) {
                int cut = Math.min(q.start(), Math.min(q.cueStart(), q.speakerStart() == null ? q.start() : q.speakerStart()));
                int end = TextSpans.trimmed(text, content.begin(), Math.max(content.begin(), cut - 1)).end();
                while (end > content.begin() && ",;:-\u2014\"\u201C ".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                c = c.withContentEnd(end);
            }
        }
        return c;
    }

    private static Quote quote(AnnotatedArticle article, ReportedCandidate c, QuoteType type) {
        String text = article.text();
        boolean hasSpeaker = c.speaker() != null;
        return new Quote(article.articleId(), c.content().of(text), c.content().begin(), c.content().end(), type,
                c.cue().of(text), c.cue().begin(), c.cue().end(),
                hasSpeaker ? c.speaker().of(text) : null, hasSpeaker ? c.speaker().begin() : null, hasSpeaker ? c.speaker().end() : null,
                null, null, null, hasSpeaker ? 0.75 : 0.5, Math.max(0, article.sentenceIndexAt(c.content().begin())), null, c.rule());
    }

    private static boolean insideReported(List<Quote> quotes, ReportedCandidate c) {
        for (Quote q : quotes) {
            if (q.type() != QuoteType.DIRECT && q.cueStart() != null && q.start() <= c.cue().begin() && q.end() >= c.content().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlySameSpan(List<Quote> quotes, Span content) {
        for (Quote q : quotes) {
            if (q.type() != QuoteType.INDIRECT && q.start() >= content.begin() && q.end() <= content.end() + 1) {
                continue; // a quoted fragment inside the clause: the clause absorbs it as a mixed quote
            }
            int overlap = Math.min(content.end(), q.end()) - Math.max(content.begin(), q.start());
            int union = Math.max(content.end(), q.end()) - Math.min(content.begin(), q.start());
            if (overlap > 0 && 2 * overlap >= union) {
                return true;
            }
        }
        return false;
    }
}
