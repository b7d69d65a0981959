package dev.quarry.quotes.model;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of the rules' quotes and the tagger's attributions stand, in this order (measured by
 * cross-validation on PolNeAR train, see docs/quotes.md):
 * <ol>
 *   <li>the rules' direct quotes: quotation marks with their attribution are what the rules do best;</li>
 *   <li>the tagger's attributions over text no direct quote covers. One with no source of its own, or whose
 *       cue is a participle ("adding that"), takes the cue and speaker of a rule's reported quote over the same text; one with no source at all is
 *       dropped, since a quote given to a neighbour's speaker is worse than a quote not found;</li>
 *   <li>the rules' reported and mixed quotes over text that neither of the above covers, but for the rules in
 *       {@link #NOT_AS_FALLBACK}.</li>
 * </ol>
 */
public final class ModelPrecedence {

    private ModelPrecedence() {
    }

    /**
     * Rules whose quotes, where the tagger found nothing, were right too seldom to keep: by 3-fold
     * cross-validation on PolNeAR train (session 19), 30% or fewer of their left-over predictions
     * matched an attribution (opening-cue 99 of 328, with the right speaker for 39%; poll-source 21 of
     * 71; name-colon-headline 13 of 46; closing-cue 6 of 34). Leaving them out raised ALL F1 0.6712 ->
     * 0.6724 and speaker accuracy 0.904 -> 0.908; broad-cue (44%) was kept, as leaving it out lowered
     * ALL F1 to 0.669.
     */
    static final java.util.Set<String> NOT_AS_FALLBACK = java.util.Set.of("opening-cue", "poll-source", "name-colon-headline",
            "closing-cue");

    public static List<Quote> merge(List<Quote> rules, List<Quote> model) {
        return merge(rules, model, NOT_AS_FALLBACK);
    }

    /** As {@link #merge(List, List)}, with the named rules' reported and mixed quotes left out of step 3. */
    static List<Quote> merge(List<Quote> rules, List<Quote> model, java.util.Set<String> notAsFallback) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : rules) {
            if (q.type() == QuoteType.DIRECT) {
                out.add(q);
            }
        }
        List<Quote> direct = List.copyOf(out);
        for (Quote q : model) {
            if (overlapsAny(q, direct)) {
                continue;
            }
            if (q.speakerStart() == null || participleCue(q)) {
                Quote rule = reportedWithSpeaker(q, rules);
                if (rule == null && q.speakerStart() == null) {
                    continue;
                }
                if (rule == null) {
                    out.add(q);
                    continue;
                }
                q = q.withAttributionOf(rule);
            }
            out.add(q);
        }
        List<Quote> sofar = List.copyOf(out);
        for (Quote q : rules) {
            if (q.type() != QuoteType.DIRECT && !notAsFallback.contains(q.rule()) && !overlapsAny(q, sofar)) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparingInt(Quote::start));
        return out;
    }

    /**
     * "..., adding that ...": a participle's speaker is the subject of the clause it hangs from, which the
     * rules find (CueSubject) and the tagger, taking the source chunk nearest the cue, does not.
     */
    private static boolean participleCue(Quote q) {
        return q.cue() != null && q.cue().strip().toLowerCase(java.util.Locale.ROOT).matches("[a-z]+ing\\b.*");
    }

    private static Quote reportedWithSpeaker(Quote q, List<Quote> rules) {
        for (Quote r : rules) {
            if (r.type() != QuoteType.DIRECT && r.speakerStart() != null && overlaps(q, r)) {
                return r;
            }
        }
        return null;
    }

    private static boolean overlapsAny(Quote q, List<Quote> others) {
        for (Quote o : others) {
            if (overlaps(q, o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Quote a, Quote b) {
        return Math.min(a.end(), b.end()) > Math.max(a.start(), b.start());
    }
}
