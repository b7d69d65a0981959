package dev.quarry.quotes.rules;

import java.util.EnumSet;
import java.util.Set;

/** A rule's name and needs, shared by the direct and reported rules. Tokens are always needed. */
abstract class NamedRule implements Rule {

    private final String name;
    private final Set<Need> needs;

    NamedRule(String name, Need... needs) {
        this.name = name;
        this.needs = needs.length == 0 ? Set.of(Need.TOKENS) : Set.copyOf(EnumSet.of(Need.TOKENS, needs));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<Need> needs() {
        return needs;
    }

    @Override
    public String toString() {
        return name;
    }
}
