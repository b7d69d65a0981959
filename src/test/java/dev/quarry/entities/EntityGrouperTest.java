package dev.quarry.entities;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityGrouperTest {

    private final EntityGrouper grouper = new EntityGrouper();

    /** Mentions for every occurrence of each (phrase, type), in text order. */
    private static List<Mention> mentions(String text, String... phraseTypePairs) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < phraseTypePairs.length; i += 2) {
            String phrase = phraseTypePairs[i];
            int from = 0;
            int at;
            while ((at = text.indexOf(phrase, from)) >= 0) {
                out.add(new Mention(phrase, phraseTypePairs[i + 1], at, at + phrase.length(), 0));
                from = at + phrase.length();
            }
        }
        return out;
    }

    private List<EntityMention> group(String text, String... pairs) {
        AnnotatedArticle article = TestAnnotator.annotate("a1", text);
        return grouper.group(article, mentions(text, pairs));
    }

    private static EntityMention at(List<EntityMention> ms, String text, int occurrence) {
        return ms.stream().filter(m -> m.mention().text().equals(text)).skip(occurrence).findFirst().orElseThrow();
    }

    @Test
    void shortFormsJoinTheFullNameAndTwoKimsStayApart() {
        String text = "Defence Minister Kim Yong-hyun met officials. North Korean leader Kim Jong Un sent troops. "
                + "Kim Yong-hyun said more would follow. Kim added that the troops were in Russia.";
        List<EntityMention> ms = group(text, "Kim Yong-hyun", "PER", "Kim Jong Un", "PER", "Kim", "PER", "Russia", "LOC");
        // The bare "Kim" mentions are found inside the full names too; keep only the standalone one.
        EntityMention yong = at(ms, "Kim Yong-hyun", 0);
        EntityMention jong = at(ms, "Kim Jong Un", 0);
        assertNotEquals(yong.entityId(), jong.entityId(), "two people who share a surname");
        assertEquals(yong.entityId(), at(ms, "Kim Yong-hyun", 1).entityId());
        EntityMention lastKim = ms.stream().filter(m -> m.mention().text().equals("Kim"))
                .filter(m -> m.mention().start() == text.lastIndexOf("Kim added")).findFirst().orElseThrow();
        assertEquals(yong.entityId(), lastKim.entityId(), "a bare surname goes to the most recent person who has it");
        assertEquals("Kim Yong-hyun", yong.canonicalName());
        assertEquals("PER:kim yong hyun", yong.entityKey());
        assertTrue(yong.roles().contains("Defence Minister"), yong.roles().toString());
        assertEquals("LOC", at(ms, "Russia", 0).type());
    }

    @Test
    void fullerNameLaterBecomesTheCanonicalName() {
        String text = "Putin spoke on Monday. Russian President Vladimir Putin said the talks had failed.";
        List<EntityMention> ms = group(text, "Vladimir Putin", "PER");
        List<Mention> mentions = new ArrayList<>(mentions(text, "Vladimir Putin", "PER"));
        mentions.add(0, new Mention("Putin", "PER", 0, 5, 0));
        ms = grouper.group(TestAnnotator.annotate("a1", text), mentions);
        assertEquals(1, ms.stream().map(EntityMention::entityId).distinct().count());
        assertTrue(ms.stream().allMatch(m -> m.canonicalName().equals("Vladimir Putin")));
        assertTrue(ms.get(0).roles().contains("Russian President"), ms.get(0).roles().toString());
    }

    @Test
    void titlesAndPossessivesAreNotPartOfTheName() {
        String text = "Mr. Smith arrived. Smith's office said the visit went well. Alice Smith, the health minister, agreed.";
        List<Mention> mentions = List.of(
                new Mention("Mr. Smith", "PER", 0, 9, 0),
                new Mention("Smith's", "PER", text.indexOf("Smith's"), text.indexOf("Smith's") + 7, 1),
                new Mention("Alice Smith", "PER", text.indexOf("Alice"), text.indexOf("Alice") + 11, 2));
        List<EntityMention> ms = grouper.group(TestAnnotator.annotate("a1", text), mentions);
        assertEquals(1, ms.stream().map(EntityMention::entityId).distinct().count(), ms.toString());
        assertEquals("Alice Smith", ms.get(0).canonicalName());
        assertTrue(ms.get(0).roles().contains("the health minister"), ms.get(0).roles().toString());
        assertTrue(ms.get(0).roles().stream().noneMatch(r -> r.startsWith("Mr")), "an honorific is not a role");
    }

    @Test
    void otherTypesGroupOnTheSameTextAndKeysFoldAccents() {
        String text = "Reuters reported it first. Later Reuters confirmed. São Paulo and Sao Paulo are one city.";
        List<EntityMention> ms = group(text, "Reuters", "ORG", "São Paulo", "LOC", "Sao Paulo", "LOC");
        Map<String, List<String>> byEntity = ms.stream().collect(Collectors.groupingBy(EntityMention::entityId,
                Collectors.mapping(m -> m.mention().text(), Collectors.toList())));
        assertTrue(byEntity.containsValue(List.of("Reuters", "Reuters")), byEntity.toString());
        assertEquals(at(ms, "São Paulo", 0).entityKey(), at(ms, "Sao Paulo", 0).entityKey());
        assertEquals("ORG:reuters", at(ms, "Reuters", 0).entityKey());
    }

    @Test
    void aTitledNameTaggedAsAnOrganisationIsAPersonAndALoneSurnameJoinsThePerson() {
        String text = "Curator Ines Lopes opened the hall. Nurse Agnes Whitfield retired. Whitfield said goodbye.";
        List<Mention> mentions = List.of(
                new Mention("Curator Ines Lopes", "ORG", 0, 18, 0),
                new Mention("Agnes Whitfield", "PER", text.indexOf("Agnes"), text.indexOf("Agnes") + 15, 1),
                new Mention("Whitfield", "LOC", text.lastIndexOf("Whitfield"), text.lastIndexOf("Whitfield") + 9, 2));
        List<EntityMention> ms = grouper.group(TestAnnotator.annotate("a1", text), mentions);
        assertEquals("PER", ms.get(0).type());
        assertEquals("Ines Lopes", ms.get(0).canonicalName());
        assertEquals(ms.get(1).entityId(), ms.get(2).entityId());
        assertEquals("PER", ms.get(2).type());
    }

    @Test
    void idsAreStableAcrossRuns() {
        String text = "Jane Doe spoke. Doe left.";
        List<EntityMention> a = group(text, "Jane Doe", "PER");
        List<EntityMention> b = group(text, "Jane Doe", "PER");
        assertEquals(a, b);
    }
}
