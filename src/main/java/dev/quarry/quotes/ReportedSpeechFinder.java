package dev.quarry.quotes;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Sentence;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.rules.Outcome;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.SentenceContext;
import dev.quarry.quotes.text.ClauseBounds;

import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech, sentence by sentence: first the sentence rules (a finding there ends the sentence),
 * then the word rules about each word. A word inside a direct quote, or the cue of one, is skipped,
 * and a candidate that is mostly one direct quote is that quote, already found.
 */
final class ReportedSpeechFinder {

    /** A candidate covering more than this share of a direct quote's length... is that quote. */
    private static final double SAME_AS_DIRECT = 0.6;

    private final List<ReportedRule> sentenceRules = new ArrayList<>();
    private final List<ReportedRule> wordRules = new ArrayList<>();
    private final QuoteLexicons lexicons;
    private final ClauseBounds bounds;

    ReportedSpeechFinder(List<ReportedRule> ordered, QuoteLexicons lexicons) {
        for (ReportedRule rule : ordered) {
            (rule.scope() == ReportedRule.Scope.SENTENCE ? sentenceRules : wordRules).add(rule);
        }
        this.lexicons = lexicons;
        this.bounds = new ClauseBounds(lexicons);
    }

    List<ReportedCandidate> find(AnnotatedArticle article, List<Quote> direct) {
        List<ReportedCandidate> found = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = article.tokensIn(sentence.begin(), sentence.end());
            SentenceContext s = new SentenceContext(article, sentence, tokens, ClauseBounds.contentEnd(tokens), direct, found, lexicons, bounds);
            ReportedCandidate whole = first(sentenceRules, s, -1);
            if (whole != null && !overlapsDirect(whole, direct)) {
                found.add(whole);
                continue;
            }
            for (int c = 0; c < tokens.size(); c++) {
                if (insideOrCueOf(tokens.get(c), direct)) {
                    continue;
                }
                ReportedCandidate candidate = first(wordRules, s, c);
                if (candidate != null && !overlapsDirect(candidate, direct)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    /** The first candidate the rules give; after a claim with nothing found, only fallback rules are asked. */
    private static ReportedCandidate first(List<ReportedRule> rules, SentenceContext s, int word) {
        boolean claimed = false;
        for (ReportedRule rule : rules) {
            if (claimed && !rule.fallback()) {
                continue;
            }
            Outcome<ReportedCandidate> outcome = rule.apply(s, word);
            if (outcome.found() != null) {
                return outcome.found();
            }
            claimed |= outcome.claims();
        }
        return null;
    }

    private static boolean insideOrCueOf(Token token, List<Quote> direct) {
        for (Quote q : direct) {
            // A mixed fragment's cue stays open: the reported clause around the fragment is the quote.
            if (q.type() == QuoteType.DIRECT && q.cueStart() != null && q.cueStart() == token.begin()) {
                return true;
            }
            for (Span piece : q.pieces()) {
                if (piece.contains(token.span())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapsDirect(ReportedCandidate c, List<Quote> direct) {
        for (Quote q : direct) {
            if (q.type() == QuoteType.DIRECT && c.content().overlap(new Span(q.start(), q.end())) > SAME_AS_DIRECT * c.content().length()) {
                return true;
            }
        }
        return false;
    }
}
