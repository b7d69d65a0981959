package dev.quarry.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's acronym is the organisation: "AROS" after "Alliance to Reclaim Our Schools
 * (AROS)", "CNS" after "Christian News Service". The acronym's letters are the initials of the
 * name's capitalised words; lower-case words between them ("to", "of", "and") have none.
 */
final class AcronymNames {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    /** "S.E.C.", "U.N.": an acronym written with full stops, the last one optional. */
    private static final Pattern DOTTED = Pattern.compile("(?:[A-Z]\\.){1,5}[A-Z]\\.?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");
    /** How far back a parenthesised acronym's definition may start. */
    private static final int MAX_WORDS = 10;

    private AcronymNames() {
    }

    /** The name as an acronym ("AROS", "CNS's" -> "CNS", "S.E.C." -> "SEC"), or null when it is not one. */
    static String acronym(String name) {
        String n = dev.quarry.text.Lexicon.withoutPossessive(name.strip());
        if (DOTTED.matcher(n).matches()) {
            n = n.replace(".", "");
        }
        return ACRONYM.matcher(n).matches() ? n : null;
    }

    /** Whether the capitalised words of {@code name} have exactly the letters of {@code acronym} as initials. */
    static boolean initialsOf(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            char c = m.group().charAt(0);
            if (Character.isUpperCase(c)) {
                initials.append(c);
            }
        }
        return initials.length() >= 2 && initials.toString().equals(acronym);
    }

    /**
     * The name an acronym in parentheses at {@code start} spells out: the shortest run of words
     * right before the "(" that starts with a capital and whose initials are the acronym's letters
     * ("... organizer Alliance to Reclaim Our Schools (AROS)"); null when there is none.
     */
    static String definedBefore(String text, int start, String acronym) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) != '(') {
            return null;
        }
        int end = i;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = Math.max(0, end - 200);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(from, end));
        while (m.find()) {
            words.add(new int[]{from + m.start(), from + m.end()});
        }
        // The run must reach the "(": nothing but the words themselves and spaces between.
        if (words.isEmpty() || words.get(words.size() - 1)[1] != end) {
            return null;
        }
        for (int k = words.size() - 1; k >= Math.max(0, words.size() - MAX_WORDS); k--) {
            String run = text.substring(words.get(k)[0], end);
            if (k < words.size() - 1 && !text.substring(words.get(k)[1], words.get(k + 1)[0]).isBlank()) {
                return null; // punctuation inside the run: "said, Alliance ..." stops at the comma
            }
            if (Character.isUpperCase(run.charAt(0)) && initialsOf(run, acronym)) {
                return run;
            }
        }
        return null;
    }
}
