package dev.quarry.quotes.speakers;

import dev.quarry.text.Span;

/**
 * One place where the article names a referent. {@code possessive}: written "Obama's", so the name
 * belongs to what follows ("Obama's former campaign strategist") rather than being its head.
 */
record NameMention(Span span, Referent referent, boolean possessive) {

    int begin() {
        return span.begin();
    }

    int end() {
        return span.end();
    }

    boolean nameHasSpace() {
        return referent.name.contains(" ");
    }
}
