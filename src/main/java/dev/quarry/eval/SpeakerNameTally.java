package dev.quarry.eval;

import dev.quarry.text.Lexicon;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolved-speaker accuracy against gold notes (polnear/dev-speakers): over matched attributions
 * whose gold Source carries a note other than {@code UNRESOLVED}, the share whose {@code speaker}
 * names that speaker. Both sides are folded (case, accents, punctuation) with honorifics and titles
 * dropped ({@code honorifics.txt}); a note of several names ({@code "A; B"}) is right when the speaker
 * names all of them; a single name must be the speaker, not part of it ("Democrat Hillary Clinton" is
 * not "Hillary Clinton"). Split by what the gold Source is: a pronoun, a role noun ("the president",
 * "officials") or a name.
 */
public final class SpeakerNameTally {

    /** Notes that name nobody; left out of the score. */
    public static final String UNRESOLVED = "UNRESOLVED";
    private static final Set<String> HONORIFICS = Lexicon.load("/dev/quarry/eval/honorifics.txt").keys();

    /** What the gold Source span is. */
    public enum Kind { PRONOUN, ROLE_NOUN, NAME }

    private final Map<Kind, int[]> counts = new LinkedHashMap<>();

    public SpeakerNameTally() {
        for (Kind k : Kind.values()) {
            counts.put(k, new int[2]);
        }
    }

    /** Scores one matched pair; returns whether the speaker was right. */
    boolean add(String sourceText, String note, String predictedSpeaker) {
        boolean right = right(predictedSpeaker, note);
        int[] c = counts.get(kind(sourceText));
        c[0]++;
        c[1] += right ? 1 : 0;
        return right;
    }

    /** Whether a note takes part in the score. */
    static boolean scored(String note) {
        return note != null && !note.isBlank() && !note.strip().equals(UNRESOLVED);
    }

    static boolean right(String predicted, String note) {
        if (predicted == null) {
            return false;
        }
        String speaker = fold(predicted);
        java.util.List<String> names = Arrays.stream(note.split(";")).map(SpeakerNameTally::fold).filter(n -> !n.isEmpty()).toList();
        if (names.size() == 1) {
            return speaker.equals(names.get(0));
        }
        return names.stream().allMatch(n -> (" " + speaker + " ").contains(" " + n + " "));
    }

    /** Lower case, no accents or punctuation, honorifics and titles dropped, single spaces. */
    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Arrays.stream(s.split(" ")).filter(w -> !w.isEmpty() && !HONORIFICS.contains(w)).collect(Collectors.joining(" "));
    }

    static Kind kind(String sourceText) {
        String s = sourceText.strip();
        if (QuoteScorer.PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
            return Kind.PRONOUN;
        }
        return s.isEmpty() || Character.isLowerCase(s.charAt(0)) || s.startsWith("The ") ? Kind.ROLE_NOUN : Kind.NAME;
    }

    public int pairs() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int correct() {
        return counts.values().stream().mapToInt(c -> c[1]).sum();
    }

    /** The summary line, or "" when the gold carried no notes. */
    String summary() {
        if (pairs() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "resolved speaker %.3f (%d/%d matched pairs with a named gold speaker);",
                (double) correct() / pairs(), correct(), pairs()));
        counts.forEach((k, c) -> b.append(String.format(Locale.ROOT, " %s %s (%d/%d)", k.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                c[0] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c[1] / c[0]), c[1], c[0])));
        return b.append(System.lineSeparator()).toString();
    }
}
