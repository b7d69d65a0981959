package dev.quarry.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU label scheme (Begin, Inside, Last, Outside, Unit) over a set of entity types, which a
 * tagger learns better than BIO (Ratinov and Roth 2009): a chunk's last token and a one-token chunk get
 * labels of their own. Converts from the BIO or IOB1 labels of the corpora and back to BIO, the
 * labels the rest of Quarry reads, and says which label may follow which.
 */
public final class BilouLabels {

    private final String[] labels;
    private final List<String> types;

    public BilouLabels(List<String> types) {
        this.types = List.copyOf(types);
        List<String> out = new ArrayList<>();
        out.add("O");
        for (String t : types) {
            for (String p : new String[] {"B", "I", "L", "U"}) {
                out.add(p + "-" + t);
            }
        }
        labels = out.toArray(String[]::new);
    }

    public String[] labels() {
        return labels.clone();
    }

    public int size() {
        return labels.length;
    }

    public int index(String bilou) {
        if (bilou.equals("O")) {
            return 0;
        }
        int t = types.indexOf(bilou.substring(2));
        if (t < 0) {
            throw new IllegalArgumentException("unknown entity type in " + bilou + "; known: " + types);
        }
        return 1 + 4 * t + "BILU".indexOf(bilou.charAt(0));
    }

    /** BILOU labels of one sentence from its BIO or IOB1 labels. */
    public String[] fromBio(List<String> bio) {
        String[] out = new String[bio.size()];
        java.util.Arrays.fill(out, "O");
        for (BioChunks.Chunk c : BioChunks.of(bio)) {
            if (c.end() - c.start() == 1) {
                out[c.start()] = "U-" + c.type();
            } else {
                out[c.start()] = "B-" + c.type();
                for (int i = c.start() + 1; i < c.end() - 1; i++) {
                    out[i] = "I-" + c.type();
                }
                out[c.end() - 1] = "L-" + c.type();
            }
        }
        return out;
    }

    /** BIO labels from label indexes of this scheme. */
    public String[] toBio(int[] path) {
        String[] out = new String[path.length];
        for (int i = 0; i < path.length; i++) {
            String l = labels[path[i]];
            char p = l.charAt(0);
            out[i] = p == 'O' ? "O" : (p == 'B' || p == 'U' ? "B-" : "I-") + l.substring(2);
        }
        return out;
    }

    /** The entity type of label index {@code l}, or null for O. */
    public String type(int l) {
        return l == 0 ? null : types.get((l - 1) / 4);
    }

    /** Whether label {@code l} may follow {@code p}, with row {@code size()} for the sentence start. */
    public boolean[] allowed() {
        int n = labels.length;
        boolean[] out = new boolean[(n + 1) * n];
        for (int p = 0; p <= n; p++) {
            char pp = p == n ? 'O' : labels[p].charAt(0);
            for (int l = 0; l < n; l++) {
                char lp = labels[l].charAt(0);
                boolean open = pp == 'B' || pp == 'I';
                out[p * n + l] = open
                        ? (lp == 'I' || lp == 'L') && type(l).equals(type(p))
                        : lp == 'O' || lp == 'B' || lp == 'U';
            }
        }
        return out;
    }

    /** Whether a sentence may end on each label: not inside an open chunk. */
    public boolean[] allowedLast() {
        boolean[] out = new boolean[labels.length];
        for (int l = 0; l < labels.length; l++) {
            char p = labels[l].charAt(0);
            out[l] = p == 'O' || p == 'L' || p == 'U';
        }
        return out;
    }
}
