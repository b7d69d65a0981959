package dev.quarry.nlp;

import dev.quarry.text.Abbreviations;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence's tokens as the NER tagger's training text writes them. Spark NLP's tokenizer splits
 * the stop off an abbreviation or initial ("Sen" ".", "J" "."), which CoNLL-2003 and the Worldwide
 * Newswire keep on ("Sen.", "J."): the tagger sees "Texas Sen . Ted Cruz" as text it never saw. The
 * stop is joined back before tagging, and the labels are spread back over the split tokens after.
 */
public final class TaggerTokens {

    private final String[] words;
    /** For each original token, the joined word it belongs to. */
    private final int[] wordOf;
    /** Whether an original token is a stop joined onto the word before it. */
    private final boolean[] joinedStop;

    private TaggerTokens(String[] words, int[] wordOf, boolean[] joinedStop) {
        this.words = words;
        this.wordOf = wordOf;
        this.joinedStop = joinedStop;
    }

    /**
     * @param begins each token's first character offset
     * @param ends   each token's end offset, exclusive
     */
    public static TaggerTokens of(String[] tokens, int[] begins, int[] ends) {
        List<String> words = new ArrayList<>(tokens.length);
        int[] wordOf = new int[tokens.length];
        boolean[] joined = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0 && tokens[i].equals(".") && begins[i] == ends[i - 1] && !joined[i - 1]
                    && Abbreviations.takesStop(tokens[i - 1])) {
                words.set(words.size() - 1, tokens[i - 1] + ".");
                wordOf[i] = words.size() - 1;
                joined[i] = true;
                continue;
            }
            wordOf[i] = words.size();
            words.add(tokens[i]);
        }
        return new TaggerTokens(words.toArray(String[]::new), wordOf, joined);
    }

    /** The words the tagger reads. */
    public String[] words() {
        return words;
    }

    /**
     * BIO labels of {@link #words()} as labels of the original tokens: a joined stop continues its
     * word's entity. A title that opens a name ("Ms." in "Ms. Boxer") is left outside it, as it was
     * before the stop was joined and as CoNLL-2003 tags titles: the Worldwide Newswire, most of the
     * tagger's training text, puts some inside, and the speaker column wants the name alone. A
     * person's name is cut at a comma or quotation mark inside it.
     */
    public String[] spread(String[] labels) {
        String[] out = new String[wordOf.length];
        for (int i = 0; i < out.length; i++) {
            String l = labels[wordOf[i]];
            out[i] = !joinedStop[i] || l.equals("O") ? l : "I-" + l.substring(2);
        }
        for (int i = 1; i < out.length; i++) {
            // A person's name does not run across a comma or a quotation mark ("Bernie ,'' Ms. Boxer",
            // where the tokenizer glued the comma to the closing mark).
            if (out[i].equals("I-PER") && !joinedStop[i] && breaksName(words[wordOf[i]])) {
                out[i] = "O";
                if (i + 1 < out.length && out[i + 1].equals("I-PER")) {
                    out[i + 1] = "B-PER";
                }
            }
        }
        for (int i = 1; i < out.length; i++) {
            if (!joinedStop[i] || out[i - 1].equals("O") || !TITLES.contains(words[wordOf[i]])) {
                continue;
            }
            String type = out[i - 1].substring(2);
            // The chunk may open with a quotation mark the tagger took in ("'' Ms. Boxer").
            int start = i - 1;
            while (start > 0 && out[start].equals("I-" + type) && out[start - 1].endsWith("-" + type) && Token.isPunctuation(words[wordOf[start - 1]])) {
                start--;
            }
            if (out[start].startsWith("B-") || start == 0 || !out[start - 1].endsWith("-" + type)) {
                for (int k = start; k <= i; k++) {
                    out[k] = "O";
                }
                if (i + 1 < out.length && out[i + 1].equals("I-" + type)) {
                    out[i + 1] = "B-" + type;
                }
            }
        }
        return out;
    }

    /** Punctuation that ends a name: anything without a letter or digit but a hyphen, stop or apostrophe. */
    private static boolean breaksName(String w) {
        return Token.isPunctuation(w) && !w.chars().allMatch(c -> c == '-' || c == '.' || c == '\'' || c == '\u2019');
    }

    private static final Lexicon TITLES = Lexicon.load(Lexicon.TITLES);
}
