package dev.quarry.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Named-entity chunks from a sentence's labels, BIO or IOB1 ("I-" after O or after another type starts
 * a chunk, as in conlleval). Used to read the tagger's output and to score it.
 */
public final class BioChunks {

    /** Tokens [start, end) of one chunk of {@code type}. */
    public record Chunk(String type, int start, int end) {
    }

    private BioChunks() {
    }

    /** Chunks of one sentence's labels. */
    public static List<Chunk> of(List<String> labels) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : "O";
            String prefix = label.length() >= 2 && label.charAt(1) == '-' ? label.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : label.substring(2);
            boolean continues = type != null && prefix.equals("I") && t.equals(type);
            if (type != null && !continues) {
                out.add(new Chunk(type, start, i));
                type = null;
            }
            if (t != null && !continues) {
                type = t;
                start = i;
            }
        }
        return out;
    }
}
