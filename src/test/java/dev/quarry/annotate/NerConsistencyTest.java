package dev.quarry.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NerConsistencyTest {

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    private static List<String> labels(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void aPhraseTakesItsMajorityTypeAndUntaggedRepeatsAreTagged() {
        List<List<String>> tokens = List.of(
                words("Hapoel Haifa beat Maccabi ."),
                words("Hapoel Haifa lead the table ."),
                words("Fans of Hapoel Haifa cheered ."),
                words("Hapoel Haifa 's coach left ."));
        List<List<String>> in = List.of(
                labels("B-ORG I-ORG O B-ORG O"),
                labels("B-ORG I-ORG O O O O"),
                labels("O O O O O O"),
                labels("B-LOC I-LOC O O O O"));
        List<List<String>> out = NerConsistency.apply(tokens, in);
        assertEquals(labels("O O B-ORG I-ORG O O"), out.get(2), "an untagged repeat takes the phrase's type");
        assertEquals(labels("B-ORG I-ORG O O O O"), out.get(3), "the minority type gives way");
        assertEquals(in.get(0), out.get(0));
    }

    @Test
    void aSurnameAloneJoinsThePersonButLowercaseWordsAreLeftAlone() {
        List<List<String>> tokens = List.of(words("Defence Minister Kim Yong-hyun spoke ."), words("Later Kim said the troops would stay ."),
                words("the kim family"));
        List<List<String>> in = List.of(labels("O O B-PER I-PER O O"), labels("O O O O O O O O"), labels("O O O"));
        List<List<String>> out = NerConsistency.apply(tokens, in);
        assertEquals(labels("O O O O O O O O"), out.get(1), "'Kim' is not the last word of 'Kim Yong-hyun'");
        List<List<String>> tokens2 = List.of(words("Ana Petrova spoke ."), words("Petrova said no ."), words("the petrova file"));
        List<List<String>> out2 = NerConsistency.apply(tokens2, List.of(labels("B-PER I-PER O O"), labels("O O O O"), labels("O O O")));
        assertEquals(labels("B-PER O O O"), out2.get(1));
        assertEquals(labels("O O O"), out2.get(2));
    }

    @Test
    void aSurnameTaggedAsAPlaceBecomesThePersonAndCapitalisedHeadlinesFollowTheText() {
        List<List<String>> tokens = List.of(words("CLINTON VISITS JAPAN"), words("Bill Clinton arrived in Japan ."),
                words("Clinton met Hashimoto ."));
        List<List<String>> in = List.of(labels("O O O"), labels("B-PER I-PER O O B-LOC O"), labels("B-LOC O B-PER O"));
        List<List<String>> out = NerConsistency.apply(tokens, in);
        assertEquals(labels("B-PER O B-PER O"), out.get(2), "'Clinton' in a document about Bill Clinton");
        assertEquals(labels("B-PER O B-LOC"), out.get(0), "the headline's capitals name the same entities");
    }

    @Test
    void aKnownNameTakesItsListedTypeWhateverTheTagger() {
        List<List<String>> tokens = List.of(
                words("Pyongyang 's soldiers were seen by Politico ."),
                words("South Korea’s minister spoke ."),
                words("Pyongyang Zoo opened ."));
        List<List<String>> in = List.of(
                labels("B-ORG O O O O O B-LOC O"),
                labels("B-MISC I-MISC O O O"),
                labels("B-ORG I-ORG O O"));
        List<List<String>> out = NerConsistency.withKnownNames(tokens, in);
        assertEquals(labels("B-LOC O O O O O B-ORG O"), out.get(0));
        assertEquals(labels("B-LOC I-LOC O O O"), out.get(1), "a possessive kept inside the token is looked through");
        assertEquals(in.get(2), out.get(2), "only a chunk that is exactly the name changes");
    }

    @Test
    void anUntaggedWordBetweenATitleAndAPersonJoinsTheName() {
        List<List<String>> tokens = List.of(words("Librarian June Park said so ."));
        List<List<String>> out = NerConsistency.withKnownNames(tokens, List.of(labels("O O B-PER O O O")));
        assertEquals(labels("O B-PER I-PER O O O"), out.get(0));
        out = NerConsistency.withKnownNames(tokens, List.of(labels("B-MISC O B-PER O O O")));
        assertEquals(labels("O B-PER I-PER O O O"), out.get(0), "a title tagged as a name of its own is let go");
    }

    @Test
    void aPossessiveSurnameKeptWholeByTheTokenizerIsThePersonToo() {
        // "Scott's", one token, tagged LOC or ORG or nothing, in an article about Keith Lamont Scott and Rakeyia Scott.
        List<List<String>> tokens = List.of(words("Keith Lamont Scott was shot ."), words("Rakeyia Scott can be heard ."),
                words("Scott's family spoke ."), words("the video of Scott's hands ."), words("Scott’s car stopped ."));
        List<List<String>> in = List.of(labels("B-PER I-PER I-PER O O O"), labels("B-PER I-PER O O O O"),
                labels("B-LOC O O O"), labels("O O O B-ORG O O"), labels("O O O O"));
        List<List<String>> out = NerConsistency.apply(tokens, in);
        assertEquals(labels("B-PER O O O"), out.get(2));
        assertEquals(labels("O O O B-PER O O"), out.get(3));
        assertEquals(labels("B-PER O O O"), out.get(4));
        assertEquals(labels("B-PER I-PER O O O O"), out.get(1));
    }

    @Test
    void aFullNameTaggedAsSomethingElseIsThePersonItsSurnameNamesAlone() {
        List<List<String>> tokens = List.of(words("Bernie Kovalenko offered advice ."), words("Kovalenko said so ."),
                words("Kovalenko added more ."), words("Ford Kovalenko Trust"));
        List<List<String>> in = List.of(labels("B-ORG I-ORG O O O"), labels("B-PER O O O"), labels("B-PER O O O"),
                labels("B-ORG I-ORG I-ORG"));
        List<List<String>> out = NerConsistency.apply(tokens, in);
        assertEquals(labels("B-PER I-PER O O O"), out.get(0), "'Bernie' is a given name and 'Kovalenko' alone a person");
        assertEquals(in.get(3), out.get(3), "an organisation that does not open with a given name stays one");
        List<List<String>> tokens3 = List.of(words("Bill Review’s Ian Kovalenko wrote ."), words("Kovalenko said so ."));
        List<List<String>> in3 = List.of(labels("B-ORG I-ORG I-ORG I-ORG O O"), labels("B-PER O O O"));
        assertEquals(in3, NerConsistency.apply(tokens3, in3), "an owner's possessive inside: not one name");
        List<List<String>> tokens2 = List.of(words("Bernie Kovalenko offered advice ."), words("Kovalenko Industries said so ."));
        List<List<String>> in2 = List.of(labels("B-ORG I-ORG O O O"), labels("B-ORG I-ORG O O O"));
        assertEquals(in2, NerConsistency.apply(tokens2, in2), "without the surname alone as a person, the tagger's type stands");
    }

    @Test
    void theFirstWordsOfAPersonsFullNameAreThatFamilysName() {
        List<List<String>> tokens = List.of(words("Tin Maw Aye Lwin visited ."), words("the daughter of Tin Maw , the general"),
                words("Tin Maw Road"));
        List<List<String>> in = List.of(labels("B-PER I-PER I-PER I-PER O O"), labels("O O O B-LOC I-LOC O O O"),
                labels("B-LOC I-LOC I-LOC"));
        List<List<String>> out = NerConsistency.apply(tokens, in);
        assertEquals(labels("O O O B-PER I-PER O O O"), out.get(1));
        assertEquals(in.get(2), out.get(2), "a longer place that begins with the name is not the name");
    }
}
