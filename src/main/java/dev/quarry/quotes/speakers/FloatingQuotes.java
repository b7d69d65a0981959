package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.text.AnnotatedArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * A quote with no mention of its own (a "floating" quote) takes the speaker of the nearest
 * attributed quote in its paragraph, else of the last one in the paragraph before, else of the
 * last quote before it that has a mention: a quote with no cue usually goes on with the last speaker.
 */
final class FloatingQuotes {

    private static final java.util.Set<String> UNNAMED_ON_PURPOSE = java.util.Set.of(
            dev.quarry.quotes.rules.reported.AskedQuestionRule.NAME, dev.quarry.quotes.rules.reported.PassiveReportRule.NAME,
            dev.quarry.quotes.rules.reported.SeemingRule.NAME);

    private FloatingQuotes() {
    }

    static List<Quote> borrowSpeakers(AnnotatedArticle article, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes);
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            // Some rules leave the speaker unnamed on purpose ("Asked whether he would run, ..." is a
            // reporter's question; "it is expected that" has no speaker): no neighbour's name for those.
            if (!q.hasSpeakerMention() && !UNNAMED_ON_PURPOSE.contains(q.rule())) {
                Quote neighbour = nearestAttributed(article, quotes, i);
                if (neighbour != null) {
                    out.set(i, q.withBorrowedSpeaker(neighbour, Math.min(q.confidence(), 0.5)));
                }
            }
        }
        return out;
    }

    private static Quote nearestAttributed(AnnotatedArticle article, List<Quote> quotes, int i) {
        int paragraph = article.paragraphIndexAt(quotes.get(i).start());
        Quote best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < quotes.size(); j++) {
            Quote other = quotes.get(j);
            if (j == i || other.speaker() == null || !other.hasSpeakerMention()) {
                continue;
            }
            int p = article.paragraphIndexAt(other.start());
            boolean samePara = p == paragraph;
            boolean previousPara = p == paragraph - 1 && j < i;
            if ((samePara || previousPara) && Math.abs(j - i) < bestDistance) {
                best = other;
                bestDistance = Math.abs(j - i) + (samePara ? 0 : 1000);
            }
        }
        for (int j = i - 1; j >= 0 && best == null; j--) {
            if (quotes.get(j).hasSpeakerMention()) {
                best = quotes.get(j); // its mention, even when that mention could not be resolved to a name
            }
        }
        return best;
    }
}
