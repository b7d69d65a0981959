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

    /** What may stand between two names of one list: commas, "and", brackets, forms of address. */
    private static final Pattern BETWEEN = Pattern.compile("(\\s|,|\\band\\b|\\([^)]*\\)|\\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.)*");

    private JointSpeakers() {
    }

    /** The joint referent of {@code mention}, or null when it names fewer than two people as a list. */
    static Referent of(ArticleContext c, Quote q, Span mention) {
        List<NameMention> people = new ArrayList<>();
        for (NameMention m : c.referents().overlapping(mention)) {
            if (m.referent().person() && !m.possessive() && people.stream().noneMatch(p -> p.referent() == m.referent())) {
                people.add(m);
            }
        }
        String text = c.article().text();
        if (!people.isEmpty()) {
            // The quote's span may hold only the last of the list: "Mr. Grassley and [Mr. Leahy] say".
            List<NameMention> all = c.referents().mentions();
            int i = all.indexOf(people.get(0));
            while (i > 0 && all.get(i - 1).referent().person() && !all.get(i - 1).possessive()
                    && BETWEEN.matcher(text.substring(all.get(i - 1).end(), all.get(i).begin())).matches()
                    && !text.substring(all.get(i - 1).end(), all.get(i).begin()).isBlank()) {
                NameMention before = all.get(i - 1);
                if (people.stream().noneMatch(p -> p.referent() == before.referent())) {
                    people.add(0, before);
                }
                i--;
            }
        }
        if (people.size() < 2) {
            return null;
        }
        boolean sawAnd = false;
        for (int i = 1; i < people.size(); i++) {
            String between = text.substring(people.get(i - 1).end(), people.get(i).begin());
            if (!BETWEEN.matcher(between).matches()) {
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
