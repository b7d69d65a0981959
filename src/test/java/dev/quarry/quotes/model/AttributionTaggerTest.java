package dev.quarry.quotes.model;

import dev.quarry.text.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the tagger's chunks become attributions, on sentences written for the test (tokens split at spaces). */
class AttributionTaggerTest {

    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split(" ")) {
            out.add(new Token(out.size(), at, at + w.length(), w, 0));
            at += w.length() + 1;
        }
        return out;
    }

    private static AttributionTagger.Chunk chunk(String part, int first, int last) {
        return new AttributionTagger.Chunk(part, first, last);
    }

    /**
     * The first piece {@link AttributionTagger#interposedLead} gives the last content chunk among
     * {@code chunks}, with the first source and cue chunks as its attribution.
     */
    private static AttributionTagger.Chunk lead(String sentence, AttributionTagger.Chunk... chunks) {
        List<AttributionTagger.Chunk> all = List.of(chunks);
        AttributionTagger.Chunk source = all.stream().filter(c -> c.part().equals("SRC")).findFirst().orElseThrow();
        AttributionTagger.Chunk cue = all.stream().filter(c -> c.part().equals("CUE")).reduce((a, b) -> b).orElseThrow();
        AttributionTagger.Chunk content = all.stream().filter(c -> c.part().equals("CON")).reduce((a, b) -> b).orElseThrow();
        return AttributionTagger.interposedLead(tokens(sentence), all, content, cue, source);
    }

    @Test
    void contentAfterAnInterposedAttributionTakesTheSentenceStartAsItsFirstPiece() {
        assertEquals(chunk("CON", 0, 1), lead("These employees , Stumpf explained , were paid well .",
                chunk("SRC", 3, 3), chunk("CUE", 4, 4), chunk("CON", 6, 8)));
        // Words of the interposition that are neither source nor cue ("earlier today") are allowed.
        assertEquals(chunk("CON", 0, 2), lead("All of this , he acknowledged earlier today , could be undone .",
                chunk("SRC", 4, 4), chunk("CUE", 5, 5), chunk("CON", 9, 11)));
    }

    @Test
    void theFirstPieceStartsAfterTheLastClauseBreakBeforeTheInterposition() {
        assertEquals(chunk("CON", 4, 6), lead("Sharing a border , the two nations , Xi said , now have a chance .",
                chunk("SRC", 8, 8), chunk("CUE", 9, 9), chunk("CON", 11, 14)));
    }

    @Test
    void noFirstPieceWithoutCommasAroundTheAttributionOrWithAnotherAttributionBeforeIt() {
        assertNull(lead("Stumpf explained that the employees were paid well .", chunk("SRC", 0, 0), chunk("CUE", 1, 1), chunk("CON", 2, 7)));
        assertNull(lead("Ames denied it , Stumpf explained , and resigned .",
                chunk("CUE", 1, 1), chunk("SRC", 4, 4), chunk("CUE", 5, 5), chunk("CON", 7, 8)));
    }

    @Test
    void aLongInterpositionIsNotAnAttributionSetInsideTheSentence() {
        assertNull(lead("The plan , Stumpf explained to the committee in a long and tense hearing , failed .",
                chunk("SRC", 3, 3), chunk("CUE", 4, 4), chunk("CON", 15, 15)));
    }

    @Test
    void aQuotationAfterTheInterpositionTakesNoFirstPiece() {
        assertNull(lead("Asked about it , she said , \" I read it once . \"", chunk("SRC", 4, 4), chunk("CUE", 5, 5), chunk("CON", 7, 13)));
    }

    @Test
    void accordingToSetInsideASentenceIsLeftAlone() {
        assertNull(lead("Taxes would rise , according to a study by Ames , a former aide at the Treasury .",
                chunk("CUE", 4, 5), chunk("SRC", 6, 9), chunk("CON", 11, 16)));
    }
}
