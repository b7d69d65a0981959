package dev.quarry.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticlePiecesTest {

    private static void assertCovers(String text, List<ArticlePieces.Piece> pieces, int max) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            ArticlePieces.Piece p = pieces.get(i);
            assertEquals(i, p.index());
            assertEquals(joined.length(), p.offset(), "pieces follow each other");
            assertTrue(p.text().length() <= max, "piece " + i + " is " + p.text().length());
            assertTrue(!p.text().isEmpty());
            joined.append(p.text());
        }
        assertEquals(text, joined.toString(), "nothing lost, nothing repeated");
    }

    @Test
    void aNormalArticleIsOnePiece() {
        List<ArticlePieces.Piece> pieces = ArticlePieces.split("Short text.", 100);
        assertEquals(List.of(new ArticlePieces.Piece(0, 0, "Short text.")), pieces);
    }

    @Test
    void piecesEndAtParagraphBreaks() {
        String para = "A sentence here. Another one follows it.";
        String text = String.join("\n\n", java.util.Collections.nCopies(30, para));
        List<ArticlePieces.Piece> pieces = ArticlePieces.split(text, 200);
        assertCovers(text, pieces, 200);
        for (ArticlePieces.Piece p : pieces.subList(0, pieces.size() - 1)) {
            assertTrue(p.text().endsWith("\n\n"), "ends at a paragraph break: " + p.text());
        }
    }

    @Test
    void withoutParagraphsSentencesThenSpacesThenTheLimit() {
        String sentences = "One two three. ".repeat(40);
        List<ArticlePieces.Piece> bySentence = ArticlePieces.split(sentences, 100);
        assertCovers(sentences, bySentence, 100);
        assertTrue(bySentence.get(0).text().endsWith(". "));

        String words = "word ".repeat(100);
        assertCovers(words, ArticlePieces.split(words, 64), 64);

        String solid = "x".repeat(250);
        List<ArticlePieces.Piece> hard = ArticlePieces.split(solid, 100);
        assertCovers(solid, hard, 100);
        assertEquals(3, hard.size());
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "a".repeat(99) + "\uD83D\uDE00" + "b".repeat(50);
        List<ArticlePieces.Piece> pieces = ArticlePieces.split(text, 100);
        assertCovers(text, pieces, 100);
        assertTrue(pieces.get(1).text().startsWith("\uD83D\uDE00"));
    }

    @Test
    void aTinyLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ArticlePieces.split("abc", 1));
    }
}
