package dev.quarry.eval;

import dev.quarry.nlp.BioChunks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConllEvalTest {

    @Test
    void chunksFollowConllevalIncludingIAfterO() {
        assertEquals(List.of(new BioChunks.Chunk("PER", 0, 2), new BioChunks.Chunk("LOC", 3, 4), new BioChunks.Chunk("LOC", 4, 5)),
                BioChunks.of(List.of("B-PER", "I-PER", "O", "I-LOC", "B-LOC")));
        assertEquals(List.of(new BioChunks.Chunk("ORG", 0, 1), new BioChunks.Chunk("PER", 1, 2)),
                BioChunks.of(List.of("I-ORG", "I-PER")));
    }

    @Test
    void scoresByHand() {
        // Gold: PER(0,2), LOC(3,4), ORG(5,6). Predicted: PER(0,1) wrong boundary, LOC(3,4) right, MISC(6,7) spurious.
        List<String> gold = List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O");
        List<String> pred = List.of("B-PER", "O", "O", "B-LOC", "O", "O", "B-MISC");
        ConllEval.Result r = ConllEval.score(List.of(gold), List.of(pred));
        assertEquals(3, r.overall().gold());
        assertEquals(3, r.overall().predicted());
        assertEquals(1, r.overall().correct());
        assertEquals(1.0 / 3, r.overall().f1(), 1e-9);
        assertEquals(1.0, r.byType().get("LOC").f1(), 1e-9);
        assertEquals(0.0, r.byType().get("PER").f1(), 1e-9);
        assertEquals(4.0 / 7, r.tokenAccuracy(), 1e-9);
    }
}
