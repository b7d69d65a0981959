package dev.quarry.quotes.text;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TextSpans;
import dev.quarry.text.Token;

/** What stands around a quotation mark in the article text: the sentence it opens, a colon or comma before it. */
public final class MarkSurroundings {

    private MarkSurroundings() {
    }

    /** Nothing but punctuation stands before {@code offset} in its sentence (or a sentence end right before it). */
    public static boolean opensSentence(AnnotatedArticle article, int offset) {
        // The segmenter often runs a sentence on into a quote that follows it ("campaign. \"Nice try\"").
        int i = TextSpans.lastNonSpaceBefore(article.text(), offset);
        if (i >= 0 && ".!?".indexOf(article.text().charAt(i)) >= 0) {
            return true;
        }
        int s = article.sentenceIndexAt(offset);
        if (s < 0) {
            return true;
        }
        for (Token t : article.tokensIn(article.sentences().get(s).begin(), offset)) {
            if (!t.punctuation()) {
                return false;
            }
        }
        return true;
    }

    /** Whether only an introduction ("Speaking on Tuesday," / "He added:") stands before the mark. */
    public static boolean afterIntroduction(String text, int openMark) {
        int i = TextSpans.lastNonSpaceBefore(text, openMark);
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == ':' || text.charAt(i) == ';');
    }

    public static boolean afterColon(String text, int openMark) {
        int i = TextSpans.lastNonSpaceBefore(text, openMark);
        return i >= 0 && text.charAt(i) == ':';
    }

    /** 'said via email that, "Of course ...': the quote sits inside a reported clause. */
    public static boolean afterThat(String text, int openMark) {
        int i = TextSpans.lastNonSpaceBefore(text, openMark);
        if (i >= 0 && text.charAt(i) == ',') {
            i = TextSpans.lastNonSpaceBefore(text, i);
        }
        return i >= 3 && text.startsWith("that", i - 3) && (i < 4 || !Character.isLetter(text.charAt(i - 4)));
    }

    /** The first non-punctuation token of the sentence holding {@code offset}. */
    public static int firstWordOfSentence(AnnotatedArticle article, int offset) {
        int s = article.sentenceIndexAt(offset);
        if (s < 0) {
            return offset;
        }
        for (Token t : article.tokensIn(article.sentences().get(s).begin(), offset)) {
            if (!t.punctuation()) {
                return t.begin();
            }
        }
        return offset;
    }

    /** The offset of the comma right before {@code offset} (whitespace between), or -1. */
    public static int commaBefore(AnnotatedArticle article, int offset) {
        int i = TextSpans.lastNonSpaceBefore(article.text(), offset);
        return i >= 0 && article.text().charAt(i) == ',' ? i : -1;
    }

    /** Nothing but white space between ({@link TextSpans#isSpace}). */
    public static boolean onlySpaceBetween(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!TextSpans.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The lower-cased run of letters ending at index {@code i}; "" when {@code i} is negative. */
    public static String wordEndingAt(String text, int i) {
        int j = i;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return i < 0 ? "" : text.substring(j + 1, i + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The start of the first token after the cue, or {@code limit} if there is none before it. */
    public static int afterCue(AnnotatedArticle article, int cueEnd, int limit) {
        int t = article.firstTokenAtOrAfter(cueEnd);
        return t < article.tokens().size() && article.tokens().get(t).begin() < limit ? article.tokens().get(t).begin() : limit;
    }
}
