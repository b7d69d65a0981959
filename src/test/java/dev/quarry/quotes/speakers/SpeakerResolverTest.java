package dev.quarry.quotes.speakers;

import dev.quarry.entities.EntityGrouper;
import dev.quarry.entities.EntityMention;
import dev.quarry.entities.Mention;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteFinder;
import dev.quarry.quotes.QuoteType;
import dev.quarry.quotes.SpeakerType;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.TestAnnotator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One sentence (or short article) per resolution pattern, with the NER mentions given by hand. */
class SpeakerResolverTest {

    private static final QuoteFinder FINDER = new QuoteFinder();
    private static final SpeakerResolver RESOLVER = new SpeakerResolver();

    /**
     * The quotes of {@code text} with speakers resolved against NER mentions given as "phrase/TYPE":
     * every occurrence of each phrase, longer phrases first, none overlapping.
     */
    private static List<Quote> resolve(String text, String... tagged) {
        return resolveWithMention(text, null, tagged);
    }

    /**
     * As {@link #resolve(String, String...)}, with every quote's speaker mention set to
     * {@code mention} (when not null), as the attribution tagger may bound it.
     */
    private static List<Quote> resolveWithMention(String text, String mention, String... tagged) {
        return resolveWithTags(text, mention, java.util.Map.of(), tagged);
    }

    /** As {@link #resolveWithMention}, with these words given these POS tags. */
    private static List<Quote> resolveWithTags(String text, String mention, java.util.Map<String, String> pos, String... tagged) {
        AnnotatedArticle article = TestAnnotator.annotate("t", text, pos);
        List<String> phrases = new ArrayList<>(Arrays.asList(tagged));
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        List<Mention> mentions = new ArrayList<>();
        for (String p : phrases) {
            String phrase = p.substring(0, p.lastIndexOf('/'));
            String type = p.substring(p.lastIndexOf('/') + 1);
            int at = -1;
            while ((at = text.indexOf(phrase, at + 1)) >= 0) {
                int begin = at;
                int end = at + phrase.length();
                if (mentions.stream().noneMatch(m -> m.start() < end && m.end() > begin)) {
                    mentions.add(new Mention(phrase, type, begin, end, article.sentenceIndexAt(begin)));
                }
            }
        }
        List<EntityMention> entities = new EntityGrouper().group(article, mentions);
        List<Quote> found = FINDER.find(article);
        if (mention != null) {
            int at = text.indexOf(mention);
            found = found.stream().map(q -> new Quote(q.articleId(), q.text(), q.start(), q.end(), q.type(), q.cue(), q.cueStart(), q.cueEnd(),
                    mention, at, at + mention.length(), null, null, null, q.confidence(), q.sentenceIndex(), q.pieces(), q.rule())).toList();
        }
        return RESOLVER.resolve(article, found, entities);
    }

    private static Quote quoteHolding(List<Quote> quotes, String content) {
        return quotes.stream().filter(q -> q.text().contains(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote holds '" + content + "' in " + quotes));
    }

    @Test
    void aPartyWordThatNerTookIntoTheNameIsNotPartOfIt() {
        List<Quote> qs = resolve("Democrat Hillary Clinton spoke in Toledo. Clinton said the plan would help families.",
                "Democrat Hillary Clinton/PER", "Clinton/PER", "Toledo/LOC");
        assertEquals("Hillary Clinton", quoteHolding(qs, "the plan would help").speaker());
    }

    @Test
    void aPersonComesBeforeTheOrganisationInFrontOfHim() {
        List<Quote> qs = resolve("White House spokesman Josh Earnest said the president wants tax fairness.",
                "White House/LOC", "Josh Earnest/PER");
        Quote q = quoteHolding(qs, "wants tax fairness");
        assertEquals("Josh Earnest", q.speaker());
        assertEquals(SpeakerType.PERSON, q.speakerType());
    }

    @Test
    void generalPoliceAreTheForceTheArticleNamesOnce() {
        String text = "Police say the man refused to drop the gun.\n\nHe was shot by a Bramfield-Oake police officer on Tuesday.";
        List<Quote> qs = resolve(text, "Police/ORG", "Bramfield-Oake/LOC");
        assertEquals("Bramfield-Oake police", quoteHolding(qs, "the man refused").speaker());
        assertEquals(SpeakerType.ORG, quoteHolding(qs, "the man refused").speakerType());
        // Two forces named: which one spoke is not guessed.
        List<Quote> two = resolve(text + " Officers of the Tarnby police came later.", "Police/ORG", "Bramfield-Oake/LOC", "Tarnby/LOC");
        String speaker = quoteHolding(two, "the man refused").speaker();
        assertFalse(speaker != null && speaker.endsWith(" police"), speaker);
        assertEquals(resolve("Police say the man refused to drop the gun.", "Police/ORG").get(0).speaker(), speaker);
    }

    @Test
    void anOrganisationNamedBeforeItsNounIsThatOrganisation() {
        List<Quote> qs = resolve("Ministers met the Veltrand alliance in May.\n\nThe alliance said the plan would cost more.",
                "Veltrand/ORG");
        assertEquals("Veltrand", quoteHolding(qs, "the plan would cost").speaker());
    }

    @Test
    void aPossessorIsNotTheSpeaker() {
        List<Quote> qs = resolve("Obama's former campaign strategist said the remark was outrageous.", "Obama/PER");
        assertNull(quoteHolding(qs, "the remark was outrageous").speaker());
    }

    @Test
    void aRoleInAppositionToAPersonResolvesToThePerson() {
        // The quote as a finder reads it when its span for the speaker takes the apposition alone.
        String text = "Michael Mulgrew, president of the United Federation of Teachers, said the walk-in sent a message.";
        AnnotatedArticle article = TestAnnotator.annotate("t", text);
        String mention = "president of the United Federation of Teachers";
        String content = "the walk-in sent a message";
        int m = text.indexOf(mention);
        int c = text.indexOf(content);
        int cue = text.indexOf("said");
        Quote q = new Quote("t", content, c, c + content.length(), QuoteType.INDIRECT, "said", cue, cue + 4, mention, m,
                m + mention.length(), null, null, null, 0.75, 0, null, "test");
        List<EntityMention> entities = new EntityGrouper().group(article, List.of(new Mention("Michael Mulgrew", "PER", 0, 15, 0),
                new Mention("United Federation of Teachers", "ORG", text.indexOf("United"), text.indexOf("United") + 29, 0)));
        assertEquals("Michael Mulgrew", RESOLVER.resolve(article, List.of(q), entities).get(0).speaker());
    }

    @Test
    void aPronounResolvesToAPersonNeverToAPlace() {
        List<Quote> qs = resolve("Tom Vance toured the Pacific Islands last week.\n\nHe said the crops were withering.",
                "Tom Vance/PER", "Pacific Islands/LOC");
        assertEquals("Tom Vance", quoteHolding(qs, "the crops were withering").speaker());
    }

    @Test
    void aPronounSkipsAPersonOfTheOtherGender() {
        List<Quote> qs = resolve("Mary Quist met Mr. Vance on Monday. She said the talks had gone well.",
                "Mary Quist/PER", "Vance/PER");
        assertEquals("Mary Quist", quoteHolding(qs, "the talks had gone well").speaker());
    }

    @Test
    void aPronounPrefersTheSpeakerOverAPersonNamedInsideHisQuote() {
        List<Quote> qs = resolve("Josh Earnest said that Barack Obama wants tax fairness. He said the plan is fair.",
                "Josh Earnest/PER", "Barack Obama/PER");
        assertEquals("Josh Earnest", quoteHolding(qs, "the plan is fair").speaker());
    }

    @Test
    void aSubjectEarlierInThePronounsOwnSentenceWins() {
        List<Quote> qs = resolve("Ann Lee spoke first.\n\nTom Vance made the remark as he said the veterans were strong.",
                "Ann Lee/PER", "Tom Vance/PER");
        assertEquals("Tom Vance", quoteHolding(qs, "the veterans were strong").speaker());
    }

    @Test
    void theCompanyResolvesToAnOrganisation() {
        List<Quote> qs = resolve("Acme Bank fired 5,300 workers last year. The bank said it had fired the workers for fraud.",
                "Acme Bank/ORG", "Tom Vance/PER");
        Quote q = quoteHolding(qs, "fired the workers for fraud");
        assertEquals("Acme Bank", q.speaker());
        assertEquals(SpeakerType.ORG, q.speakerType());
    }

    @Test
    void aRoleResolvesToThePersonGivenThatRoleNotToAVicePresident() {
        List<Quote> qs = resolve("President Anna Berg met Vice President Carl Moss. The president said the museum would open.",
                "Anna Berg/PER", "Carl Moss/PER");
        assertEquals("Anna Berg", quoteHolding(qs, "the museum would open").speaker());
    }

    @Test
    void aRoleQualifiedByOfIsThePersonGivenThatRoleOrNoOne() {
        List<Quote> qs = resolve("Ohio welcomed Secretary of State Anna Berg. Carl Moss said the vote would be close. "
                + "The former secretary of state said families needed help. "
                + "The deputy head of the Lisbon delegation said the talks would fail.", "Anna Berg/PER", "Carl Moss/PER", "Ohio/LOC");
        assertEquals("Anna Berg", quoteHolding(qs, "families needed help").speaker());
        assertNull(quoteHolding(qs, "the talks would fail").speaker(), "not the last person who spoke");
    }

    @Test
    void aRoleOfAnotherPartyIsNotThePersonGivenTheRole() {
        List<Quote> qs = resolve("Republican presidential nominee Carl Moss toured Ohio. Anna Berg said the vote would be close. "
                + "The Democratic presidential nominee said families needed help.", "Carl Moss/PER", "Anna Berg/PER", "Ohio/LOC");
        assertEquals("Anna Berg", quoteHolding(qs, "families needed help").speaker(),
                "not the Republican nominee: the person speaking before");
        List<Quote> same = resolve("Republican presidential nominee Carl Moss toured Ohio. Anna Berg said the vote would be close. "
                + "The Republican nominee said families needed help.", "Carl Moss/PER", "Anna Berg/PER", "Ohio/LOC");
        assertEquals("Carl Moss", quoteHolding(same, "families needed help").speaker());
    }

    @Test
    void aDocumentIsCreditedToItsMakerAndStaffToTheirOrganisation() {
        List<Quote> qs = resolve("A report by the Northfield Housing Office said rents would rise. "
                        + "Officials at the Northfield Housing Office said the report was fair. Officials at Ohio said little had changed.",
                "Northfield Housing Office/ORG", "Ohio/LOC");
        assertEquals("Northfield Housing Office", quoteHolding(qs, "rents would rise").speaker());
        assertEquals("Northfield Housing Office", quoteHolding(qs, "the report was fair").speaker());
        assertNull(quoteHolding(qs, "little had changed").speaker(), "officials at a place do not speak as the place");
    }

    @Test
    void aRoleNobodyWasGivenIsNotGuessed() {
        List<Quote> qs = resolve("Ann Lee opened the festival. Connecticut's tax commissioner said no one had leaked the returns.",
                "Ann Lee/PER", "Connecticut/LOC");
        assertNull(quoteHolding(qs, "no one had leaked").speaker());
    }

    @Test
    void aRelativeClauseResolvesToThePersonItHangsOn() {
        List<Quote> qs = resolve("Experts praised the plan. Mr. Kamin, who emphasized that the proposals would simplify returns, left early.",
                "Kamin/PER");
        assertEquals("Kamin", quoteHolding(qs, "would simplify returns").speaker());
    }

    @Test
    void aNameTheNerMissedIsStillTheSpeaker() {
        List<Quote> qs = resolve("Nkosana Dlamini said the dam in Harare would hold.", "Harare/LOC");
        assertEquals("Nkosana Dlamini", quoteHolding(qs, "the dam in Harare would hold").speaker());
    }

    @Test
    void theWritersIIsLeftUnresolved() {
        List<Quote> qs = resolve("Donald Trump spoke on Monday. I believe that Trump will not win.", "Donald Trump/PER", "Trump/PER");
        assertNull(quoteHolding(qs, "Trump will not win").speaker());
    }

    @Test
    void aNameWithANicknameIsOnePerson() {
        List<Quote> qs = resolve("Rep. Robert C. \"Bobby\" Scott opened his yard. Bobby Scott said he plans to hire staff.",
                "Robert/PER", "Bobby Scott/PER");
        assertEquals("Robert C. \"Bobby\" Scott", quoteHolding(qs, "plans to hire staff").speaker());
    }

    @Test
    void theSpeakerIdIsTheEntityId() {
        String text = "Ann Lee said the ferry would run.";
        List<Quote> qs = resolve(text, "Ann Lee/PER");
        AnnotatedArticle article = TestAnnotator.annotate("t", text);
        String entityId = new EntityGrouper().group(article, List.of(new Mention("Ann Lee", "PER", 0, 7, 0))).get(0).entityId();
        assertEquals(entityId, qs.get(0).speakerEntityId());
    }

    @Test
    void aGenericGroupIsCreditedAsTheGroupNotAsAPerson() {
        List<Quote> qs = resolve("Tom Vance spoke first. Analysts said the dollar would fall.", "Tom Vance/PER");
        Quote q = quoteHolding(qs, "the dollar would fall");
        assertEquals("analysts", q.speaker());
        assertEquals(SpeakerType.GROUP, q.speakerType());
    }

    @Test
    void peopleNamedTogetherSpeakTogether() {
        List<Quote> qs = resolve("But Mr. Grassley and Mr. Leahy said the program was abused.\n\nThey said the visas should end.",
                "Grassley/PER", "Leahy/PER");
        Quote q = quoteHolding(qs, "the program was abused");
        assertEquals("Grassley; Leahy", q.speaker());
        assertEquals(SpeakerType.GROUP, q.speakerType());
        assertEquals("Grassley; Leahy", quoteHolding(qs, "the visas should end").speaker());
    }

    @Test
    void theWritersIIsTheNameTheArticleSignsWith() {
        List<Quote> qs = resolve("I believe that the plan will fail.\n\nAnn Lee is a columnist in Springfield.",
                "Ann Lee/PER", "Springfield/LOC");
        assertEquals("Ann Lee", quoteHolding(qs, "the plan will fail").speaker());
    }

    @Test
    void aLetterABareOrganisationNounOrAPlaceTaggedPerIsNoPerson() {
        List<Quote> qs = resolve("P said the rate would rise. Bank said the rate would fall. "
                + "U.S. said the talks would go on. The United States left the talks.",
                "P/PER", "Bank/ORG", "U.S./PER", "United States/LOC");
        assertNull(quoteHolding(qs, "the rate would rise").speaker());
        assertNull(quoteHolding(qs, "the rate would fall").speaker());
        Quote us = quoteHolding(qs, "the talks would go on");
        assertEquals(SpeakerType.OTHER, us.speakerType());
    }

    @Test
    void aOneWordNameOfANewsOrganisationIsASpeakerWhereABareNounIsNot() {
        List<Quote> qs = resolve("Reuters said the rate would rise. Bank said the rate would fall.", "Reuters/ORG", "Bank/ORG");
        Quote reuters = quoteHolding(qs, "the rate would rise");
        assertEquals("Reuters", reuters.speaker());
        assertEquals(SpeakerType.ORG, reuters.speakerType());
        assertNull(quoteHolding(qs, "the rate would fall").speaker());
    }

    @Test
    void aPossessiveNameThatOpensAnOrganisationsNameIsThatOrganisation() {
        List<Quote> qs = resolve("Moody's Investors Service Inc cut the rating on Monday. Moody's said the outlook was negative.",
                "Moody's Investors Service Inc/ORG", "Moody's/PER");
        Quote q = quoteHolding(qs, "the outlook was negative");
        assertEquals("Moody's Investors Service Inc", q.speaker());
        assertEquals(SpeakerType.ORG, q.speakerType());
    }

    @Test
    void aPersonTaggedOnABarePossessiveBreaksNothing() {
        // NER sometimes tags the "'s" of a possessive alone; its name folds to no word at all.
        List<Quote> qs = resolve("Acme Corp's chief left. 's Acme Corp said the plan worked.", "'s/PER", "Acme Corp/ORG");
        assertEquals("Acme Corp", quoteHolding(qs, "the plan worked").speaker());
    }

    @Test
    void aPronounAfterSomeoneNewSaysSomethingIsThatPersonNotTheLastSpeaker() {
        List<Quote> qs = resolve("Benjamin Rhodes, an aide, said the talks were hard.\n\n"
                        + "The guests were seated when Mr. Obama said grace. \"We will get there,\" he said.",
                "Benjamin Rhodes/PER", "Obama/PER");
        assertEquals("Benjamin Rhodes", quoteHolding(qs, "the talks were hard").speaker());
        assertEquals("Obama", quoteHolding(qs, "We will get there").speaker());
    }

    @Test
    void aNewParagraphAboutOnePersonMovesAPronounOffTheLastSpeaker() {
        List<Quote> qs = resolve("\"It will be first-order business,\" Mr. Rhodes said.\n\n"
                        + "But the plan will face the same fire Mr. Obama has. He noted that the rules would stay.\n\n"
                        + "\"We are ready,\" Mr. Rhodes said.\n\n"
                        + "But he also sat beside Mr. Obama at dinner. He said the vote was lost.",
                "Rhodes/PER", "Obama/PER");
        assertEquals("Obama", quoteHolding(qs, "the rules would stay").speaker());
        assertEquals("Rhodes", quoteHolding(qs, "the vote was lost").speaker(),
                "a paragraph that opens with 'he' goes on about the last speaker");
    }

    @Test
    void aSentenceOpeningWithSheAfterOneOpeningWithAPersonTellsThatPersonsGender() {
        List<Quote> qs = resolve("Zorya Quill thought the rally was loud. She stayed anyway.\n\n"
                        + "\"Here it comes,\" Zorya Quill said as Tom Vance walked onto the stage.\n\n"
                        + "\"I love you all,\" he said.",
                "Zorya Quill/PER", "Tom Vance/PER");
        assertEquals("Zorya Quill", quoteHolding(qs, "Here it comes").speaker());
        assertEquals("Tom Vance", quoteHolding(qs, "I love you all").speaker());
    }

    @Test
    void aPossessivePronounThatIsTheWholeMentionResolvesAsItsSubjectForm() {
        List<Quote> qs = resolve("Anna Berg met Tom Vance in Ohio. Mr. Vance then spoke. His claim that taxes would fall drew cheers.",
                "Anna Berg/PER", "Tom Vance/PER", "Ohio/LOC");
        Quote q = quoteHolding(qs, "taxes would fall");
        assertEquals("His", q.speakerMention());
        assertEquals("Tom Vance", q.speaker());
    }

    @Test
    void herCampaignIsTheCampaignTheArticleNamesAfterHer() {
        List<Quote> qs = resolve("The Berg campaign opened an office in Ohio. Anna Berg toured the office on Monday. "
                        + "Her campaign said the office would stay open.\n\n"
                        + "Tom Vance spoke for the union. His campaign said the strike would end.",
                "Anna Berg/PER", "Tom Vance/PER", "Ohio/LOC");
        Quote q = quoteHolding(qs, "the office would stay open");
        assertEquals("Berg campaign", q.speaker());
        assertEquals(SpeakerType.ORG, q.speakerType());
        assertNull(quoteHolding(qs, "the strike would end").speaker(), "the article names no campaign after Tom Vance");
    }

    @Test
    void aDocumentNamedAgainIsCreditedToTheMakerOfTheDocumentNamedBefore() {
        List<Quote> qs = resolve("Following a late meeting, the Lisbon Council issued a statement on the talks. "
                        + "The statement noted that the talks had failed.\n\n"
                        + "A survey by the Northfield Housing Office was published on Monday. The survey found that rents would rise.\n\n"
                        + "Tom Vance dismissed the report on Friday. The report said that the flats were unsafe.",
                "Lisbon Council/ORG", "Northfield Housing Office/ORG", "Tom Vance/PER");
        assertEquals("Lisbon Council", quoteHolding(qs, "the talks had failed").speaker());
        assertEquals("Northfield Housing Office", quoteHolding(qs, "rents would rise").speaker());
        assertNull(quoteHolding(qs, "the flats were unsafe").speaker(), "dismissing a report does not make it");
    }

    @Test
    void whichAfterAPossessedWorkIsItsOwnersAndDoesNotMakeThemTheSpeakerForAPronoun() {
        List<Quote> qs = resolve("Tom Vance spoke in Ohio on Monday. He cited Anna Berg's new book, which argued that cities would shrink. "
                        + "\"Nobody listened,\" he said.",
                "Tom Vance/PER", "Anna Berg/PER", "Ohio/LOC");
        Quote book = quoteHolding(qs, "cities would shrink");
        assertEquals("which", book.speakerMention());
        assertEquals("Anna Berg", book.speaker());
        assertEquals("Tom Vance", quoteHolding(qs, "Nobody listened").speaker());
    }

    @Test
    void aRoleOfSomeoneElseBeforeAFormOfAddressDoesNotTellThePersonsGender() {
        List<Quote> qs = resolve("\"It will be first-order business,\" said Tom Vance, the chairman of Mrs. Berg's campaign.\n\n"
                        + "But Mrs. Berg will face the same fire Mr. Quill has. He noted that the rules would stay.",
                "Tom Vance/PER", "Berg/PER", "Quill/PER");
        assertEquals("Quill", quoteHolding(qs, "the rules would stay").speaker());
    }

    @Test
    void aDocumentIsCreditedToItsMakerBeforeOrAfterIt() {
        String text = "A 46-page suicide analysis released by the Bramfield Veterans Office last month reveals just how swift the current is.";
        // The mention as the attribution tagger bounds it, with the time after the maker.
        List<Quote> qs = resolveWithMention(text, text.substring(2, text.indexOf(" reveals")), "Bramfield Veterans Office/ORG");
        assertEquals("Bramfield Veterans Office", quoteHolding(qs, "how swift the current is").speaker());
        List<Quote> db = resolve("Ray Osei is one of at least 707 people shot by police this year, according to a Tarnby Gazette database tracking such deaths.",
                "Tarnby Gazette/ORG", "Ray Osei/PER");
        assertEquals("Tarnby Gazette", quoteHolding(db, "707 people shot").speaker());
        // The maker, not the organisation whose data it read; a place makes no poll.
        List<Quote> by = resolve("An analysis of Tarnby Election Office data by Crowdlane found that donors gave less.",
                "Tarnby Election Office/ORG", "Crowdlane/ORG");
        assertEquals("Crowdlane", quoteHolding(by, "donors gave less").speaker());
        String polls = "Bramfield polls show that Vance leads.";
        assertNull(quoteHolding(resolveWithMention(polls, "Bramfield polls", "Bramfield/LOC", "Vance/PER"), "Vance leads").speaker());
    }

    @Test
    void aNameMadeAnAdjectiveByAHyphenIsNoSpeakerButAHyphenatedGivenNameIs() {
        String text = "An influential Bramfield-based newspaper reported that the mill would close.";
        List<Quote> qs = resolveWithMention(text, "An influential Bramfield-based newspaper", "Bramfield-based/MISC");
        assertNull(quoteHolding(qs, "the mill would close").speaker());
        List<Quote> ban = resolve("Secretary General Ban Ki-moon said the test was a brazen breach.", "Ban Ki-moon/PER");
        assertEquals("Ban Ki-moon", quoteHolding(ban, "brazen breach").speaker());
    }

    @Test
    void aCampaignIsAnOrganisationButItsManagerIsAPerson() {
        List<Quote> qs = resolveWithTags("The Vance campaign said the vote was close. Vance campaign manager Ray Osei said the count would take days.",
                null, java.util.Map.of("campaign", "NN", "manager", "NN"), "Vance/PER", "Ray Osei/PER");
        assertEquals("Vance campaign", quoteHolding(qs, "the vote was close").speaker());
        assertEquals("Ray Osei", quoteHolding(qs, "the count would take days").speaker());
        List<Quote> capitalised = resolveWithTags("Vance Communications Director Ann Lee said the count would take days.",
                null, java.util.Map.of("Communications", "NNP", "Director", "NNP"), "Vance/PER", "Ann Lee/PER");
        assertEquals("Ann Lee", quoteHolding(capitalised, "the count would take days").speaker());
        // No person after the title: the campaign is still who spoke.
        List<Quote> official = resolveWithTags("A Vance campaign official said the count would take days.",
                null, java.util.Map.of("campaign", "NN", "official", "NN"), "Vance/PER");
        assertEquals("Vance campaign", quoteHolding(official, "the count would take days").speaker());
    }

    @Test
    void aSentenceOpeningWithARoleKeepsItsHolderAsTheTopicForAPronoun() {
        String opening = "President Tom Vance spoke at the summit.\n\n"
                + "\"Our votes were never there,\" Senator Ray Osei said in an interview.\n\n";
        List<Quote> qs = resolve(opening + "In defeat, the president appeared cowed. He said the climate could wait.",
                "Tom Vance/PER", "Ray Osei/PER");
        assertEquals("Ray Osei", quoteHolding(qs, "Our votes were never there").speaker());
        assertEquals("Tom Vance", quoteHolding(qs, "the climate could wait").speaker());
        // As a possessor too: the president's roots are still about the president.
        List<Quote> possessor = resolve(opening + "The president's island roots came into play. He said the crops were withering.",
                "Tom Vance/PER", "Ray Osei/PER");
        assertEquals("Tom Vance", quoteHolding(possessor, "the crops were withering").speaker());
        // Only a role the article gave in every word: "the Vermont senator" is not Senator Osei of Ohio.
        List<Quote> other = resolve("Senator Ray Osei of Ohio spoke at the summit.\n\n"
                        + "\"Our votes were never there,\" Tom Vance said in an interview.\n\n"
                        + "The Vermont senator stayed home. He said the climate could wait.",
                "Tom Vance/PER", "Ray Osei/PER", "Ohio/LOC");
        assertEquals("Tom Vance", quoteHolding(other, "the climate could wait").speaker());
    }

    @Test
    void aQuoteBeforeButHeSaidThatIsNotHisAndWhatFollowsIsTheSubjectsOwn() {
        List<Quote> qs = resolve("Attorney General Ray Booker called for releasing the videos, saying that openness \"brings progress.\"\n\n"
                        + "Kent Pardy, the Bramfield police chief, said that the footage did not give \"definitive evidence,\""
                        + " but he said that other evidence \"supports what we have heard\" about the shooting.",
                "Ray Booker/PER", "Kent Pardy/PER", "Bramfield/LOC");
        Quote first = quoteHolding(qs, "the footage did not give");
        assertEquals("Kent Pardy", first.speaker());
        assertFalse(first.text().contains("other evidence"), first.text());
        assertEquals("Kent Pardy", quoteHolding(qs, "other evidence").speaker());
    }

    @Test
    void aRoleAfterAPlaceIsNotThatPlaceEvenWhenNerCallsItAPerson() {
        List<Quote> qs = resolve("An explosion that Mayor Bill de Blasio described as intentional hurt 29 people.\n\n"
                        + "At a press conference in Chelsea, the mayor also said that it was too early to tell.",
                "Mayor Bill de Blasio/PER", "Chelsea/PER");
        assertEquals("Bill de Blasio", quoteHolding(qs, "too early to tell").speaker());
    }

    @Test
    void aRelativePronounHangsOnTheObjectOfAPreposition() {
        List<Quote> qs = resolve("Obama has had a frosty relationship with McCorkle, now the majority leader, who in 2010 said the party's most important goal was to make Obama a \"one-term president.\"",
                "Obama/PER", "McCorkle/PER");
        assertEquals("McCorkle", quoteHolding(qs, "most important goal").speaker());
        List<Quote> paren = resolve("It worked, but Tom Vance (who said the ban was right) lost the vote.", "Tom Vance/PER");
        assertEquals("Tom Vance", quoteHolding(paren, "the ban was right").speaker());
    }

    @Test
    void peopleListedWithAppositionsSpeakTogether() {
        List<Quote> qs = resolve("Carl E. Brandt, Republican of Idaho, and Mark T. Lowry, Democrat of Maine, see the review as a chance to fix the program."
                        + " They sent a letter on Thursday to Senate leaders.\n\n\"The program must be reformed,\" they wrote.",
                "Carl E. Brandt/PER", "Mark T. Lowry/PER", "Idaho/LOC", "Maine/LOC", "Senate/ORG");
        assertEquals("Carl E. Brandt; Mark T. Lowry", quoteHolding(qs, "a chance to fix").speaker());
        assertEquals("Carl E. Brandt; Mark T. Lowry", quoteHolding(qs, "The program must be reformed").speaker());
    }

    @Test
    void aPluralTitleBeforePeopleWithPartyTagsIsNoName() {
        String text = "Sens. Ann Delacroix (D-Ore.), Tom Whitcombe (D-Ohio) and Ray Osei (D-N.J.) all suggested that the claims could ground a case.";
        List<Quote> qs = resolveWithMention(text, text.substring(0, text.indexOf(" all")), "Sens. Ann Delacroix/PER", "Tom Whitcombe/PER", "Ray Osei/PER");
        assertEquals("Ann Delacroix; Tom Whitcombe; Ray Osei", quoteHolding(qs, "the claims could ground a case").speaker());
    }

    @Test
    void countriesNamedTogetherSpeakTogether() {
        List<Quote> qs = resolve("At the meeting, France and Germany said that they would propose a permanent headquarters.",
                "France/LOC", "Germany/LOC");
        Quote q = quoteHolding(qs, "a permanent headquarters");
        assertEquals("France; Germany", q.speaker());
        assertEquals(SpeakerType.GROUP, q.speakerType());
    }

    @Test
    void aGroupNounFollowedByANameInAppositionIsThatPerson() {
        List<Quote> qs = resolve("One of the family's attorneys, Justin Bamberg, said the videos show Scott calmly leaving his car.",
                "Justin Bamberg/PER", "Scott/PER");
        assertEquals("Justin Bamberg", quoteHolding(qs, "calmly leaving").speaker());
    }

    @Test
    void aGenerationalSuffixIsPartOfTheName() {
        List<Quote> qs = resolve("\"It is absolutely wrong,\" Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.",
                "Vann R. Newkirk/PER", "The Atlantic/ORG");
        assertEquals("Vann R. Newkirk II", quoteHolding(qs, "absolutely wrong").speaker());
    }

    @Test
    void anOrganisationNounIsNotACapitalisedNounAlone() {
        List<Quote> qs = resolve("Customers got cards they never asked for.\n\nBank officials were angry.\n\nThe bank said that it had fired the employees.");
        assertNull(quoteHolding(qs, "fired the employees").speaker());
    }

    @Test
    void aPartyTagWithAStopBetweenNameAndCueStillAttributesTheQuote() {
        List<Quote> qs = resolve("The union and Gov. Ray Norden, who is running again, lined up behind him.\n\n"
                        + "\"He would be a great senator. One of the brightest members of the Congress,\" Rep. Elia Kamin (D-Md.) said in an interview.",
                "Ray Norden/PER", "Elia Kamin/PER");
        assertEquals("Elia Kamin", quoteHolding(qs, "a great senator").speaker());
    }

    @Test
    void aReportersQuestionBorrowsNoNeighboursName() {
        List<Quote> qs = resolve("\"We will win this state,\" Dana Pruitt said on Monday. Asked whether she would debate her rival, Pruitt smiled.",
                "Dana Pruitt/PER", "Pruitt/PER");
        assertEquals("Dana Pruitt", quoteHolding(qs, "We will win").speaker());
        Quote asked = quoteHolding(qs, "she would debate");
        assertEquals("asked-question", asked.rule());
        assertNull(asked.speaker());
    }
}
