package dev.quarry.quotes.rules;

import java.util.Set;

/**
 * One named way of finding a quotation or its attribution. Rules are small classes under
 * {@code rules/direct/} (around quotation marks) and {@code rules/reported/} (reported speech, from a
 * cue word); {@link dev.quarry.quotes.QuoteFinder} runs them in the order {@code quotes.rules} gives,
 * and every quote records the name of the rule that made it. See docs/architecture.md, "Adding a rule".
 */
public interface Rule {

    /** The name used in {@code quotes.rules}, in the quotes table's {@code rule} column and in evaluation. */
    String name();

    /** What the rule reads beyond the text; a rule that needs POS finds nothing on untagged tokens. */
    Set<Need> needs();

    /** Annotations a rule may read. */
    enum Need {
        /** Sentences and tokens (always there). */
        TOKENS,
        /** Part-of-speech tags ({@code Token.pos()}), present when the models ran. */
        POS
    }
}
