package dev.quarry.quotes;

import dev.quarry.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Content edges by the corpora's convention, on sentences written for the test. */
class ContentBoundariesTest {

    private final ContentBoundaries boundaries = new ContentBoundaries();

    /** The adjusted pieces, as text, of a quote whose pieces are the first occurrences of {@code pieces}. */
    private List<String> adjusted(String text, String... pieces) {
        return adjustedQuote(text, QuoteType.INDIRECT, pieces).pieces().stream().map(s -> s.of(text)).toList();
    }

    private Quote adjustedQuote(String text, QuoteType type, String... pieces) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String p : pieces) {
            int b = text.indexOf(p, from);
            spans.add(new Span(b, b + p.length()));
            from = b + p.length();
        }
        Quote q = new Quote("a1", String.join(" ", pieces), spans.get(0).begin(), spans.get(spans.size() - 1).end(), type,
                null, null, null, null, null, null, null, null, null, 0.9, 0, spans, "test");
        Quote out = boundaries.adjust(text, q);
        assertEquals(out.pieces().get(0).begin(), out.start());
        assertEquals(out.pieces().get(out.pieces().size() - 1).end(), out.end());
        assertEquals(q.text().length() - out.text().length() <= 1 && q.text().startsWith(out.text()), true,
                "the text keeps its words, without marks: " + out.text());
        return out;
    }

    @Test
    void aQuotedPieceTakesItsMarksAndThePunctuationInsideThem() {
        assertEquals("The bridge stays shut", adjustedQuote("\u201CThe bridge stays shut,\u201D the mayor said.", QuoteType.DIRECT, "The bridge stays shut").text());
        assertEquals(List.of("\u201CThe bridge stays shut,\u201D"),
                adjusted("\u201CThe bridge stays shut,\u201D the mayor said.", "The bridge stays shut"));
        assertEquals(List.of("\"We will rebuild it.\""), adjusted("Ames said: \"We will rebuild it.\"", "We will rebuild it."));
        assertEquals(List.of("''Not this year,''"), adjusted("''Not this year,'' Mr. Ames said.", "Not this year"));
    }

    @Test
    void eachPieceOfASplitQuoteTakesItsOwnMarks() {
        assertEquals(List.of("\"The bridge,\"", "\"stays shut.\""),
                adjusted("\"The bridge,\" the mayor said, \"stays shut.\"", "The bridge", "stays shut."));
    }

    @Test
    void reportedContentEndingInAQuotedPhraseTakesTheClosingMark() {
        assertEquals(List.of("that the plan was \u201Cdead on arrival.\u201D"),
                adjusted("The mayor said that the plan was \u201Cdead on arrival.\u201D Ames left.", "that the plan was \u201Cdead on arrival"));
    }

    @Test
    void aPhraseQuotedInsideTheContentIsNotAQuotedPiece() {
        // The marks are closed inside the piece: nothing to take after it.
        assertEquals(List.of("that the \u201Cbridge\u201D stays shut"),
                adjusted("Ames said that the \u201Cbridge\u201D stays shut. \u201CNo,\u201D Bo said.", "that the \u201Cbridge\u201D stays shut"));
    }

    @Test
    void reportedContentLeavesOutThePeriodOrCommaClosingIt() {
        assertEquals(List.of("the bridge would stay shut"), adjusted("Ames said the bridge would stay shut.", "the bridge would stay shut."));
        assertEquals("the bridge would stay shut", adjustedQuote("Ames said the bridge would stay shut.", QuoteType.INDIRECT, "the bridge would stay shut.").text());
        assertEquals(List.of("The bridge would stay shut"), adjusted("The bridge would stay shut, Ames said.", "The bridge would stay shut,"));
        // A direct quote without marks (a transcript turn) keeps its period.
        assertEquals(List.of("The bridge stays shut."), adjustedQuote("AMES: The bridge stays shut.", QuoteType.DIRECT, "The bridge stays shut.")
                .pieces().stream().map(s -> s.of("AMES: The bridge stays shut.")).toList());
        // An abbreviation keeps its period.
        assertEquals(List.of("the talks moved to the U.S."), adjusted("Ames said the talks moved to the U.S.", "the talks moved to the U.S."));
    }

    @Test
    void aQuoteAlreadyAtTheConventionIsReturnedAsItIs() {
        String text = "\u201CThe bridge stays shut,\u201D the mayor said.";
        Quote q = new Quote("a1", "The bridge stays shut", 0, 24, QuoteType.DIRECT, null, null, null, null, null, null, null, null, null,
                0.9, 0, List.of(new Span(0, 24)), "test");
        assertEquals("\u201CThe bridge stays shut,\u201D", text.substring(0, 24));
        assertSame(q, boundaries.adjust(text, q));
    }

    @Test
    void aCueInsideTheContentIsCutOutOfItsPiecesButNotOutOfItsText() {
        String text = "They appear to be unanimous in their belief.";
        int cue = text.indexOf("appear");
        Quote q = new Quote("a1", "They appear to be unanimous in their belief", 0, text.length() - 1, QuoteType.INDIRECT,
                "appear", cue, cue + "appear".length(), "They", 0, 4, null, null, null, 0.9, 0,
                List.of(new Span(0, text.length() - 1)), "seeming");
        Quote out = boundaries.adjust(text, q);
        assertEquals(List.of("They", "to be unanimous in their belief"), out.pieces().stream().map(s -> s.of(text)).toList());
        assertEquals("They appear to be unanimous in their belief", out.text());
    }

    @Test
    void aCueInsideTheTaggersContentIsANestedAttributionsAndStays() {
        String text = "Reid said that a source told him Ames paid no tax.";
        int b = text.indexOf("that");
        int cue = text.indexOf("told");
        Quote q = new Quote("a1", text.substring(b, text.length() - 1), b, text.length() - 1, QuoteType.INDIRECT,
                "told", cue, cue + 4, "Reid", 0, 4, null, null, null, 0.7, 0, List.of(new Span(b, text.length() - 1)),
                dev.quarry.quotes.model.AttributionTagger.RULE);
        assertEquals(List.of("that a source told him Ames paid no tax"),
                boundaries.adjust(text, q).pieces().stream().map(s -> s.of(text)).toList());
    }
}
