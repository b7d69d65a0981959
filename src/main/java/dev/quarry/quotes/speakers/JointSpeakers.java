package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.SpeakerType;
import dev.quarry.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A mention that names several people together ("Mr. Grassley and Mr. Leahy", "Sherrod Brown
 * (D-Ohio) and Robert Menendez (D-N.J.)"): the speaker is all of them, their names joined by
 * {@code "; "}, typed GROUP so that no one of them is counted alone.
 */
final class JointSpeakers {

    /**
     * What may stand between two names of one list: commas, "and", brackets, forms of address, and a
     * short apposition between commas ("Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy").
     */
    private static final Pattern BETWEEN = Pattern.compile("(\\s|,|\\band\\b|\\([^)]*\\)|\\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\."
            + "|,\\s*[\\p{L}.'\u2019-]+(\\s+[\\p{L}.'\u2019-]+){0,6}\\s*,)*");

    private static List<NameMention> listed(ArticleContext c, Span mention, boolean persons) {
        List<NameMention> people = new ArrayList<>();
        for (NameMention m : c.referents().overlapping(mention)) {
            if (kind(m, persons) && !m.possessive() && people.stream().noneMatch(p -> p.referent() == m.referent())) {
                people.add(m);
            }
        }
        String text = c.article().text();
        if (!people.isEmpty()) {
            // The quote's span may hold only the last of the list: "Mr. Grassley and [Mr. Leahy] say".
            // Between people, a place in an apposition ("Republican of Iowa") is passed over.
            List<NameMention> all = c.referents().mentions();
            int i = all.indexOf(people.get(0));
            NameMention next = people.get(0);
            for (int k = i - 1; k >= 0; k--) {
                NameMention before = all.get(k);
                if (persons && !before.referent().person() && before.end() <= next.begin()) {
                    continue;
                }
                String between = before.end() <= next.begin() ? text.substring(before.end(), next.begin()) : "";
                if (!kind(before, persons) || before.possessive() || between.isBlank() || !between(between)) {
                    break;
                }
                if (people.stream().noneMatch(p -> p.referent() == before.referent())) {
                    people.add(0, before);
                }
                next = before;
            }
        }
        return people;
    }

    private static boolean kind(NameMention m, boolean persons) {
        return persons ? m.referent().person() : m.referent().type == SpeakerType.ORG || m.referent().place;
    }

    /** Longer text between two names is not one list (and is not given to the pattern at all). */
    private static final int MAX_BETWEEN = 80;

    private JointSpeakers() {
    }

    private static boolean between(String text) {
        return text.length() <= MAX_BETWEEN && BETWEEN.matcher(text).matches();
    }

    /**
     * The joint referent of {@code mention}, or null when it names fewer than two people as a list.
     * Countries and organisations named together ("France and Germany unveiled") are joint speakers too.
     */
    static Referent of(ArticleContext c, Quote q, Span mention) {
        List<NameMention> people = listed(c, mention, true);
        if (people.size() < 2) {
            List<NameMention> others = listed(c, mention, false);
            // "military action in Iraq and Libya, saying": places after a preposition are not who speaks.
            if (others.size() >= 2 && !c.afterPreposition(others.get(0))) {
                people = others;
            }
        }
        if (people.size() < 2) {
            return null;
        }
        String text = c.article().text();
        boolean sawAnd = false;
        for (int i = 1; i < people.size(); i++) {
            String between = text.substring(people.get(i - 1).end(), people.get(i).begin());
            if (!between(between)) {
                return null;
            }
            sawAnd |= between.contains("and");
        }
        if (!sawAnd) {
            return null;
        }
        List<String> names = people.stream().map(p -> p.referent().name).toList();
        String joined = String.join("; ", names);
        return new Referent(Quote.entityId(q.articleId(), joined), joined, SpeakerType.GROUP, false, false);
    }
}
