package dev.quarry.quotes.rules;

import dev.quarry.quotes.Attribution;

/**
 * A rule that attributes a quotation in quotation marks. Where it looks is its {@link Place}; the
 * finder asks the rules of one place in their configured order, and the first attribution stands.
 */
public abstract class DirectRule extends NamedRule {

    private final Place place;

    protected DirectRule(String name, Place place, Need... needs) {
        super(name, needs);
        this.place = place;
    }

    public final Place place() {
        return place;
    }

    public abstract Outcome<Attribution> apply(DirectContext context);

    /** Where a direct rule looks, in the order the finder asks. */
    public enum Place {
        /** Right after the closing mark: {@code "...," X said}. Asked first. */
        AFTER_MARK,
        /** Right before the opening mark: {@code X said: "..."}. Asked when no after-mark rule attributed the quote. */
        BEFORE_MARK,
        /** Inside the quote: a transcript turn {@code "PENCE: ..."}. Overrides the others. */
        INSIDE,
        /** Before a colon that introduces an otherwise unattributed quote: {@code Carl Bialik: "..."}. */
        AFTER_COLON
    }
}
