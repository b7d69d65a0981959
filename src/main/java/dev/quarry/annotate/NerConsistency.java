package dev.quarry.annotate;

import dev.quarry.nlp.BioChunks;
import dev.quarry.text.Lexicon;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one document's NER labels agree with themselves. A CRF labels each sentence on its own, so
 * "Hapoel Haifa" can be ORG in one sentence and LOC or nothing in the next. Within a document:
 * <ul>
 *   <li>every chunk takes the type its phrase gets most often in the document (ties keep the
 *       chunk's own type);</li>
 *   <li>an untagged, capitalised occurrence of a phrase tagged elsewhere in the document gets that
 *       type;</li>
 *   <li>a single word that is the last word of a person's name elsewhere in the document becomes
 *       that person, whether it was untagged or tagged as something else ("Clinton" after "Bill
 *       Clinton"), unless it is tagged so more often than the name is used;</li>
 *   <li>a name of two words or more typed as something else becomes a person when it opens with a
 *       given name and its last word is tagged alone as a person more often than as that type
 *       ("Bernie Sanders" ORG beside "Sanders" PER), or when it is the first words of a person's
 *       longer name ("Aung San" beside "Aung San Suu Kyi");</li>
 *   <li>a word in a headline set in capitals ("JAPAN") is looked up as the text writes it ("Japan").</li>
 * </ul>
 * Sentences are lists of token texts with parallel BIO labels; the input lists are not changed.
 */
public final class NerConsistency {

    private NerConsistency() {
    }

    private static final Lexicon KNOWN_NAMES = Lexicon.load(Lexicon.KNOWN_NAMES);

    public static List<List<String>> apply(List<List<String>> tokens, List<List<String>> labels) {
        labels = withKnownNames(tokens, labels);
        Map<String, Map<String, Integer>> typeCounts = new HashMap<>();
        Map<String, Integer> surnames = new HashMap<>();
        java.util.Set<String> personPrefixes = new java.util.HashSet<>();
        List<List<BioChunks.Chunk>> chunks = new ArrayList<>();
        for (int s = 0; s < tokens.size(); s++) {
            List<BioChunks.Chunk> cs = BioChunks.of(labels.get(s));
            chunks.add(cs);
            for (BioChunks.Chunk c : cs) {
                typeCounts.computeIfAbsent(phrase(tokens.get(s), c.start(), c.end()), k -> new HashMap<>()).merge(c.type(), 1, Integer::sum);
                if (c.type().equals("PER") && c.end() - c.start() >= 2) {
                    surnames.merge(tokens.get(s).get(c.end() - 1), 1, Integer::sum);
                }
                for (int k = c.start() + 2; c.type().equals("PER") && k < c.end(); k++) {
                    personPrefixes.add(phrase(tokens.get(s), c.start(), k));
                }
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < tokens.size(); s++) {
            List<String> words = tokens.get(s);
            String[] l = labels.get(s).toArray(new String[0]);
            for (BioChunks.Chunk c : chunks.get(s)) {
                String type = majority(typeCounts.get(phrase(words, c.start(), c.end())), c.type());
                String word = words.get(c.start());
                if (c.end() - c.start() == 1 && !type.equals("PER") && surnameUses(surnames, word) > 0
                        && surnameUses(surnames, word) >= typeCounts.get(word).getOrDefault(type, 0)) {
                    // "Clinton" tagged LOC in a document about "Bill Clinton".
                    type = "PER";
                }
                if (!type.equals("PER") && c.end() - c.start() >= 2
                        && (personPrefixes.contains(phrase(words, c.start(), c.end()))
                            || GIVEN_NAMES.contains(word) && !possessiveInside(words, c.start(), c.end())
                               && aloneMoreOftenAPerson(typeCounts.get(words.get(c.end() - 1)), type))) {
                    // "Aung San" (LOC, as "San" is a town) in a document about "Aung San Suu Kyi"; "Bernie
                    // Sanders" tagged ORG where "Sanders" alone is a person.
                    type = "PER";
                }
                if (!type.equals(c.type())) {
                    set(l, c.start(), c.end(), type);
                }
            }
            // Untagged occurrences of tagged phrases, longest phrases first so "New York Times" wins over "New York".
            for (int i = 0; i < words.size(); i++) {
                if (!l[i].equals("O") || !capitalised(words.get(i))) {
                    continue;
                }
                int bestEnd = -1;
                String bestType = null;
                for (int j = Math.min(words.size(), i + 6); j > i; j--) {
                    if (!allO(l, i, j)) {
                        continue;
                    }
                    Map<String, Integer> counts = typeCounts.get(phrase(words, i, j));
                    if (counts == null && allCaps(words, i, j)) {
                        counts = typeCounts.get(titleCase(words, i, j));
                    }
                    if (counts != null) {
                        bestEnd = j;
                        bestType = majority(counts, null);
                        String single = allCaps(words, i, j) ? titleCase(words, i, j) : words.get(i);
                        if (j == i + 1 && !bestType.equals("PER") && surnameUses(surnames, single) > 0
                                && surnameUses(surnames, single) >= counts.getOrDefault(bestType, 0)) {
                            bestType = "PER";
                        }
                        break;
                    }
                }
                if (bestType == null && surnameUses(surnames, words.get(i)) > 0 && (i + 1 >= words.size() || !capitalised(words.get(i + 1)))) {
                    bestEnd = i + 1;
                    bestType = "PER";
                }
                if (bestType != null) {
                    set(l, i, bestEnd, bestType);
                    i = bestEnd - 1;
                }
            }
            out.add(List.of(l));
        }
        return out;
    }

    /**
     * How often {@code word} ends a person's name of two words or more in the document; a possessive
     * ("Scott's", when the tokenizer keeps it whole) counts as the name it is made from.
     */
    private static int surnameUses(Map<String, Integer> surnames, String word) {
        String base = Lexicon.withoutPossessive(word);
        return surnames.getOrDefault(word, 0) + (base.equals(word) ? 0 : surnames.getOrDefault(base, 0));
    }

    /** "National Review's Ian Tuttle": an owner and a person, not one name. */
    private static boolean possessiveInside(List<String> words, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            String w = words.get(i);
            if (w.equals("'s") || w.equals("\u2019s") || !Lexicon.withoutPossessive(w).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** A name's last word, tagged alone in the document, is a person more often than {@code type}. */
    private static boolean aloneMoreOftenAPerson(Map<String, Integer> counts, String type) {
        return counts != null && counts.getOrDefault("PER", 0) > counts.getOrDefault(type, 0);
    }

    private static final Lexicon TITLES = Lexicon.load(Lexicon.TITLES);
    private static final Lexicon GIVEN_NAMES = Lexicon.load(Lexicon.GIVEN_NAMES);
    /** Given names that are also months or common words, which a tagger leaves out of the name. */
    private static final java.util.Set<String> WORD_LIKE_GIVEN_NAMES = java.util.Set.of(
            "June", "April", "May", "August", "Summer", "Autumn", "Grace", "Hope", "Joy", "Faith", "Rose", "Dawn",
            "Mark", "Bill", "Will", "Frank", "Guy", "Pat", "Rich", "Sue", "Jack", "Art", "Iris", "Ivy", "Violet");

    /**
     * A chunk that is exactly a name of known type ("Pyongyang", "Politico") takes that type; and a
     * given name that is also a common word, left untagged between a title and a person ("Librarian
     * June Park", where "June" reads as a month), joins the person's name.
     */
    static List<List<String>> withKnownNames(List<List<String>> tokens, List<List<String>> labels) {
        List<List<String>> out = new ArrayList<>(labels.size());
        for (int s = 0; s < tokens.size(); s++) {
            String[] l = labels.get(s).toArray(new String[0]);
            List<String> words = tokens.get(s);
            for (int i = 1; i + 1 < words.size(); i++) {
                boolean titleAlone = l[i - 1].equals("O") || (l[i - 1].startsWith("B-") && !l[i - 1].endsWith("PER"));
                if (l[i].equals("O") && WORD_LIKE_GIVEN_NAMES.contains(words.get(i)) && l[i + 1].equals("B-PER")
                        && titleAlone && TITLES.contains(words.get(i - 1))) {
                    l[i - 1] = "O"; // a title the tagger took for a name of its own ("Librarian" as MISC)
                    l[i] = "B-PER";
                    l[i + 1] = "I-PER";
                }
            }
            for (BioChunks.Chunk c : BioChunks.of(List.of(l))) {
                // "South Korea's", when the tokenizer kept it whole
                String name = Lexicon.withoutPossessive(phrase(tokens.get(s), c.start(), c.end())).replace('\u2019', '\'');
                String known = KNOWN_NAMES.get(name);
                if (known != null && !known.equals(c.type())) {
                    set(l, c.start(), c.end(), known);
                }
            }
            out.add(List.of(l));
        }
        return out;
    }

    private static String majority(Map<String, Integer> counts, String tieBreak) {
        String best = tieBreak;
        int bestN = tieBreak == null ? 0 : counts.getOrDefault(tieBreak, 0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN || best == null || e.getValue() == bestN && tieBreak == null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        return best;
    }

    private static String phrase(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to));
    }

    /** Headlines in capitals ("JAPAN GET LUCKY WIN") name the entities the text names in title case. */
    private static boolean allCaps(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(List<String> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            b.append(i > from ? " " : "").append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean allO(String[] l, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!l[i].equals("O")) {
                return false;
            }
        }
        // Do not start inside a chunk that continues from the left.
        return to >= l.length || !l[to].startsWith("I-");
    }

    private static void set(String[] l, int from, int to, String type) {
        for (int i = from; i < to; i++) {
            l[i] = (i == from ? "B-" : "I-") + type;
        }
    }
}
