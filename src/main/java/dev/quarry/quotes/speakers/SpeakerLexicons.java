package dev.quarry.quotes.speakers;

import dev.quarry.quotes.SpeakerType;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Token;

import java.util.List;
import java.util.Set;

/** The word lists speaker resolution reads, loaded once per resolver. */
final class SpeakerLexicons {

    final Lexicon pronouns;
    final Lexicon titles;
    final Lexicon nameStopwords;
    final Lexicon organisationWords;
    final Lexicon genderWords;
    final Lexicon givenNames;
    final Lexicon groupNouns;
    /** Parties and nationalities ("Democratic", "Russian"): a role's qualifier. */
    final Lexicon affiliations;
    /** Documents, data and recordings ("analysis", "poll"): a source credited to its maker. */
    final Lexicon documentNouns;
    /** Verbs of saying ({@code cues.tsv}): "Mr. Obama said" makes Mr. Obama the one speaking. */
    final Lexicon speechCues;
    private final CapitalisedNames capitalisedNames;

    SpeakerLexicons() {
        this.pronouns = Lexicon.load(Lexicon.PRONOUNS);
        this.titles = Lexicon.load(Lexicon.TITLES);
        this.speechCues = Lexicon.load(Lexicon.CUES);
        this.nameStopwords = Lexicon.load(Lexicon.NAME_STOPWORDS);
        this.organisationWords = Lexicon.load(Lexicon.ORGANISATION_WORDS);
        this.genderWords = Lexicon.load("/dev/quarry/quotes/gender-words.tsv");
        this.givenNames = Lexicon.load(Lexicon.GIVEN_NAMES);
        this.groupNouns = Lexicon.load("/dev/quarry/quotes/group-nouns.txt");
        this.affiliations = Lexicon.load("/dev/quarry/entities/affiliation-words.txt");
        this.documentNouns = Lexicon.load("/dev/quarry/quotes/document-nouns.txt");
        this.capitalisedNames = new CapitalisedNames(titles, nameStopwords);
    }

    CapitalisedNames capitalisedNames() {
        return capitalisedNames;
    }

    /**
     * A capitalised name's type: ORG when a word of it is an organisation word ("Reuters"), PERSON
     * when a person's title introduces it or it has two words or more, else OTHER.
     */
    SpeakerType typeOfCapitalised(String name, Set<String> roles) {
        for (String w : name.split("\\s+")) {
            if (organisationWords.contains(w)) {
                return SpeakerType.ORG;
            }
        }
        boolean personRole = roles.stream().anyMatch(titles::contains);
        return personRole || name.contains(" ") ? SpeakerType.PERSON : SpeakerType.OTHER;
    }

    /**
     * Whether a one-word name is only an organisation noun ("Bank", "Police"), which names no one on
     * its own; a word that is one organisation's name ("CNN", "Congress") is not.
     */
    boolean bareOrganisationNoun(String name) {
        return organisationWords.contains(name) && !"name".equals(organisationWords.get(name));
    }

    /** The gender of a word ("she", "Mrs.", "spokeswoman"), UNKNOWN for any other. */
    Gender genderOfWord(String word) {
        String g = genderWords.get(word);
        return g == null ? Gender.UNKNOWN : g.equals("male") ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * A person's gender from the article: forms of address before its mentions ("Mrs. Clinton"),
     * gendered roles ("spokeswoman"), and its given name; UNKNOWN when nothing tells or the
     * evidence disagrees.
     */
    Gender genderOf(AnnotatedArticle article, Referent r) {
        if (!r.person()) {
            return Gender.UNKNOWN;
        }
        boolean male = false;
        boolean female = false;
        List<Token> tokens = article.tokens();
        for (NameMention m : r.mentions) {
            // A form of address right before the name or opening the mention: "Mrs. Clinton".
            int first = article.firstTokenAtOrAfter(m.begin());
            for (int k = Math.max(0, first - 1); k <= first && k < tokens.size(); k++) {
                String w = tokens.get(k).text();
                if (titles.contains(w)) {
                    male |= genderOfWord(w) == Gender.MALE;
                    female |= genderOfWord(w) == Gender.FEMALE;
                }
            }
        }
        for (String w : r.roleWords) {
            Gender g = genderOfWord(w);
            male |= g == Gender.MALE;
            female |= g == Gender.FEMALE;
        }
        String given = r.name.split("\\s+")[0];
        String byName = givenNames.get(given);
        if (byName != null && !male && !female && r.name.contains(" ")) {
            return byName.equals("male") ? Gender.MALE : Gender.FEMALE;
        }
        return male == female ? Gender.UNKNOWN : male ? Gender.MALE : Gender.FEMALE;
    }
}
