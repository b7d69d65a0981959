package dev.quarry.quotes.rules;

import dev.quarry.quotes.ReportedCandidate;

/**
 * A rule that finds reported speech (no quotation marks needed). Sentence rules look at a whole
 * sentence (a headline "Name: CONTENT"); word rules are asked about each word of a sentence, in their
 * configured order, and the first candidate stands (see {@link Outcome} for claims and fallbacks).
 */
public abstract class ReportedRule extends NamedRule {

    private final Scope scope;
    private final boolean fallback;

    protected ReportedRule(String name, Scope scope, boolean fallback, Need... needs) {
        super(name, needs);
        this.scope = scope;
        this.fallback = fallback;
    }

    public final Scope scope() {
        return scope;
    }

    /** A fallback rule is still asked about a word an earlier rule claimed without finding anything. */
    public final boolean fallback() {
        return fallback;
    }

    /**
     * @param word the index of the word in {@code sentence.tokens()}; -1 for a sentence rule
     */
    public abstract Outcome<ReportedCandidate> apply(SentenceContext sentence, int word);

    /** What a reported rule looks at. */
    public enum Scope {
        /** The whole sentence; asked first, and a finding there ends the sentence. */
        SENTENCE,
        /** One word of the sentence at a time. */
        WORD
    }
}
