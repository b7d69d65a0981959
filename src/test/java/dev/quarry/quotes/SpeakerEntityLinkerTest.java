package dev.quarry.quotes;

import dev.quarry.entities.EntityGrouper;
import dev.quarry.entities.EntityMention;
import dev.quarry.entities.Mention;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeakerEntityLinkerTest {

    private static final String TEXT = "Defence Minister Kim Yong-hyun met Kim Jong Un's envoy. \"We are ready,\" Kim said. "
            + "\"So are we,\" said Reuters.";

    private static Mention mention(String text, String type, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(text, at + 1);
        }
        return new Mention(text, type, at, at + text.length(), 0);
    }

    private static Quote quote(String content, String speakerMention, int mentionOccurrence, String speaker) {
        int start = TEXT.indexOf(content);
        int s = -1;
        for (int i = 0; i <= mentionOccurrence; i++) {
            s = TEXT.indexOf(speakerMention, s + 1);
        }
        return new Quote("a", content, start, start + content.length(), QuoteType.DIRECT, "said", null, null,
                speakerMention, s, s + speakerMention.length(), speaker, Quote.entityId("a", speaker), SpeakerType.OTHER,
                0.9, 0, null, "test");
    }

    @Test
    void speakersTakeTheEntityIdCanonicalNameAndType() {
        AnnotatedArticle article = TestAnnotator.annotate("a", TEXT);
        List<EntityMention> entities = new EntityGrouper().group(article, List.of(
                mention("Kim Yong-hyun", "PER", 0), mention("Kim Jong Un", "PER", 0), mention("Kim", "PER", 2),
                mention("Reuters", "ORG", 0)));
        List<Quote> linked = new SpeakerEntityLinker().link(List.of(
                quote("We are ready,", "Kim", 2, "Kim"),
                quote("So are we,", "Reuters", 0, "Reuters")), entities);
        EntityMention yong = entities.stream().filter(e -> e.mention().text().equals("Kim Yong-hyun")).findFirst().orElseThrow();
        assertEquals("Kim Yong-hyun", linked.get(0).speaker());
        assertEquals(yong.entityId(), linked.get(0).speakerEntityId());
        assertEquals(SpeakerType.PERSON, linked.get(0).speakerType());
        assertEquals(SpeakerType.ORG, linked.get(1).speakerType());
    }

    @Test
    void withoutEntitiesNothingChanges() {
        List<Quote> quotes = List.of(quote("We are ready,", "Kim", 2, "Kim"));
        assertEquals(quotes, new SpeakerEntityLinker().link(quotes, List.of()));
    }
}
