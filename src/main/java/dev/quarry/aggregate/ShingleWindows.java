package dev.quarry.aggregate;

import java.util.LinkedHashSet;
import java.util.Set;

/** Runs of a fixed number of words in a normalised text (words split by single spaces). */
final class ShingleWindows {

    private ShingleWindows() {
    }

    /** The distinct runs of {@code size} words of {@code norm} that are in {@code wanted}, in text order. */
    static Set<String> among(String norm, int size, Set<String> wanted) {
        Set<String> hits = new LinkedHashSet<>();
        if (norm == null || norm.isEmpty()) {
            return hits;
        }
        // Start offsets of the words; a window is the text from one start to the end of the word size-1 later.
        int[] starts = new int[16];
        int words = 0;
        for (int i = 0; i < norm.length(); i++) {
            if (i == 0 || norm.charAt(i - 1) == ' ') {
                if (words == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, words * 2);
                }
                starts[words++] = i;
            }
        }
        for (int w = 0; w + size <= words; w++) {
            int end = w + size < words ? starts[w + size] - 1 : norm.length();
            String window = norm.substring(starts[w], end);
            if (wanted.contains(window)) {
                hits.add(window);
            }
        }
        return hits;
    }
}
