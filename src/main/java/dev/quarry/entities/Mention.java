package dev.quarry.entities;

/**
 * A named-entity mention as NER found it: {@code start}/{@code end} are end-exclusive offsets into the
 * article text, {@code type} is PER, ORG, LOC or MISC.
 */
public record Mention(String text, String type, int start, int end, int sentenceIndex) {
}
