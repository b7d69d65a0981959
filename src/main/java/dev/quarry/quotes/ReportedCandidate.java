package dev.quarry.quotes;

import dev.quarry.text.Span;

/**
 * Reported speech a rule found in one sentence.
 *
 * @param speaker the speaker mention, or null when there is none (an unnamed source, a missing subject)
 * @param broad found from a broad cue (a stance or plan, not a speech verb): it yields to a speech cue
 *              over the same statement
 * @param rule the name of the rule that found it
 */
public record ReportedCandidate(Span content, Span cue, Span speaker, int sentence, boolean broad, String rule) {

    public ReportedCandidate withContentEnd(int end) {
        return new ReportedCandidate(content.withEnd(end), cue, speaker, sentence, broad, rule);
    }
}
