package dev.quarry.quotes;

import dev.quarry.text.Lexicon;

import java.util.Set;

/**
 * The closed-class word lists the quote rules share, one resource file per concept under
 * {@code dev/quarry/quotes/words/} (each file says what its words are for). They are constants of
 * English, not settings: the learned lists (cues, broad cues, cue nouns) are {@link QuoteLexicons}.
 */
public final class QuoteWords {

    public static final Set<String> ADDRESSEE_DETERMINERS = load("addressee-determiners");
    public static final Set<String> ADJUNCT_PREPOSITIONS = load("adjunct-prepositions");
    public static final Set<String> ANSWER_WORDS = load("answer-words");
    public static final Set<String> AS_SAYING = load("as-saying");
    public static final Set<String> ASKED_INTRODUCERS = load("asked-introducers");
    public static final Set<String> ATTRIBUTION_ADJUNCTS = load("attribution-adjuncts");
    public static final Set<String> AUXILIARIES = load("auxiliaries");
    public static final Set<String> BE_FORMS = load("be-forms");
    public static final Set<String> BOUNDARY_WORDS = load("boundary-words");
    public static final Set<String> BROAD_NOT_REPORTING = load("broad-not-reporting");
    public static final Set<String> CLAUSE_COORDINATORS = load("clause-coordinators");
    public static final Set<String> CLAUSE_CUTS = load("clause-cuts");
    public static final Set<String> CLAUSE_OPENERS = load("clause-openers");
    public static final Set<String> CLOSING_PARTICLES = load("closing-particles");
    public static final Set<String> CONJOINED_CUTS = load("conjoined-cuts");
    public static final Set<String> CONTENT_CANNOT_START = load("content-cannot-start");
    public static final Set<String> CUE_PREPOSITIONS = load("cue-prepositions");
    public static final Set<String> DASHES = load("dashes");
    public static final Set<String> DETERMINERS = load("determiners");
    public static final Set<String> FINITE_BEFORE_THAT = load("finite-before-that");
    public static final Set<String> INFINITIVE_LEMMAS = load("infinitive-lemmas");
    public static final Set<String> INTRODUCTORY_OPENERS = load("introductory-openers");
    public static final Set<String> LEADING_FILLERS = load("leading-fillers");
    public static final Set<String> LIST_CONJUNCTIONS = load("list-conjunctions");
    public static final Set<String> MONTHS = load("months");
    public static final Set<String> NAME_OPENERS = load("name-openers");
    public static final Set<String> MAKING_VERBS = load("making-verbs");
    public static final Set<String> NAMING_LEMMAS = load("naming-lemmas");
    public static final Set<String> NOT_REPORTING = load("not-reporting");
    public static final Set<String> NOT_SEEMING_AFTER = load("not-seeming-after");
    public static final Set<String> PARTICLES = load("particles");
    public static final Set<String> PASSIVE_REPORT_ADVERBS = load("passive-report-adverbs");
    public static final Set<String> PASSIVE_REPORTS = load("passive-reports");
    public static final Set<String> POSSESSIVE_PRONOUNS = load("possessive-pronouns");
    public static final Set<String> POLL_NOUNS = load("poll-nouns");
    public static final Set<String> POSSESSIVE_OWNERS = load("possessive-owners");
    public static final Set<String> PREPOSITIONS_AFTER_CUE = load("prepositions-after-cue");
    public static final Set<String> PREPOSITIONS_BEFORE_PARTICIPLE = load("prepositions-before-participle");
    public static final Set<String> PREPOSITIONS = load("prepositions");
    public static final Set<String> QUESTION_OPENERS = load("question-openers");
    public static final Set<String> SEEMING = load("seeming");
    public static final Set<String> SPEAKER_OPENERS = load("speaker-openers");
    public static final Set<String> SPEAKER_STOPS_AFTER_CUE = load("speaker-stops-after-cue");
    public static final Set<String> SUBJECT_OPENERS = load("subject-openers");
    public static final Set<String> SUBJECT_PRONOUNS = load("subject-pronouns");
    public static final Set<String> SUBORDINATORS = load("subordinators");
    public static final Set<String> TELL_LEMMAS = load("tell-lemmas");
    public static final Set<String> TIME_WORDS = load("time-words");
    public static final Set<String> TIME_PREPOSITIONS = load("time-prepositions");
    public static final Set<String> TITLE_INTRODUCERS = load("title-introducers");
    public static final Set<String> WARNING_LEMMAS = load("warning-lemmas");

    private QuoteWords() {
    }

    private static Set<String> load(String name) {
        return Lexicon.load("/dev/quarry/quotes/words/" + name + ".txt").keys();
    }
}
