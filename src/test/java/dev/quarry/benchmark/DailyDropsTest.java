package dev.quarry.benchmark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DailyDropsTest {

    private static List<DailyDrops.Drop> drops(double... aggregateSeconds) {
        List<DailyDrops.Drop> out = new ArrayList<>();
        for (int i = 0; i < aggregateSeconds.length; i++) {
            out.add(new DailyDrops.Drop(i + 1, 10 + aggregateSeconds[i], Map.of("write", 10.0, "aggregate", aggregateSeconds[i])));
        }
        return out;
    }

    @Test
    void lastOverSecond() {
        Map<String, Double> g = DailyDrops.growth(drops(1, 4, 5, 8));
        assertEquals(2.0, g.get("aggregate"), 1e-9);
        assertEquals(1.0, g.get("write"), 1e-9);
        assertEquals(18.0 / 14.0, g.get("run"), 1e-9);
        assertTrue(DailyDrops.growth(drops(1, 2)).isEmpty());
    }

    @Test
    void steadyGrowthComparesMediansSoOneSlowDropDoesNotDecide() {
        // drops 3-7: median 4; last five: median 6, one outlier (30) at the very end.
        double[] a = {1, 9, 4, 3, 5, 4, 100, 5, 5, 6, 6, 7, 6, 30};
        Map<String, Double> g = DailyDrops.steadyGrowth(drops(a));
        assertEquals(6.0 / 4.0, g.get("aggregate"), 1e-9);
        assertEquals(1.0, g.get("write"), 1e-9);
        assertEquals(16.0 / 14.0, g.get("run"), 1e-9);
        assertEquals(30.0 / 9.0, DailyDrops.growth(drops(a)).get("aggregate"), 1e-9);
        assertTrue(DailyDrops.steadyGrowth(drops(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)).isEmpty());
    }
}
