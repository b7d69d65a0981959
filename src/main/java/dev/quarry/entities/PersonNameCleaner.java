package dev.quarry.entities;

import dev.quarry.text.Lexicon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's name as NER's span wrote it, without the words around the name that NER took in:
 * a party or nationality before it ("Democrat Hillary Clinton"), another entity's words before it
 * ("Washington Post Trump", where "Washington Post" is an organisation of the article), and a
 * weekday or month after it ("Reagan Friday"). Built per article from its mentions.
 */
final class PersonNameCleaner {

    private static final Lexicon AFFILIATIONS = Lexicon.load("/dev/quarry/entities/affiliation-words.txt");
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tonight");

    /** Words that open a sentence before a name ("Said Ellis:") without being part of it. */
    private static final Set<String> CUE_WORDS = Set.of("said", "says", "asked", "added", "told", "according");

    /** The folded words of each of the article's place, organisation and other non-person mentions. */
    private final List<List<String>> otherEntities = new java.util.ArrayList<>();
    /** One-word person mentions of the article ("trump"). */
    private final Set<String> oneWordPersons = new HashSet<>();
    /** The last words of its longer person mentions ("ellis" of "Ryan Ellis"): what a leading cue word may leave. */
    private final Set<String> surnames = new HashSet<>();

    PersonNameCleaner(List<Mention> mentions) {
        for (Mention m : mentions) {
            String[] words = m.text().strip().split("\\s+");
            if (m.type().equals("PER")) {
                if (words.length == 1) {
                    oneWordPersons.add(fold(words[0]));
                } else if (!CUE_WORDS.contains(fold(words[0]))) {
                    surnames.add(fold(words[words.length - 1]));
                }
            } else {
                List<String> folded = Arrays.stream(words).map(PersonNameCleaner::fold).toList();
                otherEntities.add(folded.size() > 1 && folded.get(0).equals("the") ? folded.subList(1, folded.size()) : folded);
            }
        }
    }

    /**
     * The name's words from the first that belongs to the name to the last. A leading affiliation
     * or cue word, or a leading run that is another whole entity of the article ("Washington Post"),
     * goes when what stays is two words or more, or one word that the article also uses alone for a
     * person.
     */
    String[] clean(String[] words) {
        String[] folded = Arrays.stream(words).map(PersonNameCleaner::fold).toArray(String[]::new);
        int from = 0;
        int to = words.length;
        while (to - from > 1 && DATE_WORDS.contains(folded[to - 1])) {
            to--;
        }
        while (to - from > 1) {
            int run = leadingRun(words, folded, from, to);
            int left = to - from - run;
            // "Said Ellis:" after "Ryan Ellis": a cue word may leave the surname the article gave a person.
            boolean personLeft = oneWordPersons.contains(folded[to - 1]) || CUE_WORDS.contains(folded[from]) && surnames.contains(folded[to - 1]);
            if (run == 0 || left < 1 || left == 1 && !personLeft) {
                break;
            }
            from += run;
        }
        return Arrays.copyOfRange(words, from, to);
    }

    /** How many words at {@code from} are an affiliation, a cue word or another entity's whole name; 0 when none. */
    private int leadingRun(String[] words, String[] folded, int from, int to) {
        if (AFFILIATIONS.contains(words[from]) || CUE_WORDS.contains(folded[from])) {
            return 1;
        }
        int longest = 0;
        for (List<String> other : otherEntities) {
            if (other.size() > longest && other.size() < to - from && matchesAt(folded, from, other)) {
                longest = other.size();
            }
        }
        return longest;
    }

    private static boolean matchesAt(String[] folded, int from, List<String> other) {
        for (int i = 0; i < other.size(); i++) {
            if (!folded[from + i].equals(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String word) {
        return Lexicon.normalise(word).replaceAll("'s?$", "").replaceAll("[\"\u201C\u201D]", "");
    }
}
