package dev.quarry.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Name phrases with the entity types they were seen with, matched case-insensitively against a
 * sentence's tokens. A tagger reads a match as evidence ("this span is a known ORG"), weighed against
 * the context like any other feature, never as an override.
 */
public final class NameGazetteer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest phrase matched, in tokens. */
    public static final int MAX_TOKENS = 6;

    private final List<String> types;
    private final StringTable phrases;
    /** Bit t set when phrase p was seen as types.get(t). */
    private final int[] typeBits;

    public NameGazetteer(List<String> types, Map<String, ? extends java.util.Collection<String>> phraseTypes) {
        this.types = new ArrayList<>(types); // Kryo cannot rebuild an immutable list
        List<String> keys = new ArrayList<>(new java.util.TreeMap<>(phraseTypes).keySet());
        typeBits = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            for (String t : phraseTypes.get(keys.get(i))) {
                int ti = types.indexOf(t);
                if (ti >= 0) {
                    typeBits[i] |= 1 << ti;
                }
            }
        }
        List<String> normalised = keys.stream().map(NameGazetteer::key).toList();
        phrases = new StringTable(normalised);
    }

    public int size() {
        return typeBits.length;
    }

    /** How a phrase of tokens is looked up: lower-cased, single spaces. */
    public static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * For each token, the matches covering it as "TYPE-P", P being the token's place in the match:
     * B(egin), I(nside), L(ast) or U(nit, a one-token match). Every match is reported, overlapping
     * ones included.
     */
    public List<List<String>> matches(String[] tokens) {
        List<List<String>> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            out.add(new ArrayList<>(2));
        }
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (!Character.isLetterOrDigit(tokens[i].isEmpty() ? ' ' : tokens[i].charAt(0))) {
                continue;
            }
            phrase.setLength(0);
            for (int j = i; j < Math.min(tokens.length, i + MAX_TOKENS); j++) {
                if (j > i) {
                    phrase.append(' ');
                }
                phrase.append(lower[j]);
                int id = phrases.id(phrase.toString());
                if (id < 0) {
                    continue;
                }
                for (int t = 0; t < types.size(); t++) {
                    if ((typeBits[id] & (1 << t)) != 0) {
                        String type = types.get(t);
                        if (j == i) {
                            out.get(i).add(type + "-U");
                        } else {
                            out.get(i).add(type + "-B");
                            for (int k = i + 1; k < j; k++) {
                                out.get(k).add(type + "-I");
                            }
                            out.get(j).add(type + "-L");
                        }
                    }
                }
            }
        }
        return out;
    }

    public void warmUp() {
        phrases.warmUp();
    }
}
