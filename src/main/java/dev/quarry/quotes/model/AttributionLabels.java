package dev.quarry.quotes.model;

/**
 * The labels of the attribution tagger: each token of a sentence is outside any attribution, or begins
 * or continues its cue, its source or its content (BIO). Where attributions nest, the inner one's parts
 * are labelled, so the outer content is broken around them, as a reader sees it.
 */
public final class AttributionLabels {

    public static final String[] NAMES = {"O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON"};
    public static final int O = 0;

    /** The part a label marks: "CUE", "SRC", "CON", or null for outside. */
    public static String part(int label) {
        return label == O ? null : NAMES[label].substring(2);
    }

    public static boolean begins(int label) {
        return label != O && NAMES[label].startsWith("B-");
    }

    /** The label for a token of {@code part} ("CUE", "SRC", "CON"), beginning a chunk or not. */
    public static int label(String part, boolean begin) {
        return switch (part) {
            case "CUE" -> begin ? 1 : 2;
            case "SRC" -> begin ? 3 : 4;
            case "CON" -> begin ? 5 : 6;
            default -> throw new IllegalArgumentException("no attribution part " + part);
        };
    }

    /** Whether label l may follow p, laid out as {@link dev.quarry.nlp.LinearChainPerceptron} reads it. */
    public static boolean[] allowed() {
        int n = NAMES.length;
        boolean[] allowed = new boolean[(n + 1) * n];
        for (int p = 0; p <= n; p++) {
            for (int l = 0; l < n; l++) {
                boolean inside = l != O && !begins(l);
                allowed[p * n + l] = !inside || (p < n && p != O && part(p).equals(part(l)));
            }
        }
        return allowed;
    }

    public static boolean[] allowedLast() {
        boolean[] last = new boolean[NAMES.length];
        java.util.Arrays.fill(last, true);
        return last;
    }

    private AttributionLabels() {
    }
}
