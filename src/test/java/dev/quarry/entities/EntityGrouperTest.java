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
    void aRoleWithOfBeforeTheNameIsOneRole() {
        String text = "Ohio welcomed Secretary of State Anna Berg on Monday. The end of Carl Moss came.";
        List<EntityMention> ms = group(text, "Anna Berg", "PER", "Carl Moss", "PER");
        assertEquals(List.of("Secretary of State"), at(ms, "Anna Berg", 0).roles());
        assertEquals(List.of(), at(ms, "Carl Moss", 0).roles(), "'of' after a word that is no title is no role");
        String chair = "Tom Vance, the chairman of Mrs. Berg's campaign, spoke.";
        List<EntityMention> other = group(chair, "Tom Vance", "PER", "Berg", "PER");
        assertEquals(List.of(), at(other, "Berg", 0).roles(), "the chairman of Mrs. Berg's campaign is someone else");
    }

    @Test
    void anOrganisationsShortFormJoinsItsFullNameUnlessTwoEndWithIt() {
        String text = "The United Nations Security Council met. The Security Council condemned the test. "
                + "The House Intelligence Committee and the Senate Intelligence Committee disagreed. The Intelligence Committee wrote.";
        List<EntityMention> ms = group(text, "United Nations Security Council", "ORG", "Security Council", "ORG",
                "House Intelligence Committee", "ORG", "Senate Intelligence Committee", "ORG", "Intelligence Committee", "ORG");
        EntityMention un = at(ms, "United Nations Security Council", 0);
        EntityMention shortForm = ms.stream().filter(m -> m.mention().text().equals("Security Council")
                && m.mention().start() == text.indexOf("The Security") + 4).findFirst().orElseThrow();
        assertEquals(un.entityId(), shortForm.entityId());
        assertEquals("ORG:united nations security council", shortForm.entityKey());
        EntityMention ambiguous = ms.stream().filter(m -> m.mention().text().equals("Intelligence Committee")
                && m.mention().start() == text.lastIndexOf("Intelligence Committee")).findFirst().orElseThrow();
        assertEquals("ORG:intelligence committee", ambiguous.entityKey(), "the House's or the Senate's: neither");
    }

    @Test
    void anAcronymIsTheOrganisationItSpells() {
        String text = "Parents joined the walk-in, according to the organizer Alliance to Reclaim Our Schools (AROS). "
                + "It was the third time AROS had set one up. Christian News Service counted them. CNS said 2,000 schools took part. "
                + "Later the PTA wrote.";
        // As the tagger left it: the organisation's name cut in two, the acronym whole.
        List<EntityMention> ms = group(text, "Alliance", "ORG", "Reclaim Our Schools", "MISC", "AROS", "ORG",
                "Christian News Service", "ORG", "CNS", "ORG", "PTA", "ORG");
        EntityMention defined = at(ms, "AROS", 0);
        assertEquals("Alliance to Reclaim Our Schools", defined.canonicalName());
        assertEquals(defined.entityId(), at(ms, "AROS", 1).entityId());
        assertEquals(at(ms, "Christian News Service", 0).entityId(), at(ms, "CNS", 0).entityId());
        assertEquals("Christian News Service", at(ms, "CNS", 0).canonicalName());
        assertEquals("PTA", at(ms, "PTA", 0).canonicalName(), "no name it spells: it stays itself");
    }

    @Test
    void anAcronymWrittenWithStopsIsTheOrganisationItSpells() {
        String text = "The federal Securities and Exchange Commission filed a complaint. The S.E.C. said it would act.";
        List<EntityMention> ms = group(text, "Securities and Exchange Commission", "ORG", "S.E.C.", "ORG");
        assertEquals(at(ms, "Securities and Exchange Commission", 0).entityId(), at(ms, "S.E.C.", 0).entityId());
        assertEquals("Securities and Exchange Commission", at(ms, "S.E.C.", 0).canonicalName());
    }

    @Test
    void aCueWordBeforeASurnameTheArticleGaveIsNotPartOfTheName() {
        String text = "Ryan Ellis, a tax adviser, spoke first. Said Ellis: the plan fails.";
        List<EntityMention> ms = group(text, "Ryan Ellis", "PER", "Said Ellis", "PER");
        assertEquals(at(ms, "Ryan Ellis", 0).entityId(), at(ms, "Said Ellis", 0).entityId());
        assertEquals("Ryan Ellis", at(ms, "Said Ellis", 0).canonicalName());
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

    /** Mentions with their real sentence index, for the tests that read sentences. */
    private List<EntityMention> groupBySentence(String text, String... pairs) {
        AnnotatedArticle article = TestAnnotator.annotate("a1", text);
        List<Mention> ms = mentions(text, pairs).stream()
                .map(m -> new Mention(m.text(), m.type(), m.start(), m.end(), article.sentenceIndexAt(m.start()))).toList();
        return grouper.group(article, ms);
    }

    @Test
    void wordsNerTookIntoAPersonsNameAreNotHisName() {
        String text = "In a meeting with the Washington Post Trump said NATO costs too much. Trump later left. "
                + "The Washington Post printed it. Democrat Ann Brooks said so on Friday; Ann Brooks Friday agreed.";
        List<EntityMention> ms = group(text, "Washington Post Trump", "PER", "Trump", "PER", "The Washington Post", "ORG",
                "Democrat Ann Brooks", "PER", "Ann Brooks Friday", "PER");
        assertEquals("Trump", at(ms, "Washington Post Trump", 0).canonicalName());
        assertEquals("Ann Brooks", at(ms, "Democrat Ann Brooks", 0).canonicalName());
        assertEquals("Ann Brooks", at(ms, "Ann Brooks Friday", 0).canonicalName());
    }

    @Test
    void anOrganisationThatIsThePersonMistypedDoesNotCutTheName() {
        String text = "Loretta Lynch spoke. Attorney General Loretta E. Lynch said she was proud.";
        List<EntityMention> ms = group(text, "Loretta Lynch", "ORG", "Loretta E. Lynch", "PER");
        assertEquals("Loretta E. Lynch", at(ms, "Loretta E. Lynch", 0).canonicalName());
    }

    @Test
    void aHeadlineNameIsCutBackToTheNameTheArticleUses() {
        String text = "Obama Sees Personal Insult in Turnout\n\nBarack Obama spoke on Saturday. Obama said turnout matters.";
        AnnotatedArticle article = TestAnnotator.annotate("a1", text);
        int body = text.lastIndexOf("Obama");
        int full = text.indexOf("Barack Obama");
        List<EntityMention> ms = grouper.group(article, List.of(
                new Mention("Obama Sees", "PER", 0, 10, article.sentenceIndexAt(0)),
                new Mention("Barack Obama", "PER", full, full + 12, article.sentenceIndexAt(full)),
                new Mention("Obama", "PER", body, body + 5, article.sentenceIndexAt(body))));
        EntityMention headline = ms.stream().filter(m -> m.mention().start() == 0).findFirst().orElseThrow();
        assertEquals("Obama", headline.mention().text());
        assertEquals("Barack Obama", headline.canonicalName());
    }

    @Test
    void aFormOfAddressKeepsAManFromJoiningAWoman() {
        String text = "Michelle Obama spoke first. Barack Obama spoke later. Mr. Obama said it mattered, and Mrs. Obama agreed.";
        List<EntityMention> ms = group(text, "Michelle Obama", "PER", "Barack Obama", "PER", "Mr. Obama", "PER", "Mrs. Obama", "PER");
        assertEquals(at(ms, "Barack Obama", 0).entityId(), at(ms, "Mr. Obama", 0).entityId());
        assertEquals(at(ms, "Michelle Obama", 0).entityId(), at(ms, "Mrs. Obama", 0).entityId());
    }

    @Test
    void aFormOfAddressPrefersThePersonKnownToBeOfItsGender() {
        // "Zorina" is in no list of given names: only Barack's gender is known, and it is the one "Mr." asks for,
        // though Zorina Obama was named last.
        String text = "Barack Obama spoke first. Zorina Obama spoke later. Mr. Obama said it mattered.";
        List<EntityMention> ms = group(text, "Barack Obama", "PER", "Zorina Obama", "PER", "Mr. Obama", "PER");
        assertEquals(at(ms, "Barack Obama", 0).entityId(), at(ms, "Mr. Obama", 0).entityId());
        assertEquals("Barack Obama", at(ms, "Mr. Obama", 0).canonicalName());
    }

    @Test
    void aGivenNameTheTaggerLeftBeforeAnInitialIsPartOfTheName() {
        String text = "It was a draw. \"Benjamin J. Rhodes, an aide, recalled it. But K. Osei disagreed, as did Sen. L. Park.";
        List<EntityMention> ms = group(text, "J. Rhodes", "PER", "K. Osei", "PER", "L. Park", "PER");
        assertEquals("Benjamin J. Rhodes", ms.get(0).canonicalName());
        assertEquals("Benjamin J. Rhodes", ms.get(0).mention().text());
        assertEquals("K. Osei", ms.get(1).canonicalName(), "a sentence opener is no given name");
        assertEquals("L. Park", ms.get(2).canonicalName(), "nor is a title");
    }

    @Test
    void aSurnameTakesTheFullNameTheArticleWritesOutsideAnyPersonMention() {
        String text = "Obama Sees Insult. Mr. Obama said it mattered. The first lady, Michelle Obama, agreed. "
                + "Supporters planned a \"Barack Obama Election Day.\" Mr. Kaine spoke too.";
        List<EntityMention> ms = group(text, "Obama", "PER", "Mr. Obama", "PER", "Michelle Obama", "PER", "Barack Obama Election Day", "MISC",
                "Mr. Kaine", "PER");
        assertEquals("Barack Obama", at(ms, "Mr. Obama", 0).canonicalName());
        assertEquals("Michelle Obama", at(ms, "Michelle Obama", 0).canonicalName());
        assertEquals("Kaine", at(ms, "Mr. Kaine", 0).canonicalName(), "no full name written: the surname stays");
        String former = "Mr. Trump spoke. Former Trump aides disagreed, and a former aide left.";
        assertEquals("Trump", at(group(former, "Mr. Trump", "PER"), "Mr. Trump", 0).canonicalName(),
                "a word the article writes in lower case is no given name");
    }

    @Test
    void aTitleAloneIsNotAPerson() {
        List<EntityMention> ms = group("Rep. Elijah Cummings said so.", "Rep", "PER", "Elijah Cummings", "PER");
        assertEquals(List.of("Elijah Cummings"), ms.stream().map(m -> m.mention().text()).toList());
    }

    @Test
    void aTitleWordThatIsSomeonesNameStays() {
        String text = "Charlie King, a strategist, spoke first. Mr. King and Mr. Morial agreed. Later King added more.";
        List<EntityMention> ms = group(text, "Charlie King", "PER", "King", "PER", "Morial", "PER");
        // The helper also finds "King" inside "Charlie King"; the two after it are the ones that matter.
        List<EntityMention> kings = ms.stream().filter(m -> m.mention().text().equals("King") && m.mention().start() > 12).toList();
        assertEquals(2, kings.size(), ms.toString());
        kings.forEach(k -> assertEquals("Charlie King", k.canonicalName()));
        String alone = "The King spoke. Mrs. Queen wrote.";
        List<EntityMention> titled = group(alone, "King", "PER", "Queen", "PER");
        assertEquals(List.of("Queen"), titled.stream().map(m -> m.mention().text()).toList(), "after Mrs. it is a name");
    }
}
