package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.TextSpans;
import dev.quarry.text.Token;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.text.MarkSurroundings;
import dev.quarry.quotes.text.WordCounts;

import java.util.List;
import java.util.function.Function;

import static dev.quarry.quotes.QuoteWords.DASHES;
import static dev.quarry.quotes.QuoteWords.INTRODUCTORY_OPENERS;
import static dev.quarry.quotes.QuoteWords.NAMING_LEMMAS;

/**
 * Decides what a quoted span is once the rules have attributed it (or not): a direct quote, a mixed
 * quote (a fragment inside reported content, whose statement runs from the sentence start), or not a
 * quotation at all (a short unattributed fragment: a title, a nickname, scare quotes).
 */
final class QuoteClassifier {

    /** The finder's name for a direct quote that opens its sentence with no attribution. */
    static final String FLOATING = "floating-quote";
    /** The finder's name for a quote introduced by a colon whose speaker no rule found. */
    static final String COLON_INTRODUCTION = "colon-introduction";
    /** Quotes with fewer words than this need an attribution, or to open their sentence, to count. */
    private static final int MIN_FLOATING_WORDS = 3;

    private final QuoteLexicons lexicons;

    QuoteClassifier(QuoteLexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The quote's type, attribution, content pieces and rule. */
    record Decision(QuoteType type, Attribution attribution, List<Span> pieces, String rule) {
    }

    /**
     * @param afterMark whether {@code a} came from an after-mark rule
     * @param colonRules asks the after-colon rules, for an unattributed quote introduced by a colon
     * @return the decision, or null when the span is not a quotation
     */
    Decision classify(DirectContext context, Attribution a, boolean afterMark, Function<DirectContext, Attribution> colonRules) {
        AnnotatedArticle article = context.article();
        String text = article.text();
        QuotedSpan span = context.span();
        int openMark = span.openMark();
        List<Span> pieces = span.pieces();
        Decision d;
        if (afterMark) {
            boolean signed = DASHES.contains(a.cue().of(text));
            d = !signed && !MarkSurroundings.opensSentence(article, openMark) && !MarkSurroundings.afterIntroduction(text, openMark)
                    ? fragmentBeforeAttribution(article, span, a) : new Decision(QuoteType.DIRECT, a, pieces, a.rule());
        } else if (a != null && isParenthetical(article, a, openMark)) {
            // "If Clinton is elected, he said, 'she might ...'" -- the attribution interrupts one
            // statement, which runs from the sentence start to the end of the quote.
            Span statement = new Span(MarkSurroundings.firstWordOfSentence(article, openMark), span.contentEnd());
            d = new Decision(QuoteType.MIXED, a, List.of(statement), a.rule());
        } else if (a != null) {
            boolean utterance = a.introducesUtterance() && looksLikeUtterance(text, span) && !MarkSurroundings.afterThat(text, openMark);
            d = new Decision(utterance ? QuoteType.DIRECT : QuoteType.MIXED, a, pieces, a.rule());
        } else {
            d = unattributed(context, colonRules);
        }
        return d == null ? null : withNamedObject(article, span, d);
    }

    /**
     * Obama "felt a moral obligation" to act, Axelrod said. -- a fragment inside reported content: what
     * was said runs from the sentence start, and the speaker is the last comma-separated part before the cue.
     */
    private Decision fragmentBeforeAttribution(AnnotatedArticle article, QuotedSpan span, Attribution a) {
        Attribution cut = lastCommaSegment(article, a);
        int sentenceStart = MarkSurroundings.firstWordOfSentence(article, span.openMark());
        int commaBeforeSpeaker = cut.speaker() == null ? -1 : MarkSurroundings.commaBefore(article, cut.speaker().begin());
        int contentEnd = Math.max(span.contentEnd(), commaBeforeSpeaker);
        return new Decision(QuoteType.MIXED, cut, List.of(new Span(sentenceStart, contentEnd)), cut.rule());
    }

    private Decision unattributed(DirectContext context, Function<DirectContext, Attribution> colonRules) {
        String text = context.text();
        QuotedSpan span = context.span();
        boolean afterColon = MarkSurroundings.afterColon(text, span.openMark());
        int words = WordCounts.inText(text, span.pieces());
        if (words < MIN_FLOATING_WORDS) {
            return null; // a title, a nickname or scare quotes: not a quotation
        }
        if (MarkSurroundings.opensSentence(context.article(), span.openMark()) && !afterColon) {
            return new Decision(QuoteType.DIRECT, null, span.pieces(), FLOATING);
        }
        if (afterColon) {
            // "Then he boomed: '...'" / "Pollster Carl Bialik: '...'" -- introduced, cue or not.
            Attribution a = colonRules.apply(context);
            return new Decision(QuoteType.DIRECT, a, span.pieces(), a == null ? COLON_INTRODUCTION : a.rule());
        }
        return null;
    }

    /** "called Florida's standards 'strong'": what was said runs from after the cue to the fragment's end. */
    private Decision withNamedObject(AnnotatedArticle article, QuotedSpan span, Decision d) {
        Attribution a = d.attribution();
        if (d.type() != QuoteType.MIXED || a == null || !NAMING_LEMMAS.contains(lexicons.lemma(a.cue().of(article.text())))) {
            return d;
        }
        int from = MarkSurroundings.afterCue(article, a.cue().end(), span.openMark());
        if (from < span.contentBegin() && d.pieces().size() == 1 && span.closed()) {
            // Up to and with the closing mark, so the text stays balanced: the plan "a disaster"
            return new Decision(d.type(), a, List.of(new Span(from, span.closeEnd())), d.rule());
        }
        return d;
    }

    /** The attribution with its speaker cut to the part after the last comma ("in comparison to Obama, Gingrich"). */
    private static Attribution lastCommaSegment(AnnotatedArticle article, Attribution a) {
        if (a.speaker() == null || a.inverted()) {
            return a; // inverted ("said X"): nothing to cut
        }
        int start = a.speaker().begin();
        for (Token t : article.tokensIn(a.speaker().begin(), a.speaker().end())) {
            if (t.text().equals(",")) {
                int next = article.firstTokenAtOrAfter(t.end());
                if (next < article.tokens().size() && article.tokens().get(next).begin() < a.speaker().end()) {
                    start = article.tokens().get(next).begin();
                }
            }
        }
        return a.withSpeaker(a.speaker().withBegin(start));
    }

    /** A before-attribution set off by commas after words of the same sentence: "Perhaps, he said, '...'". */
    private static boolean isParenthetical(AnnotatedArticle article, Attribution a, int openMark) {
        if (a.speaker() == null || a.inverted() || a.cue().of(article.text()).endsWith("ing")) {
            return false; // "..., Spicer said, adding, '...'": the participle introduces a quote of its own
        }
        int comma = MarkSurroundings.commaBefore(article, a.speaker().begin());
        int beforeMark = TextSpans.lastNonSpaceBefore(article.text(), openMark);
        if (comma < 0 || beforeMark < 0 || article.text().charAt(beforeMark) != ',') {
            return false;
        }
        int s = article.sentenceIndexAt(a.speaker().begin());
        if (s < 0 || comma <= article.sentences().get(s).begin() || MarkSurroundings.opensSentence(article, a.speaker().begin())) {
            return false;
        }
        List<Token> before = article.tokensIn(article.sentences().get(s).begin(), comma);
        // "In Iowa, Trump said, '...'" is an introduction, not part of what was said.
        return !before.isEmpty() && !INTRODUCTORY_OPENERS.contains(before.get(0).lower())
                && !(before.get(0).text().endsWith("ing") || before.get(0).text().endsWith("ed"));
    }

    /** A full utterance starts with a capital letter (or a digit) rather than mid-clause. */
    private static boolean looksLikeUtterance(String text, QuotedSpan span) {
        char first = text.charAt(span.contentBegin());
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '.';
    }
}
