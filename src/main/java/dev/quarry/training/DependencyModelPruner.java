package dev.quarry.training;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import com.johnsnowlabs.nlp.annotators.parser.dep.GreedyTransition.DependencyMaker;
import com.johnsnowlabs.nlp.annotators.parser.dep.Perceptron;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a trained DependencyParserModel before it is saved. The parser predicts with averaged
 * perceptron weights, computed as (current * (seen - ts) + total) / seen in integer arithmetic, so
 * every weight whose average is 0 contributes nothing at inference. Dropping those is lossless;
 * {@code minAbsAverage > 1} also drops small weights, trading accuracy for size (measured by the
 * training job).
 */
public final class DependencyModelPruner {

    public record Pruned(long kept, long dropped) {
    }

    private DependencyModelPruner() {
    }

    public static Pruned prune(DependencyParserModel model, int minAbsAverage) {
        DependencyMaker maker = model.perceptron().getOrDefault();
        Perceptron perceptron = maker.com$johnsnowlabs$nlp$annotators$parser$dep$GreedyTransition$DependencyMaker$$perceptron();
        long kept = 0;
        long dropped = 0;
        var learning = perceptron.learning();
        List<String> emptyNames = new ArrayList<>();
        for (var byName : scala.collection.JavaConverters.mapAsJavaMap(learning).entrySet()) {
            var byData = byName.getValue();
            List<String> emptyData = new ArrayList<>();
            for (var data : scala.collection.JavaConverters.mapAsJavaMap(byData).entrySet()) {
                var byClass = data.getValue();
                List<Object> weak = new ArrayList<>();
                for (var w : scala.collection.JavaConverters.mapAsJavaMap(byClass).entrySet()) {
                    if (Math.abs(perceptron.average(w.getValue())) < Math.max(1, minAbsAverage)) {
                        weak.add(w.getKey());
                    }
                }
                for (Object k : weak) {
                    byClass.remove(k);
                }
                dropped += weak.size();
                kept += byClass.size();
                if (byClass.isEmpty()) {
                    emptyData.add(data.getKey());
                }
            }
            for (String k : emptyData) {
                byData.remove(k);
            }
            if (byData.isEmpty()) {
                emptyNames.add(byName.getKey());
            }
        }
        for (String k : emptyNames) {
            learning.remove(k);
        }
        model.setPerceptron(maker);
        return new Pruned(kept, dropped);
    }
}
