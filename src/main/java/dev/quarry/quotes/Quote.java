package dev.quarry.quotes;

import dev.quarry.text.Span;
import dev.quarry.text.StableId;

import java.util.List;

/**
 * One quotation found in one article. Offsets are end-exclusive Java String indices into the
 * article text; the nullable ones are null when that part was not found.
 *
 * <p>{@code text} is the quote content without its quotation marks. For a quote in several pieces
 * (split by an attribution, or running over paragraphs) the pieces are joined with one space, and
 * {@code start}/{@code end} run from the first piece's start to the last piece's end, and
 * {@code pieces} holds each piece's own span. {@code rule} names the rule that found the quote
 * (see docs/quotes.md).
 */
public record Quote(
        String articleId,
        String text,
        int start,
        int end,
        QuoteType type,
        String cue,
        Integer cueStart,
        Integer cueEnd,
        String speakerMention,
        Integer speakerStart,
        Integer speakerEnd,
        String speaker,
        String speakerEntityId,
        SpeakerType speakerType,
        double confidence,
        int sentenceIndex,
        List<Span> pieces,
        String rule) {

    public Quote {
        pieces = pieces == null ? List.of(new Span(start, end)) : List.copyOf(pieces);
    }

    /** Stable across reruns: derived from the article and the content offsets only. */
    public String quoteId() {
        return stableId(articleId, start, end);
    }

    public static String stableId(String articleId, int start, int end) {
        return StableId.of(articleId + ":" + start + ":" + end);
    }

    /** Within one article, one id per speaker name (case-insensitive); stable across reruns. */
    public static String entityId(String articleId, String name) {
        return StableId.of(articleId + "|speaker|" + name.strip().toLowerCase(java.util.Locale.ROOT));
    }


    /** The same quote with its speaker resolved; the entity id groups the speakers of one article by name. */
    public Quote withSpeaker(String resolved, SpeakerType resolvedType, double newConfidence) {
        String entityId = resolved == null ? null : entityId(articleId, resolved);
        return new Quote(articleId, text, start, end, type, cue, cueStart, cueEnd, speakerMention,
                speakerStart, speakerEnd, resolved, entityId, resolved == null ? null : resolvedType, newConfidence, sentenceIndex, pieces, rule);
    }

    /** The same quote with its speaker resolved to a referent that has its own id. */
    public Quote withSpeaker(String resolved, String resolvedId, SpeakerType resolvedType, double newConfidence) {
        return new Quote(articleId, text, start, end, type, cue, cueStart, cueEnd, speakerMention,
                speakerStart, speakerEnd, resolved, resolvedId, resolvedType, newConfidence, sentenceIndex, pieces, rule);
    }

    /**
     * A floating quote (no cue of its own) credited to the speaker of a neighbouring quote: it takes
     * that quote's speaker and mention, since that mention is what attributes it in the text.
     */
    public Quote withBorrowedSpeaker(Quote from, double newConfidence) {
        return new Quote(articleId, text, start, end, type, cue, cueStart, cueEnd, from.speakerMention,
                from.speakerStart, from.speakerEnd, from.speaker, from.speakerEntityId,
                from.speakerType, newConfidence, sentenceIndex, pieces, rule);
    }

    /**
     * The same content with another quote's cue and speaker mention, as found there and not yet resolved:
     * the tagger's content with the attribution a rule found for the same words.
     */
    public Quote withAttributionOf(Quote other) {
        return new Quote(articleId, text, start, end, type, other.cue, other.cueStart, other.cueEnd, other.speakerMention,
                other.speakerStart, other.speakerEnd, null, null, null, confidence, sentenceIndex, pieces, rule);
    }

    /** The same quote with its cue at {@code at} in the article, written {@code newCue}. */
    public Quote withCue(String newCue, Span at) {
        return new Quote(articleId, text, start, end, type, newCue, at.begin(), at.end(), speakerMention,
                speakerStart, speakerEnd, speaker, speakerEntityId, speakerType, confidence, sentenceIndex, pieces, rule);
    }

    /** The same quote with its speaker mention at {@code at}, written {@code mention}; the resolved speaker stays. */
    public Quote withSpeakerMention(String mention, Span at) {
        return new Quote(articleId, text, start, end, type, cue, cueStart, cueEnd, mention,
                at.begin(), at.end(), speaker, speakerEntityId, speakerType, confidence, sentenceIndex, pieces, rule);
    }

    /**
     * The same quote with its content at {@code newPieces} (in text order), written {@code newText};
     * {@code start}/{@code end} follow the pieces.
     */
    public Quote withContent(String newText, List<Span> newPieces) {
        return new Quote(articleId, newText, newPieces.get(0).begin(), newPieces.get(newPieces.size() - 1).end(), type, cue, cueStart, cueEnd,
                speakerMention, speakerStart, speakerEnd, speaker, speakerEntityId, speakerType, confidence, sentenceIndex, newPieces, rule);
    }

    /** The same quote of another type ({@link QuoteType#MIXED} once its content takes in a quotation). */
    public Quote withType(QuoteType newType) {
        return new Quote(articleId, text, start, end, newType, cue, cueStart, cueEnd, speakerMention,
                speakerStart, speakerEnd, speaker, speakerEntityId, speakerType, confidence, sentenceIndex, pieces, rule);
    }

    /** The same quote with no speaker mention (the resolved speaker, if any, stays). */
    public Quote withoutSpeakerMention() {
        return new Quote(articleId, text, start, end, type, cue, cueStart, cueEnd, null,
                null, null, speaker, speakerEntityId, speakerType, confidence, sentenceIndex, pieces, rule);
    }

    /** Whether {@code span} shares characters with a piece of what was said. */
    public boolean contentOverlaps(Span span) {
        for (Span piece : pieces) {
            if (piece.overlap(span) > 0) {
                return true;
            }
        }
        return false;
    }

    public boolean hasSpeakerMention() {
        return speakerStart != null;
    }
}
