package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;

import java.util.List;

/**
 * Finds quotations in one annotated article, with their cue, local speaker mention and the name of the
 * rule that found each. Pure Java: plain objects in, plain objects out. In order:
 * <ol>
 *   <li>{@link DirectQuoteFinder}: quotations in quotation marks ({@link QuoteMarks}), attributed by the
 *       direct rules;</li>
 *   <li>{@link ReportedSpeechFinder}: reported speech from cue words, by the reported rules;</li>
 *   <li>{@link OverlapPrecedence}: which stands where the two overlap.</li>
 * </ol>
 * Speakers are resolved afterwards by {@link dev.quarry.quotes.speakers.SpeakerResolver}.
 */
public final class QuoteFinder {

    private final DirectQuoteFinder direct;
    private final ReportedSpeechFinder reported;

    /** All rules in the default order. */
    public QuoteFinder() {
        this(QuoteRules.defaults());
    }

    public QuoteFinder(QuoteRules rules) {
        this.direct = new DirectQuoteFinder(rules.direct(), rules.lexicons());
        this.reported = new ReportedSpeechFinder(rules.reported(), rules.lexicons());
    }

    public List<Quote> find(AnnotatedArticle article) {
        List<Quote> quotes = direct.find(article);
        return OverlapPrecedence.merge(article, quotes, reported.find(article, quotes));
    }
}
