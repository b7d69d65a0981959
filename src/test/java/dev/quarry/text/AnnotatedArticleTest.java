package dev.quarry.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnnotatedArticleTest {

    @Test
    void aSentenceCutAfterATitleIsJoinedToTheName() {
        String text = "She praised Sen. Marco Rubio for his work. The vote is on Monday.";
        int title = text.indexOf("Marco");
        int second = text.indexOf("The vote");
        // As a sentence detector that stops at every full stop gives them.
        List<Span> cut = List.of(new Span(0, title - 1), new Span(title, second - 1), new Span(second, text.length()));
        AnnotatedArticle a = AnnotatedArticle.of("a1", text, cut, List.of());
        assertEquals(2, a.sentences().size());
        assertEquals("She praised Sen. Marco Rubio for his work.", text.substring(a.sentences().get(0).begin(), a.sentences().get(0).end()));
    }

    @Test
    void aSentenceThatWouldStartWithACommaOrLowerCaseWordIsJoinedToTheOneBefore() {
        String text = "Rep. Ana Ruiz (D-Md.), chair of the committee, said yes.";
        int cut = text.indexOf("), chair");
        AnnotatedArticle a = AnnotatedArticle.of("a1", text, List.of(new Span(0, cut), new Span(cut, text.length())), List.of());
        assertEquals(1, a.sentences().size());
    }

    @Test
    void aSentenceEndingOnAnOrdinaryWordIsNotJoined() {
        String text = "The mayor spoke. Marco Rubio answered.";
        int second = text.indexOf("Marco");
        AnnotatedArticle a = AnnotatedArticle.of("a1", text, List.of(new Span(0, second - 1), new Span(second, text.length())), List.of());
        assertEquals(2, a.sentences().size());
    }
}
