package dev.quarry.eval;

import dev.quarry.nlp.BioChunks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Chunk-level precision, recall and F1 as conlleval computes them: a chunk counts as correct when
 * its type, start and end all match. Labels are BIO or IOB1 ("I-" after O or after another type
 * starts a chunk, as in conlleval).
 */
public final class ConllEval {

    public record Score(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public record Result(Score overall, Map<String, Score> byType, int tokens, int tokensCorrect) {
        public double tokenAccuracy() {
            return tokens == 0 ? 0 : (double) tokensCorrect / tokens;
        }

        /** conlleval's summary lines. */
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
                    tokens, overall.gold(), overall.predicted(), overall.correct()));
            b.append(String.format("accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
                    100 * tokenAccuracy(), 100 * overall.precision(), 100 * overall.recall(), 100 * overall.f1()));
            for (Map.Entry<String, Score> e : byType.entrySet()) {
                Score s = e.getValue();
                b.append(String.format("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d%n", e.getKey(),
                        100 * s.precision(), 100 * s.recall(), 100 * s.f1(), s.predicted()));
            }
            return b.toString();
        }
    }

    private ConllEval() {
    }

    /** Scores sentences given as parallel lists of gold and predicted labels. */
    public static Result score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        Map<String, int[]> counts = new TreeMap<>();
        int tokens = 0;
        int tokensCorrect = 0;
        for (int s = 0; s < gold.size(); s++) {
            List<String> g = gold.get(s);
            List<String> p = predicted.get(s);
            if (g.size() != p.size()) {
                throw new IllegalArgumentException("sentence " + s + ": " + g.size() + " gold labels but " + p.size() + " predicted");
            }
            for (int i = 0; i < g.size(); i++) {
                tokens++;
                if (Objects.equals(g.get(i), p.get(i))) {
                    tokensCorrect++;
                }
            }
            List<BioChunks.Chunk> gc = BioChunks.of(g);
            List<BioChunks.Chunk> pc = BioChunks.of(p);
            for (BioChunks.Chunk c : gc) {
                counts.computeIfAbsent(c.type(), k -> new int[3])[0]++;
            }
            for (BioChunks.Chunk c : pc) {
                counts.computeIfAbsent(c.type(), k -> new int[3])[1]++;
                if (gc.contains(c)) {
                    counts.get(c.type())[2]++;
                }
            }
        }
        Map<String, Score> byType = new TreeMap<>();
        int[] all = new int[3];
        counts.forEach((type, c) -> {
            byType.put(type, new Score(c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        return new Result(new Score(all[0], all[1], all[2]), byType, tokens, tokensCorrect);
    }
}
