package dev.quarry.quotes;

import dev.quarry.quotes.model.AttributionTagger;
import dev.quarry.quotes.model.ModelPrecedence;
import dev.quarry.text.AnnotatedArticle;

import java.util.List;

/**
 * Finds quotations in one annotated article, with their cue, local speaker mention and the name of the
 * rule that found each. Pure Java: plain objects in, plain objects out. In order:
 * <ol>
 *   <li>{@link DirectQuoteFinder}: quotations in quotation marks ({@link QuoteMarks}), attributed by the
 *       direct rules;</li>
 *   <li>{@link ReportedSpeechFinder}: reported speech from cue words, by the reported rules;</li>
 *   <li>{@link OverlapPrecedence}: which stands where the two overlap;</li>
 *   <li>when a trained {@link AttributionTagger} is given: its attributions, merged with the rules' quotes by
 *       {@link ModelPrecedence};</li>
 *   <li>{@link CueBoundaries}: each cue ends where the annotation convention ends it; the mention
 *       corrections ({@link PredicateMentions}, {@link PrepositionObjectMentions});</li>
 *   <li>{@link ContentBoundaries}: each content piece begins and ends where the convention does,
 *       with its quotation marks.</li>
 * </ol>
 * Speakers are resolved afterwards by {@link dev.quarry.quotes.speakers.SpeakerResolver}.
 */
public final class QuoteFinder {

    private final DirectQuoteFinder direct;
    private final ReportedSpeechFinder reported;
    /** The trained attribution tagger, or null for the rules alone. */
    private final AttributionTagger tagger;
    private final CueBoundaries cueBoundaries;
    private final ContentBoundaries contentBoundaries = new ContentBoundaries();
    private final PredicateMentions predicateMentions = new PredicateMentions();
    private final PrepositionObjectMentions prepositionObjectMentions = new PrepositionObjectMentions();

    /** All rules in the default order. */
    public QuoteFinder() {
        this(QuoteRules.defaults());
    }

    public QuoteFinder(QuoteRules rules) {
        this(rules, null);
    }

    /** The rules, and the tagger beside them when it is not null ({@link ModelPrecedence}). */
    public QuoteFinder(QuoteRules rules, AttributionTagger tagger) {
        this.direct = new DirectQuoteFinder(rules.direct(), rules.lexicons());
        this.reported = new ReportedSpeechFinder(rules.reported(), rules.lexicons());
        this.tagger = tagger;
        this.cueBoundaries = new CueBoundaries(rules.lexicons().cueEnds(), rules.lexicons().cueStarts());
    }

    public List<Quote> find(AnnotatedArticle article) {
        return complete(article, findByRules(article));
    }

    /**
     * What {@link #find} makes of the rules' quotes ({@link #findByRules}): the tagger's quotes beside
     * them, then {@link CueBoundaries} and the steps after it. Cross-validation calls it with the rules' quotes it keeps for every fold.
     */
    public List<Quote> complete(AnnotatedArticle article, List<Quote> byRules) {
        List<Quote> merged = tagger == null ? byRules
                : QuotationClosure.close(article, ModelPrecedence.merge(byRules, tagger.find(article, byRules)));
        return merged.stream().map(q -> contentBoundaries.adjust(article.text(), prepositionObjectMentions.correct(article,
                predicateMentions.correct(article, cueBoundaries.adjust(article.text(), q))))).toList();
    }

    /**
     * The rules' quotes, before the tagger and before {@link CueBoundaries}: what the tagger reads as
     * features, so training ({@code AttributionTraining}) must see them exactly as {@link #find} gives them to it.
     */
    public List<Quote> findByRules(AnnotatedArticle article) {
        List<Quote> quotes = direct.find(article);
        return OverlapPrecedence.merge(article, quotes, reported.find(article, quotes));
    }
}
