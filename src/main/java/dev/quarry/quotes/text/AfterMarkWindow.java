package dev.quarry.quotes.text;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Span;
import dev.quarry.text.Token;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.QuotedSpan;

import java.util.ArrayList;
import java.util.List;

import static dev.quarry.quotes.QuoteWords.CLOSING_PARTICLES;
import static dev.quarry.quotes.QuoteWords.DASHES;
import static dev.quarry.quotes.QuoteWords.MONTHS;
import static dev.quarry.quotes.QuoteWords.SUBJECT_OPENERS;
import static dev.quarry.quotes.QuoteWords.TIME_PREPOSITIONS;
import static dev.quarry.quotes.QuoteWords.TIME_WORDS;

/**
 * The words right after a closing quotation mark, up to the end of the attribution clause, and what
 * the after-mark rules need to know of them: a signing dash, whether the quote can be attributed from
 * here at all, and where the cue is.
 */
public final class AfterMarkWindow {

    /** The window stops after this many tokens. */
    private static final int MAX_WINDOW_TOKENS = 25;

    private final List<Token> tokens = new ArrayList<>();
    private boolean commaAfterMark;
    private Span dash;
    private int signatureFrom = -1;
    private boolean attributable;
    private boolean accordingTo;
    private int cueIndex = -1;
    private boolean untaggedCue;

    private AfterMarkWindow() {
    }

    public static AfterMarkWindow of(AnnotatedArticle article, QuotedSpan span, QuoteLexicons lexicons) {
        AfterMarkWindow w = new AfterMarkWindow();
        String text = article.text();
        int paragraphEnd = article.paragraphs().get(article.paragraphIndexAt(span.closeEnd() - 1)).end();
        // '...about.”― Pamela Padilla': the tokenizer may glue the dash to the closing mark.
        int afterClose = span.closeEnd();
        while (afterClose < text.length() && (text.charAt(afterClose) == ' ' || text.charAt(afterClose) == '\u00A0')) {
            afterClose++;
        }
        if (afterClose < text.length() && DASHES.contains(String.valueOf(text.charAt(afterClose)))) {
            int first = article.firstTokenAtOrAfter(afterClose + 1);
            if (first < article.tokens().size() && article.tokens().get(first).begin() < paragraphEnd) {
                w.dash = new Span(afterClose, afterClose + 1);
                w.signatureFrom = first;
                return w;
            }
        }
        if (!w.collect(article, span.closeEnd(), paragraphEnd)) {
            return w;
        }
        char last = text.charAt(span.contentEnd() - 1);
        w.attributable = w.attributable(text, span, last, lexicons);
        if (w.attributable) {
            w.findCue(last, lexicons);
        }
        return w;
    }

    /** Gathers the window's tokens; false when a signing dash opens it. */
    private boolean collect(AnnotatedArticle article, int from, int paragraphEnd) {
        int bracketOpen = -1;
        for (int t = article.firstTokenAtOrAfter(from); t < article.tokens().size(); t++) {
            Token token = article.tokens().get(t);
            if (token.begin() >= paragraphEnd || token.quoteMark() || tokens.size() > MAX_WINDOW_TOKENS) {
                break;
            }
            if (token.punctuation()) {
                if (tokens.isEmpty() && token.text().equals(",")) {
                    commaAfterMark = true;
                    continue;
                }
                if (tokens.isEmpty() && DASHES.contains(token.text())) {
                    dash = token.span();
                    signatureFrom = t + 1;
                    return false;
                }
                if (tokens.isEmpty()) {
                    break;
                }
                tokens.add(token);
                // The stop of a party tag "(D-Md.)" does not end the sentence.
                boolean inTag = bracketOpen >= 0 && tokens.size() - 1 - bracketOpen <= PartyTags.MAX_TOKENS;
                if (PartyTags.closes(token)) {
                    bracketOpen = -1;
                } else if (PartyTags.opens(token)) {
                    bracketOpen = tokens.size() - 1;
                }
                if (TokenShapes.endsSentence(token) && !inTag) {
                    break;
                }
                continue;
            }
            tokens.add(token);
        }
        return true;
    }

    private boolean attributable(String text, QuotedSpan span, char last, QuoteLexicons lexicons) {
        // Only a quote that ends like an utterance ("...," / "...?" / "...!"), or a long one, is followed
        // by its attribution; a short fragment ("a disaster") is not.
        if (!(commaAfterMark || ",?!.\u2014-\u2019'".indexOf(last) >= 0 || WordCounts.inText(text, span.pieces()) >= 4)) {
            return false;
        }
        if (tokens.isEmpty()) {
            return false;
        }
        // "...houses." But he ... -- a quote that ends its sentence is not attributed by the next one.
        return !(!commaAfterMark && (last == '.' || last == '!' || last == '?') && tokens.get(0).capitalised()
                && !lexicons.cues().contains(tokens.get(0).text()) && tokens.size() > 4
                && !lexicons.cues().contains(tokens.get(1).text()) && !lexicons.cues().contains(tokens.get(2).text()));
    }

    private void findCue(char last, QuoteLexicons lexicons) {
        for (int k = 0; k < tokens.size() && k <= SpeakerPhrases.MAX_SPEAKER_TOKENS; k++) {
            Token token = tokens.get(k);
            String t = token.text();
            if (PartyTags.opens(token)) {
                // A party tag "(D-Md.)" may stand between the name and the cue, its stop included.
                int close = PartyTags.closeAfter(tokens, k);
                if (close >= 0) {
                    k = close;
                    continue;
                }
            }
            if (token.punctuation() && !t.equals(",") && !t.equals("(") && !t.equals(")")) {
                break;
            }
            if (lexicons.cues().contains(t)) {
                cueIndex = k;
                break;
            }
            if (k == 0 && tokens.size() > 1 && token.lower().equals("according") && tokens.get(1).lower().equals("to")) {
                accordingTo = true;
                return;
            }
        }
        if (cueIndex < 0 && (commaAfterMark || last == ',' || last == '?' || last == '!')) {
            cueIndex = untaggedCueVerb();
            untaggedCue = cueIndex >= 0;
        }
        if (cueIndex >= 0 && (introducesNextQuote(last) || reportsWhatFollows())) {
            cueIndex = -1;
            untaggedCue = false;
        }
    }

    /**
     * '"... definitive evidence," but he said that other evidence ...': a window that opens with a
     * conjunction, or whose cue takes a "that" clause of its own, reports what follows the cue, not the
     * quote before the mark ("he said that night" still attributes it).
     */
    private boolean reportsWhatFollows() {
        if (dev.quarry.quotes.QuoteWords.CLAUSE_COORDINATORS.contains(tokens.get(0).lower())) {
            return true;
        }
        int that = cueIndex + 1;
        return that + 1 < tokens.size() && tokens.get(that).lower().equals("that")
                && !dev.quarry.quotes.QuoteWords.TIME_WORDS.contains(tokens.get(that + 1).lower());
    }

    /**
     * '..." She adds, "What kind of ...': a new sentence whose cue is followed by a comma or colon
     * introduces the next quote, not this one.
     */
    private boolean introducesNextQuote(char last) {
        if (commaAfterMark || !(last == '.' || last == '!' || last == '?') || !tokens.get(0).capitalised()) {
            return false;
        }
        for (int k = cueIndex + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.punctuation()) {
                return t.text().equals(",") || t.text().equals(":");
            }
        }
        return false;
    }

    /**
     * '"...," Bennett shot back.' / '"...," the editorial read.': a short subject and a verb that closes
     * the sentence attribute the quote even when the verb is not in the cue lexicon. Only with POS tags
     * (the verb must be tagged VBD or VBZ); the index of the verb, or -1.
     */
    private int untaggedCueVerb() {
        for (int k = 1; k < tokens.size() && k <= 6; k++) {
            Token t = tokens.get(k);
            if (t.punctuation()) {
                return -1;
            }
            if (t.pos() != null && (t.pos().equals("VBD") || t.pos().equals("VBZ"))) {
                int after = k + 1;
                if (after < tokens.size() && CLOSING_PARTICLES.contains(tokens.get(after).lower())) {
                    after++;
                }
                after = afterTimePhrase(after);
                boolean closes = after < tokens.size() && TokenShapes.endsSentence(tokens.get(after));
                Token first = tokens.get(0);
                boolean subject = first.capitalised() || SUBJECT_OPENERS.contains(first.lower());
                return closes && subject ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The index after a time phrase starting at {@code from} ("on Tuesday", "last week", "Tuesday"), or
     * {@code from} when none starts there: '"...," Toomey fumed on Tuesday.' still closes its sentence.
     */
    private int afterTimePhrase(int from) {
        int k = from;
        if (k < tokens.size() && TIME_PREPOSITIONS.contains(tokens.get(k).lower())) {
            k++;
        }
        int words = k;
        while (k < tokens.size() && k - from <= 3 && (TIME_WORDS.contains(tokens.get(k).lower()) || MONTHS.contains(tokens.get(k).lower()))) {
            k++;
        }
        return k > words ? k : from;
    }

    /** Where the attribution clause ends: after the punctuation that closes it, or after its last token. */
    public int attributionEnd(int lastUsed) {
        for (int k = lastUsed + 1; k < tokens.size(); k++) {
            if (tokens.get(k).punctuation()) {
                return tokens.get(k).end();
            }
        }
        return tokens.get(Math.min(lastUsed, tokens.size() - 1)).end();
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** A dash right after the closing mark ('"..." ― Carla Sanchez'), or null. */
    public Span dash() {
        return dash;
    }

    /** The article token index where a name after the signing dash would start. */
    public int signatureFrom() {
        return signatureFrom;
    }

    /** The quote ends like an utterance and no new sentence starts after it: the words here may attribute it. */
    public boolean attributable() {
        return attributable;
    }

    /** The window opens with "according to". */
    public boolean accordingTo() {
        return accordingTo;
    }

    /** The index of the cue in the window, or -1. */
    public int cueIndex() {
        return cueIndex;
    }

    /** The cue is a verb found by its tag, not a word of the cue lexicon. */
    public boolean untaggedCue() {
        return untaggedCue;
    }
}
