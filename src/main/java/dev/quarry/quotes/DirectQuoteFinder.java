package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.quotes.rules.DirectContext;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.DirectRule.Place;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.text.QuotedTitles;
import dev.quarry.quotes.text.SpeakerPhrases;
import dev.quarry.quotes.text.SplitQuotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Quotations in quotation marks. For each quoted span (titles dropped): the after-mark rules, then if
 * none attributed it the before-mark rules; a span attributed after its mark may continue in the next
 * span ({@link SplitQuotes}); a transcript turn inside the quote overrides all; then
 * {@link QuoteClassifier} decides direct, mixed or nothing.
 */
final class DirectQuoteFinder {

    private final Map<Place, List<DirectRule>> rules = new EnumMap<>(Place.class);
    private final QuoteLexicons lexicons;
    private final QuoteClassifier classifier;

    DirectQuoteFinder(List<DirectRule> ordered, QuoteLexicons lexicons) {
        for (Place place : Place.values()) {
            rules.put(place, new ArrayList<>());
        }
        for (DirectRule rule : ordered) {
            rules.get(rule.place()).add(rule);
        }
        this.lexicons = lexicons;
        this.classifier = new QuoteClassifier(lexicons);
    }

    List<Quote> find(AnnotatedArticle article) {
        String text = article.text();
        List<QuotedSpan> spans = QuoteMarks.find(text, article.paragraphs());
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuotedSpan span = spans.get(i);
            if (QuotedTitles.isTitle(text, span)) {
                continue;
            }
            DirectContext context = new DirectContext(article, span, lexicons);
            Attribution attribution = first(Place.AFTER_MARK, context);
            boolean afterMark = attribution != null;
            if (!afterMark) {
                attribution = first(Place.BEFORE_MARK, context);
            }
            if (afterMark && i + 1 < spans.size() && SplitQuotes.continues(article, span, attribution, spans.get(i + 1))) {
                span = SplitQuotes.joined(span, spans.get(++i));
                context = new DirectContext(article, span, lexicons);
            }
            Attribution turn = first(Place.INSIDE, context);
            if (turn != null) {
                List<Span> pieces = new ArrayList<>(span.pieces());
                pieces.set(0, pieces.get(0).withBegin(turn.end()));
                quotes.add(build(article, span, new QuoteClassifier.Decision(QuoteType.DIRECT, turn, pieces, turn.rule())));
                continue;
            }
            QuoteClassifier.Decision decision = classifier.classify(context, attribution, afterMark, c -> first(Place.AFTER_COLON, c));
            if (decision != null) {
                quotes.add(build(article, span, decision));
            }
        }
        return quotes;
    }

    /** The first attribution the rules of one place give (see {@link Outcome} for claims). */
    private Attribution first(Place place, DirectContext context) {
        for (DirectRule rule : rules.get(place)) {
            Outcome<Attribution> outcome = rule.apply(context);
            if (outcome.claims()) {
                return outcome.found();
            }
        }
        return null;
    }

    private Quote build(AnnotatedArticle article, QuotedSpan span, QuoteClassifier.Decision d) {
        String text = article.text();
        Attribution a = d.attribution();
        if (a != null && a.speaker() == null) {
            // "upon saying, '...'", "by saying, '...'": the speaker is the subject of the introducing clause.
            Span subject = SpeakerPhrases.subjectBefore(article, span.openMark(), lexicons);
            if (subject != null) {
                a = a.withSpeaker(subject);
            }
        }
        List<Span> pieces = d.pieces();
        StringBuilder content = new StringBuilder();
        List<Span> kept = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Span piece = pieces.get(k);
            // The comma before an attribution belongs to the attribution, not to what was said.
            if (k == pieces.size() - 1 && piece.length() > 0 && text.charAt(piece.end() - 1) == ',') {
                piece = piece.withEnd(piece.end() - 1);
            }
            if (k > 0) {
                content.append(' ');
            }
            content.append(text, piece.begin(), piece.end());
            kept.add(piece);
        }
        int start = kept.get(0).begin();
        int end = kept.get(kept.size() - 1).end();
        double confidence = a == null ? 0.5 : 0.9;
        if (!span.closed()) {
            confidence *= 0.7;
        }
        boolean cue = a != null && a.hasCueWord();
        boolean speaker = a != null && a.speaker() != null;
        return new Quote(article.articleId(), content.toString(), start, end, d.type(),
                cue ? a.cue().of(text) : null, cue ? a.cue().begin() : null, cue ? a.cue().end() : null,
                speaker ? a.speaker().of(text) : null, speaker ? a.speaker().begin() : null, speaker ? a.speaker().end() : null,
                null, null, null, confidence, Math.max(0, article.sentenceIndexAt(start)), kept, d.rule());
    }
}
