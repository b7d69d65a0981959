package dev.quarry.quotes;

import dev.quarry.text.Lexicon;

/**
 * The cue lexicons the quote rules read, loaded once and handed to each rule. Unlike
 * {@link QuoteWords}, these are derived from training data (see docs/quotes.md) and may be replaced.
 *
 * @param cues speech cues and their lemmas ({@code cues.tsv})
 * @param broadCues stance and plan cues ({@code broad-cues.txt})
 * @param verbCues broad cues taken only where the tagger calls them verbs ({@code verb-cues.txt})
 * @param cueNouns cue nouns and the words that may follow them ({@code cue-nouns.tsv})
 * @param phrasalCues cues with their preposition ({@code phrasal-cues.tsv})
 * @param metadataLabels labels such as "BYLINE" that look like a headline speaker ({@code metadata-labels.txt})
 * @param cueEnds where a cue ends, by pairs of words ({@code cue-ends.tsv}, see {@link CueBoundaries})
 * @param cueStarts where a cue begins, by pairs of words ({@code cue-starts.tsv})
 */
public record QuoteLexicons(Lexicon cues, Lexicon broadCues, Lexicon verbCues, Lexicon cueNouns, Lexicon phrasalCues,
                            Lexicon metadataLabels, Lexicon cueEnds, Lexicon cueStarts) {

    public static QuoteLexicons load() {
        return new QuoteLexicons(Lexicon.load(Lexicon.CUES), Lexicon.load(Lexicon.BROAD_CUES), Lexicon.load(Lexicon.VERB_CUES),
                Lexicon.load(Lexicon.CUE_NOUNS), Lexicon.load(Lexicon.PHRASAL_CUES), Lexicon.load(Lexicon.METADATA_LABELS),
                Lexicon.load(CueBoundaries.ENDS), Lexicon.load(CueBoundaries.STARTS));
    }

    /** The cue lemma of a word, or "" when it is not a speech cue. */
    public String lemma(String word) {
        String l = cues.get(word);
        return l == null ? "" : l;
    }

    /** A speech cue that reports (not "call" or "describe"), written in lower case. */
    public boolean reportingCue(dev.quarry.text.Token token) {
        String lemma = cues.get(token.text());
        return lemma != null && !QuoteWords.NOT_REPORTING.contains(lemma) && token.lowerInitial();
    }
}
