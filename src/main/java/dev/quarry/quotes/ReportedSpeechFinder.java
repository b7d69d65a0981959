package dev.quarry.quotes;

import dev.quarry.nlp.Lexicon;
import dev.quarry.nlp.AnnotatedArticle;
import dev.quarry.nlp.Sentence;
import dev.quarry.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech (no quotation marks needed) sentence by sentence, from a reporting cue:
 * <ul>
 *   <li>{@code X said (that) CONTENT}, {@code X told Y (that) CONTENT}, {@code X said on Tuesday that CONTENT};</li>
 *   <li>{@code CONTENT, X said.} and {@code CONTENT, said X.};</li>
 *   <li>{@code CONTENT, X said, CONTENT} (a parenthetical attribution);</li>
 *   <li>{@code According to X, CONTENT} and {@code CONTENT, according to X.};</li>
 *   <li>{@code ..., adding (that) CONTENT}, which takes the speaker of the sentence's earlier attribution;</li>
 *   <li>broad cues ({@code Trump criticized X for Y}, {@code She declined to comment}) from {@code broad-cues.txt},
 *       only with a subject;</li>
 *   <li>{@code X's claim that CONTENT}, {@code Asked whether CONTENT, ...}, headlines {@code Name: CONTENT} and
 *       {@code Name Says CONTENT}.</li>
 * </ul>
 * Speech cues come from {@code cues.tsv}; a cue inside a quotation, or already used by a direct quote,
 * is skipped. Content runs to the end of the sentence or to the end of its clause (see docs/quotes.md).
 */
final class ReportedSpeechFinder {

    /** A reported-speech attribution: offsets are end-exclusive; speaker offsets are -1 when unknown. */
    record Candidate(int contentStart, int contentEnd, int cueStart, int cueEnd, int speakerStart, int speakerEnd, int sentence,
                     boolean broad) {
        Candidate(int contentStart, int contentEnd, int cueStart, int cueEnd, int speakerStart, int speakerEnd, int sentence) {
            this(contentStart, contentEnd, cueStart, cueEnd, speakerStart, speakerEnd, sentence, false);
        }
    }

    private static final int MAX_SPEAKER_TOKENS = 10;
    private static final int MIN_CONTENT_WORDS = 3;
    private static final int MAX_SOURCE_TOKENS = 30;
    /** How far after the cue a "that" is taken for its complementizer ("said on Tuesday in a statement that"). */
    private static final int THAT_WINDOW = 13;
    /** Prepositions that open an adjunct of the cue ("said after the debate he ..."). */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("after", "before", "during", "on", "in", "at", "since", "following");
    /** Words that show a clause has begun before a later "that": a subject pronoun or a finite auxiliary. */
    private static final Set<String> FINITE_BEFORE_THAT = Set.of(
            "he", "she", "they", "we", "i", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
            "could", "should", "may", "might", "must", "does", "did");
    /** "Peter Hoekstra, a Michigan Republican who led the House Intelligence Committee, said". */
    private static final int MAX_APPOSITION_TOKENS = 24;
    private static final Set<String> TELL_LEMMAS = Set.of("tell", "warn", "assure", "inform", "remind", "promise", "advise");
    private static final Set<String> PREPOSITIONS_AFTER_CUE = Set.of("of", "against", "about");
    private static final Set<String> WARNING_LEMMAS = Set.of("warn", "caution");
    /** Lemmas whose content may be an infinitive: "pledged to enact reform". */
    private static final Set<String> INFINITIVE_LEMMAS = Set.of("pledge", "promise", "vow", "threaten", "agree", "claim", "urge");
    /** Lemmas that introduce a mixed quote but not reported speech ("called it a disaster"). */
    private static final Set<String> NOT_REPORTING = Set.of("call", "describe", "quote", "ask", "post", "continue");
    /** Of those, the ones PolNeAR still annotates as attributions ("called him divisive", "asked whether ..."). */
    private static final Set<String> BROAD_NOT_REPORTING = Set.of("call", "describe", "ask", "post", "continue");
    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "was", "is", "are", "were", "will", "would", "also", "later", "then", "again",
            "previously", "recently", "repeatedly", "publicly", "privately", "earlier", "once", "often", "never",
            "already", "still", "even", "just", "reportedly", "further", "did", "does", "do", "not", "n't", "may",
            "might", "could", "should", "can", "must", "been", "flatly", "simply", "separately", "originally",
            "instead", "however", "meanwhile", "too", "subsequently", "eventually", "ultimately", "now", "finally",
            "quickly", "first", "initially", "openly", "explicitly", "strongly", "long", "consistently", "widely",
            "'s", "'re", "steadily", "increasingly");
    private static final Set<String> BOUNDARY_WORDS = Set.of(
            "that", "and", "but", "when", "after", "because", "while", "as", "which", "where", "if", "so", "or",
            "although", "though", "since", "before", "until", "than", "whether", "what", "how", "why");
    private static final Set<String> CONTENT_CANNOT_START = Set.of(
            "to", "for", "about", "of", "in", "on", "at", "with", "by", "from", "during", "yes", "no", "so",
            "nothing", "something", "anything", "goodbye", "hello", "thanks", "sorry", "through", "into", "via",
            "as", "and", "or", "but", "while", "when", "after", "before", "last", "this", "next", "earlier", "later");

    /** After a comma, these open the writer's own clause more often than they go on with what was said (PolNeAR train). */
    private static final Set<String> CLAUSE_CUTS = Set.of("when", "according", "but", "while", "which", "although", "though", "where", "even");

    private final Lexicon cues;
    private final Lexicon broadCues;
    /** Broad cues taken only where the tagger calls them verbs ("Trump wants to ...", not "a call for"). */
    private final Lexicon verbCues = Lexicon.load(Lexicon.VERB_CUES);
    /** Noun cues and the words that may follow them ("claim" -- "that", "attacks" -- "on,against"). */
    private final Lexicon cueNouns = Lexicon.load(Lexicon.CUE_NOUNS);
    /** Words that are cues with the preposition after them ("pointed" -- "to"). */
    private final Lexicon phrasalCues = Lexicon.load(Lexicon.PHRASAL_CUES);

    ReportedSpeechFinder(Lexicon cues) {
        this(cues, Lexicon.load(Lexicon.BROAD_CUES));
    }

    ReportedSpeechFinder(Lexicon cues, Lexicon broadCues) {
        this.cues = cues;
        this.broadCues = broadCues;
    }

    List<Candidate> find(AnnotatedArticle article, List<Quote> direct) {
        List<Candidate> found = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = article.tokensIn(sentence.begin(), sentence.end());
            int end = contentEnd(tokens);
            Candidate headline = nameColon(article, tokens, sentence, end);
            if (headline == null) {
                headline = titleCaseHeadline(article, tokens, sentence, end);
            }
            if (headline != null && !overlapsDirect(headline, direct)) {
                found.add(headline);
                continue;
            }
            for (int c = 0; c < tokens.size(); c++) {
                Token token = tokens.get(c);
                if (insideOrCueOf(token, direct)) {
                    continue;
                }
                Candidate candidate = null;
                String w = Lexicon.normalise(token.text());
                if (w.equals("according") && c + 1 < tokens.size() && Lexicon.normalise(tokens.get(c + 1).text()).equals("to")) {
                    candidate = accordingTo(tokens, c, sentence, end);
                } else if (w.equals("asked") && (candidate = askedQuestion(tokens, c, sentence, end)) != null) {
                    // found: "Asked whether ..., X said", "when voters were asked who ..."
                } else if (Character.isLowerCase(token.text().charAt(0)) && followedByListed(cueNouns, tokens, c, end)) {
                    candidate = possessiveNoun(tokens, c, sentence, end);
                } else if (w.equals("reportedly") && (candidate = wholeClause(tokens, c, c, sentence, end)) != null) {
                    // found: "Trump reportedly told aides ..."
                } else if (SEEMING.contains(w) && Character.isLowerCase(token.text().charAt(0))
                        && (candidate = seeming(tokens, c, sentence, end)) != null) {
                    // found: "Sanders seemed to reap the benefits", "It appears that ..."
                } else if (PASSIVE_REPORTS.contains(w) && (candidate = passiveReport(tokens, c, sentence, end)) != null) {
                    // found: "The convention is expected to inject ...", "He is said to favour ..."
                } else if (isReportingCue(token)) {
                    candidate = fromCue(article, tokens, c, sentence, end, found, direct);
                } else if ((broadCues.contains(token.text()) || BROAD_NOT_REPORTING.contains(String.valueOf(cues.get(token.text()))))
                        && Character.isLowerCase(token.text().charAt(0))) {
                    candidate = fromBroadCue(tokens, c, sentence, end, found, false);
                }
                if (candidate == null && Character.isLowerCase(token.text().charAt(0)) && followedByListed(phrasalCues, tokens, c, end)) {
                    candidate = fromBroadCue(tokens, c, sentence, end, found, true);
                }
                if (candidate == null && verbCues.contains(w) && token.taggedVerb() && Character.isLowerCase(token.text().charAt(0))) {
                    candidate = fromBroadCue(tokens, c, sentence, end, found, false);
                }
                if (candidate != null && !overlapsDirect(candidate, direct)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    /** The word at {@code c} is in {@code lexicon} and the next word is one of those its entry lists ("attacks" -- "on,against"). */
    private static boolean followedByListed(Lexicon lexicon, List<Token> tokens, int c, int end) {
        String followers = lexicon.get(tokens.get(c).text());
        return followers != null && c + 1 < end
                && Arrays.asList(followers.split(",")).contains(Lexicon.normalise(tokens.get(c + 1).text()));
    }

    private boolean isReportingCue(Token token) {
        String lemma = cues.get(token.text());
        return lemma != null && !NOT_REPORTING.contains(lemma) && Character.isLowerCase(token.text().charAt(0));
    }

    private Candidate fromCue(AnnotatedArticle article, List<Token> tokens, int c, Sentence sentence, int end,
                              List<Candidate> earlier, List<Quote> direct) {
        Token cue = tokens.get(c);
        String lemma = cues.get(cue.text());
        // "He defended the campaign, saying ...": a participle after a comma has the main clause's subject,
        // found below, not the noun phrase right before it.
        boolean participleAfterComma = participleOfMainClause(tokens, c);
        int[] speaker = participleAfterComma ? null : speakerBefore(tokens, c);
        boolean commaBeforeSpeaker = speaker != null && speaker[0] > 0 && isComma(tokens.get(speaker[0] - 1).text());
        boolean commaRightBeforeCue = c > 0 && isComma(tokens.get(c - 1).text());
        int rest = wordsBetween(tokens, c + 1, end);

        // "In the long run, many economists say, this effect could ripple ...": a parenthetical attribution
        // inside one statement, however long the statement goes on after it.
        if (commaBeforeSpeaker && rest > 8) {
            int after = indexAfterSpeakerAndCue(tokens, c, tokenSpan(tokens, speaker));
            int contentStart = sentenceStartAfterLeadingQuote(tokens, sentence);
            int before = wordsBetweenOffsets(tokens, contentStart, tokens.get(speaker[0] - 1).begin());
            if (before >= 1 && after < end && tokens.get(after).text().equals(",")) {
                int[] speakerSpan = tokenSpan(tokens, speaker);
                return new Candidate(contentStart, tokens.get(end - 1).end(), cue.begin(), cue.end(),
                        speakerSpan[0], speakerSpan[1], sentence.index());
            }
        }
        // "CONTENT, X said." / "CONTENT, said X." -- the attribution closes the sentence. Not when what is
        // before the comma only introduces the sentence ("Despite the sheen, officials said they ...").
        boolean commaAfterCue = c + 1 < end && isComma(tokens.get(c + 1).text());
        if (rest <= 8 && (commaBeforeSpeaker || commaRightBeforeCue) && !(rest >= MIN_CONTENT_WORDS && !commaAfterCue
                && (introductoryBefore(tokens, sentence, c) || clauseFollows(tokens, c + 1, end)))) {
            int comma = commaRightBeforeCue ? c - 1 : speaker[0] - 1;
            int[] speakerSpan = commaRightBeforeCue ? speakerAfter(tokens, c + 1, end) : tokenSpan(tokens, speaker);
            if (commaRightBeforeCue && speakerSpan != null && c + 1 < end && !canOpenSpeaker(tokens.get(c + 1).text())) {
                speakerSpan = null; // "..., declared bankruptcy": an object, not an inverted speaker
            }
            int contentStart = sentenceStartAfterLeadingQuote(tokens, sentence);
            if (speakerSpan != null) {
                int before = wordsBetweenOffsets(tokens, contentStart, tokens.get(comma).begin());
                // 'may be "strategic," said X': a closing mark glued to the comma closes the content.
                int contentEnd = tokens.get(comma).text().equals(",") ? tokens.get(comma).begin() : tokens.get(comma).end();
                int after = indexAfterSpeakerAndCue(tokens, c, speakerSpan);
                // "The plan, he said, is dead" / "Trump, Sexton said, has created ...": content goes on after a second comma.
                // Not when what follows the comma is the attribution's own adjunct ("..., he said, on condition of anonymity").
                if (!commaRightBeforeCue && before >= 1 && after < tokens.size() && tokens.get(after).text().equals(",")
                        && wordsBetween(tokens, after + 1, end) >= MIN_CONTENT_WORDS
                        && !(after + 1 < end && ATTRIBUTION_ADJUNCTS.contains(Lexicon.normalise(tokens.get(after + 1).text())))) {
                    contentEnd = tokens.get(end - 1).end();
                    return new Candidate(contentStart, contentEnd, cue.begin(), cue.end(), speakerSpan[0], speakerSpan[1], sentence.index());
                }
                if (before >= MIN_CONTENT_WORDS) {
                    return new Candidate(contentStart, contentEnd, cue.begin(), cue.end(), speakerSpan[0], speakerSpan[1], sentence.index());
                }
            }
        }

        // "X said (on Tuesday) (that) CONTENT", "X told reporters (that) CONTENT".
        int from = c + 1;
        int that = -1;
        // "that" within a few words, past adverbials ("for the second debate that", "on Tuesday that").
        for (int k = c + 1; k < Math.min(end, c + THAT_WINDOW); k++) {
            Token t = tokens.get(k);
            String w = Lexicon.normalise(t.text());
            if (w.equals("that")) {
                that = k;
                break;
            }
            boolean participle = w.endsWith("ing") && w.length() > 4 && Character.isLowerCase(t.text().charAt(0));
            if (QuoteFinder.isPunctuation(t.text()) || isReportingCue(t) || QuoteFinder.containsQuoteMark(t.text()) || participle
                    || FINITE_BEFORE_THAT.contains(w)) {
                break; // "said some of the criticism is due to the fact that ...": that "that" is inside the content
            }
        }
        if (that > 0) {
            from = that;
        } else if (TELL_LEMMAS.contains(lemma)) {
            from = skipObject(tokens, c + 1, end);
        } else if (c + 1 < end && ADJUNCT_PREPOSITIONS.contains(Lexicon.normalise(tokens.get(c + 1).text()))) {
            // "Trump said after the convention he would not ...": the clause starts at its subject pronoun.
            for (int k = c + 2; k < Math.min(end, c + 9); k++) {
                String w = Lexicon.normalise(tokens.get(k).text());
                if (QuoteFinder.isPunctuation(tokens.get(k).text())) {
                    break;
                }
                if (SUBJECT_PRONOUNS.contains(w) && !w.equals("it")) {
                    from = k;
                    break;
                }
            }
        }
        // "warned of / against / about ...": the warning is what follows. ("writes about X" names a topic, not a claim.)
        if (from < end && that < 0 && WARNING_LEMMAS.contains(lemma)
                && PREPOSITIONS_AFTER_CUE.contains(Lexicon.normalise(tokens.get(from).text()))) {
            from++;
        }
        boolean infinitive = from < end && Lexicon.normalise(tokens.get(from).text()).equals("to") && INFINITIVE_LEMMAS.contains(lemma);
        if (from >= end) {
            return null;
        }
        end = contentEndFrom(tokens, from, end);
        if (speaker != null) {
            end = subordinateEnd(tokens, speaker[0], from, end);
        }
        if (wordsBetween(tokens, from, end) < MIN_CONTENT_WORDS) {
            return null;
        }
        Token first = tokens.get(from);
        boolean longNoYes = Set.of("no", "yes").contains(Lexicon.normalise(first.text())) && wordsBetween(tokens, from, end) >= 4;
        if (QuoteFinder.isPunctuation(first.text())
                || (CONTENT_CANNOT_START.contains(Lexicon.normalise(first.text())) && !infinitive && !longNoYes)) {
            return null;
        }
        int[] speakerSpan = speaker == null ? null : tokenSpan(tokens, speaker);
        boolean conjoined = c > 0 && Lexicon.normalise(tokens.get(c - 1).text()).equals("and");
        if (speakerSpan == null && (cue.text().endsWith("ing") || conjoined)) {
            // "..., adding that ..." / "... and said that ...": the speaker of this sentence's earlier
            // attribution, direct or reported.
            speakerSpan = earlierSpeaker(earlier, sentence);
            for (Quote q : direct) {
                if (speakerSpan == null && q.speakerStart() != null && q.speakerStart() >= sentence.begin()
                        && q.speakerEnd() <= cue.begin()) {
                    speakerSpan = new int[] {q.speakerStart(), q.speakerEnd()};
                }
            }
        }
        if (speakerSpan == null && (conjoined || participleAfterComma)) {
            speakerSpan = sentenceSubject(tokens, c);
        }
        // A speech cue whose subject was not found still attributes its content (PolNeAR counts it); the
        // resolver then credits the nearest speaker, and the confidence says the mention was missing.
        return new Candidate(first.begin(), tokens.get(end - 1).end(), cue.begin(), cue.end(),
                speakerSpan == null ? -1 : speakerSpan[0], speakerSpan == null ? -1 : speakerSpan[1], sentence.index());
    }

    /** A comma, or a comma glued to the closing mark of a quoted word before it (',"'). */
    private static boolean isComma(String token) {
        return token.equals(",") || (token.startsWith(",") && QuoteFinder.isPunctuation(token) && QuoteFinder.containsQuoteMark(token));
    }

    /** The sentence opens with an introductory phrase ("Noting ...", "Despite ...", "After the debate ..."). */
    private static boolean introductoryBefore(List<Token> tokens, Sentence sentence, int c) {
        for (int k = 0; k < c; k++) {
            String t = tokens.get(k).text();
            if (QuoteFinder.isPunctuation(t) || QuoteFinder.containsQuoteMark(t)) {
                continue;
            }
            String w = Lexicon.normalise(t);
            return INTRODUCTORY_OPENERS.contains(w) || (w.endsWith("ing") && w.length() > 4);
        }
        return false;
    }

    /** The cue is followed by a clause of its own: "said that ...", "said he ...". */
    private static boolean clauseFollows(List<Token> tokens, int from, int end) {
        if (from >= end) {
            return false;
        }
        String w = Lexicon.normalise(tokens.get(from).text());
        return w.equals("that") || (SUBJECT_PRONOUNS.contains(w) && !w.equals("it"));
    }

    /** Participles that report an unattributed expectation or rumour in "X is expected to ...". */
    private static final Set<String> PASSIVE_REPORTS = Set.of("expected", "said", "reported", "believed", "rumored", "rumoured", "alleged");
    private static final Set<String> PASSIVE_REPORT_ADVERBS = Set.of("not", "n't", "widely", "also", "now", "still", "generally", "initially", "originally");

    /**
     * "The convention is expected to inject $200 million": PolNeAR attributes the whole clause, subject
     * and cue included, to no named source.
     */
    private Candidate passiveReport(List<Token> tokens, int c, Sentence sentence, int end) {
        if (c + 1 >= end || !Lexicon.normalise(tokens.get(c + 1).text()).equals("to")) {
            return null;
        }
        int b = c - 1;
        while (b > 0 && PASSIVE_REPORT_ADVERBS.contains(Lexicon.normalise(tokens.get(b).text()))) {
            b--;
        }
        String be = b >= 0 ? Lexicon.normalise(tokens.get(b).text()) : "";
        if (b < 1 || !(BE_FORMS.contains(be) || be.equals("isn't") || be.equals("aren't") || be.equals("wasn't"))) {
            return null;
        }
        return wholeClause(tokens, b, c, sentence, end);
    }

    /** Verbs of seeming: "Sanders seemed to reap the benefits", "the Trump team appeared paralyzed". */
    private static final Set<String> SEEMING = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");
    /** After these, "appeared" is a verb of place or of publishing, not of seeming. */
    private static final Set<String> NOT_SEEMING_AFTER = Set.of(
            "on", "at", "in", "with", "before", "alongside", "onstage", "together", "as", "for", "during", "from", "live");

    /**
     * "Enthusiasm for Clinton appears to have plummeted": PolNeAR attributes the whole clause to no
     * named source; "It appears that ..." attributes the "that" clause.
     */
    private Candidate seeming(List<Token> tokens, int c, Sentence sentence, int end) {
        if (c + 1 >= end || c == 0) {
            return null;
        }
        String next = Lexicon.normalise(tokens.get(c + 1).text());
        if (next.equals("that") || next.equals("likely")) {
            int contentEnd = contentEndFrom(tokens, c + 1, end);
            if (wordsBetween(tokens, c + 2, contentEnd) < MIN_CONTENT_WORDS) {
                return null;
            }
            Token cue = tokens.get(c);
            return new Candidate(tokens.get(c + 1).begin(), tokens.get(contentEnd - 1).end(), cue.begin(), cue.end(), -1, -1, sentence.index());
        }
        if (NOT_SEEMING_AFTER.contains(next) || QuoteFinder.isPunctuation(tokens.get(c + 1).text())
                || Character.isUpperCase(tokens.get(c + 1).text().charAt(0))) {
            return null;
        }
        int b = c;
        while (b > 0 && (AUXILIARIES.contains(Lexicon.normalise(tokens.get(b - 1).text())) || adverb(tokens.get(b - 1).text()))) {
            b--;
        }
        return wholeClause(tokens, b, c, sentence, end);
    }

    /** The clause around a cue at {@code c} whose verb group starts at {@code b}: from its subject to its end. */
    private Candidate wholeClause(List<Token> tokens, int b, int c, Sentence sentence, int end) {
        int start = clauseStart(tokens, b);
        if (start >= b) {
            return null;
        }
        int contentEnd = subordinateEnd(tokens, start, c + 1, contentEndFrom(tokens, c + 1, end));
        if (wordsBetween(tokens, c + 1, contentEnd) < 1) {
            return null;
        }
        Token cue = tokens.get(c);
        return new Candidate(tokens.get(start).begin(), tokens.get(contentEnd - 1).end(), tokens.get(b).begin(), cue.end(),
                -1, -1, sentence.index());
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "but", "while", "although", "though", "because", "since", "that", "if", "whether", "as", "when", "and", "so", "yet", "where");

    /** Where the clause whose verb group starts at {@code b} begins: after the nearest comma, dash or conjunction before it. */
    private static int clauseStart(List<Token> tokens, int b) {
        int start = b;
        while (start > 0) {
            String t = tokens.get(start - 1).text();
            String w = Lexicon.normalise(t);
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("(") || DASH_TOKENS.contains(t) || CLAUSE_OPENERS.contains(w)) {
                break;
            }
            start--;
        }
        while (start < b && (QuoteFinder.isPunctuation(tokens.get(start).text()) || QuoteFinder.containsQuoteMark(tokens.get(start).text()))) {
            start++;
        }
        return start;
    }

    private static final Set<String> DASH_TOKENS = Set.of("-", "--", "\u2014", "\u2013", "\u2015");

    private static final int MAX_HEADLINE_NAME_TOKENS = 8;
    private static final Lexicon METADATA_LABELS = Lexicon.load(Lexicon.METADATA_LABELS);

    /**
     * A paragraph that opens with a capitalised name and a colon: headlines ("Clinton: I support D.C.
     * statehood", "Poll: Trump and Clinton hold narrow leads") and transcripts ("Q: ...", "PENCE: ...").
     * The colon is the cue; everything before it is the source.
     */
    private static Candidate nameColon(AnnotatedArticle article, List<Token> tokens, Sentence sentence, int end) {
        if (tokens.isEmpty() || tokens.get(0).begin() != article.paragraphs().get(sentence.paragraphIndex())[0]) {
            return null;
        }
        int colon = -1;
        for (int k = 0; k < Math.min(end, MAX_HEADLINE_NAME_TOKENS + 1); k++) {
            String t = tokens.get(k).text();
            if (t.equals(":")) {
                colon = k;
                break;
            }
            boolean capitalised = Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
            if (!capitalised && !t.equals(".") && !t.equals("(") && !t.equals(")") && !t.equals("-") && !isApostrophe(t)
                    && !t.equals("'s") && !t.equals("’s")) {
                return null;
            }
        }
        if (colon <= 0 || (colon == 1 && tokens.get(0).text().length() == 1) || wordsBetween(tokens, colon + 1, end) < 2 || QuoteFinder.containsQuoteMark(tokens.get(colon + 1).text())) {
            return null;
        }
        if (METADATA_LABELS.contains(article.text().substring(tokens.get(0).begin(), tokens.get(colon - 1).end()))) {
            return null; // "BYLINE: Amber Phillips"
        }
        return new Candidate(tokens.get(colon + 1).begin(), tokens.get(end - 1).end(), tokens.get(colon).begin(),
                tokens.get(colon).end(), tokens.get(0).begin(), tokens.get(colon - 1).end(), sentence.index());
    }

    private static final Set<String> PARTICLES = Set.of("up", "off", "down", "away", "back", "over", "out", "in");

    private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "what", "who", "why", "how", "when", "where", "which", "about");
    private static final Set<String> ASKED_INTRODUCERS = Set.of("when", "if", "as", "after", "once", "were", "was", "been", "being", "is", "are");

    /** "Asked whether he would ..., Johnson demurred": the question is attributed, its asker unnamed. */
    private Candidate askedQuestion(List<Token> tokens, int c, Sentence sentence, int end) {
        boolean opens = c == 0 || (c > 0 && ASKED_INTRODUCERS.contains(Lexicon.normalise(tokens.get(c - 1).text())));
        if (!opens || c + 1 >= end || !QUESTION_OPENERS.contains(Lexicon.normalise(tokens.get(c + 1).text()))) {
            return null;
        }
        int from = Lexicon.normalise(tokens.get(c + 1).text()).equals("about") ? c + 2 : c + 1;
        int to = from;
        while (to < end && !tokens.get(to).text().equals(",")) {
            to++;
        }
        if (to <= from) {
            return null;
        }
        Token cue = tokens.get(c);
        return new Candidate(tokens.get(from).begin(), tokens.get(to - 1).end(), cue.begin(), cue.end(), -1, -1, sentence.index());
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my");

    /**
     * "Trump's claim that CONTENT", "her attacks on CONTENT": the possessor is the speaker; without one
     * there is no attribution. A preposition after the noun belongs to the cue, "that" to the content.
     */
    private Candidate possessiveNoun(List<Token> tokens, int c, Sentence sentence, int end) {
        int p = c - 1;
        if (p >= 0 && POSSESSIVE_PRONOUNS.contains(Lexicon.normalise(tokens.get(p).text()))) {
            int from = Lexicon.normalise(tokens.get(c + 1).text()).equals("that") ? c + 1 : c + 2;
            int contentEnd = contentEndFrom(tokens, from, end);
            if (from >= end || wordsBetween(tokens, from, contentEnd) < 1 || QuoteFinder.isPunctuation(tokens.get(from).text())) {
                return null;
            }
            Token cue = tokens.get(c);
            return new Candidate(tokens.get(from).begin(), tokens.get(contentEnd - 1).end(), cue.begin(),
                    tokens.get(from - 1).end(), tokens.get(p).begin(), tokens.get(p).end(), sentence.index());
        }
        if (p < 1 || !(tokens.get(p).text().equals("'s") || tokens.get(p).text().equals("\u2019s"))) {
            if (p >= 0 && (tokens.get(p).text().endsWith("'s") || tokens.get(p).text().endsWith("\u2019s"))
                    && tokens.get(p).text().length() > 2) {
                p++; // the tokenizer kept "Trump's" whole
            } else {
                return null;
            }
        }
        int nameEnd = p - 1;
        int nameStart = nameEnd;
        while (nameStart > 0 && Character.isUpperCase(tokens.get(nameStart - 1).text().charAt(0)) && nameEnd - nameStart < 4) {
            nameStart--;
        }
        String last = tokens.get(nameEnd).text();
        if (!Character.isUpperCase(last.charAt(0)) && !Set.of("his", "her", "their", "its").contains(Lexicon.normalise(last))) {
            return null;
        }
        boolean that = Lexicon.normalise(tokens.get(c + 1).text()).equals("that");
        int from = that ? c + 1 : c + 2;
        if (from >= end) {
            return null;
        }
        int contentEnd = contentEndFrom(tokens, from, end);
        if (that ? wordsBetween(tokens, from + 1, contentEnd) < MIN_CONTENT_WORDS : wordsBetween(tokens, from, contentEnd) < 1) {
            return null;
        }
        Token cue = tokens.get(c);
        int speakerEnd = p < c ? tokens.get(p).end() : tokens.get(nameEnd).end();
        return new Candidate(tokens.get(from).begin(), tokens.get(contentEnd - 1).end(), cue.begin(), cue.end(),
                tokens.get(nameStart).begin(), speakerEnd, sentence.index());
    }

    /** "Glenn Beck Says Trump, 'Alt Right' Pose A Threat": a headline in title case with a capitalised cue. */
    private Candidate titleCaseHeadline(AnnotatedArticle article, List<Token> tokens, Sentence sentence, int end) {
        if (tokens.isEmpty() || tokens.get(0).begin() != article.paragraphs().get(sentence.paragraphIndex())[0]) {
            return null;
        }
        int words = 0;
        int capitalised = 0;
        for (int k = 0; k < end; k++) {
            String t = tokens.get(k).text();
            if (!QuoteFinder.isPunctuation(t)) {
                words++;
                if (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))) {
                    capitalised++;
                }
            }
        }
        if (words < 4 || capitalised < 0.7 * words) {
            return null;
        }
        for (int c = 1; c < Math.min(end - 2, 8); c++) {
            String t = tokens.get(c).text();
            if (!Character.isUpperCase(t.charAt(0)) || QuoteFinder.isPunctuation(tokens.get(c - 1).text())) {
                continue;
            }
            String lemma = cues.get(t);
            boolean cue = (lemma != null && !NOT_REPORTING.contains(lemma)) || broadCues.contains(t);
            if (cue && t.endsWith("s") && wordsBetween(tokens, c + 1, end) >= 2) {
                Token cueToken = tokens.get(c);
                return new Candidate(tokens.get(c + 1).begin(), tokens.get(end - 1).end(), cueToken.begin(), cueToken.end(),
                        tokens.get(0).begin(), tokens.get(c - 1).end(), sentence.index());
            }
        }
        return null;
    }

    /** Prepositions that belong to a broad cue ("railed against", "talked about"): content starts after them. */
    private static final Set<String> CUE_PREPOSITIONS = Set.of("about", "against", "of", "with", "on", "at", "to", "for");

    /**
     * A stance, plan or judgement: "Trump criticized X for Y", "She declined to comment", "..., calling
     * it a disgrace". Content is what follows the cue up to the clause's end; without a subject (or the
     * main clause's, for a participle after a comma) there is no attribution. With {@code phrasal}, the cue
     * is the word and the preposition after it ("called for", "referring to"). The candidate is marked broad.
     */
    private Candidate fromBroadCue(List<Token> tokens, int c, Sentence sentence, int end, List<Candidate> earlier, boolean phrasal) {
        Token cue = tokens.get(c);
        boolean participleAfterComma = participleOfMainClause(tokens, c);
        if (c > 0 && Lexicon.normalise(tokens.get(c - 1).text()).equals("to")) {
            return null; // "Asked to describe the device": an infinitive, not a finite cue
        }
        String next = c + 1 < end ? Lexicon.normalise(tokens.get(c + 1).text()) : "";
        if (("continue".equals(cues.get(cue.text())) && next.equals("to")) || next.startsWith("delegate")) {
            return null; // "Ethiopia continues to occupy ...", "pledged delegates": not attributions
        }
        int[] speakerSpan;
        int[] subject = null;
        if (participleAfterComma) {
            speakerSpan = earlierSpeaker(earlier, sentence);
            if (speakerSpan == null) {
                speakerSpan = sentenceSubject(tokens, c);
            }
        } else if (cue.text().endsWith("ing") && !(c > 0 && BE_FORMS.contains(Lexicon.normalise(tokens.get(c - 1).text())))) {
            return null; // "the growing calls": not a cue of its own, unlike "Trump is promising"
        } else if (!cue.text().endsWith("ing") && c > 0 && (BE_FORMS.contains(Lexicon.normalise(tokens.get(c - 1).text()))
                || Lexicon.normalise(tokens.get(c - 1).text()).equals("being"))) {
            return null; // passive: "he was criticized by libertarians" -- the subject did not say it
        } else {
            subject = speakerBefore(tokens, c);
            // "The attacks on ...": an article alone starts a noun phrase; it names no speaker (a possessive,
            // "his", does). PolNeAR still counts such a stance as an attribution, with no source.
            boolean bareDeterminer = subject != null && subject[0] == subject[1]
                    && DETERMINERS.contains(Lexicon.normalise(tokens.get(subject[0]).text()));
            speakerSpan = subject == null || !canOpenSpeaker(tokens.get(subject[0]).text()) ? null
                    : bareDeterminer ? new int[] {-1, -1} : tokenSpan(tokens, subject);
        }
        if (speakerSpan == null) {
            return null;
        }
        int from = c + 1;
        if (phrasal) {
            from = c + 2;
        } else if (from < end && Lexicon.normalise(tokens.get(from).text()).equals("that")) {
            from++;
        } else if (from < end && CUE_PREPOSITIONS.contains(Lexicon.normalise(tokens.get(from).text()))
                && !Lexicon.normalise(tokens.get(from).text()).equals("to")) {
            from++;
        }
        if (from >= end || QuoteFinder.isPunctuation(tokens.get(from).text())
                || PARTICLES.contains(Lexicon.normalise(tokens.get(from).text()))) {
            return null; // "showed up", "called off": a phrasal verb, not a cue
        }
        int contentEnd = contentEndFrom(tokens, from, end);
        if (subject != null) {
            contentEnd = subordinateEnd(tokens, subject[0], from, contentEnd);
        }
        contentEnd = objectEnd(tokens, from, contentEnd);
        if (wordsBetween(tokens, from, contentEnd) < 1) {
            return null;
        }
        return new Candidate(tokens.get(from).begin(), tokens.get(contentEnd - 1).end(), cue.begin(),
                phrasal ? tokens.get(c + 1).end() : cue.end(), speakerSpan[0], speakerSpan[1], sentence.index(), true);
    }

    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "some", "many");

    /** Words that open an adjunct of the attribution itself after "X said,": "on condition of anonymity", "in an interview". */
    private static final Set<String> ATTRIBUTION_ADJUNCTS = Set.of(
            "on", "in", "at", "during", "after", "before", "from", "with", "by", "speaking", "adding", "noting", "citing",
            "according", "referring", "while", "when", "as");

    /**
     * Where a stance's object ends: "endorsed Trump last week and has appeared ...": a finite verb after
     * "and" or "but" (an adverb may stand between) goes on with the main clause's subject.
     */
    private static int objectEnd(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            String w = Lexicon.normalise(tokens.get(k).text());
            if ((w.equals("and") || w.equals("but")) && k + 1 < end && (finiteVerb(tokens.get(k + 1))
                    || (k + 2 < end && adverb(tokens.get(k + 1).text()) && finiteVerb(tokens.get(k + 2))))) {
                return trimPunctuation(tokens, from, k);
            }
        }
        return end;
    }

    /** Conjunctions that make the attribution a subordinate clause: "While Ramos said ..., he ...". */
    private static final Set<String> SUBORDINATORS = Set.of(
            "while", "although", "though", "as", "because", "if", "when", "since", "after", "before", "once", "until",
            "unless", "whereas", "whether");

    /**
     * Where the content of a subordinate or relative attribution ends: "While he said he'd hold a
     * hearing, it's unlikely ..." and "Podesta, who said the project was vetted, said ..." end at the
     * comma that returns to the main clause.
     */
    private static int subordinateEnd(List<Token> tokens, int speakerStart, int from, int end) {
        String first = Lexicon.normalise(tokens.get(speakerStart).text());
        boolean relative = (first.equals("who") || first.equals("which")) && speakerStart > 0 && isComma(tokens.get(speakerStart - 1).text());
        boolean subordinate = speakerStart > 0 && SUBORDINATORS.contains(Lexicon.normalise(tokens.get(speakerStart - 1).text()));
        if (!relative && !subordinate) {
            return end;
        }
        for (int k = from + 1; k < end; k++) {
            if (isComma(tokens.get(k).text())) {
                return tokens.get(k).text().equals(",") ? trimPunctuation(tokens, from, k) : k + 1;
            }
        }
        return end;
    }

    private static Candidate accordingTo(List<Token> tokens, int c, Sentence sentence, int end) {
        Token according = tokens.get(c);
        Token to = tokens.get(c + 1);
        int k = c + 2;
        int speakerFrom = k;
        // Sources of "according to" run long ("early results of exit polls conducted by Edison Research
        // for the Associated Press"): up to the next comma or dash.
        while (k < end && (!QuoteFinder.isPunctuation(tokens.get(k).text()) || isApostrophe(tokens.get(k).text()))
                && k - speakerFrom < MAX_SOURCE_TOKENS) {
            k++;
        }
        if (k == speakerFrom || (k < end && !QuoteFinder.isPunctuation(tokens.get(k).text()))) {
            return null;
        }
        int speakerStart = tokens.get(speakerFrom).begin();
        int speakerEnd = tokens.get(k - 1).end();
        int first = 0;
        while (first < c && QuoteFinder.isPunctuation(tokens.get(first).text())) {
            first++;
        }
        int contentStart;
        int contentEnd;
        boolean commaAfterSource = k < end && tokens.get(k).text().equals(",");
        if (c == first) {
            // "According to X, CONTENT."
            if (!commaAfterSource || wordsBetween(tokens, k + 1, end) < MIN_CONTENT_WORDS) {
                return null;
            }
            contentStart = tokens.get(k + 1).begin();
            contentEnd = tokens.get(end - 1).end();
        } else {
            // "CONTENT, according to X." and "CONTENT, according to X, CONTENT." (the attribution interrupts
            // one statement, which then runs over the whole sentence).
            int before = c;
            while (before > first && QuoteFinder.isPunctuation(tokens.get(before - 1).text())) {
                before--;
            }
            if (before == c && !tokens.get(c - 1).text().equals(",")) {
                return null; // "... varies according to the season": not an attribution
            }
            if (wordsBetween(tokens, first, before) < MIN_CONTENT_WORDS && !(commaAfterSource
                    && wordsBetween(tokens, k + 1, end) >= MIN_CONTENT_WORDS)) {
                return null;
            }
            contentStart = tokens.get(first).begin();
            contentEnd = tokens.get(before - 1).end();
            if (commaAfterSource && wordsBetween(tokens, k + 1, end) >= MIN_CONTENT_WORDS) {
                contentEnd = tokens.get(end - 1).end();
            }
        }
        return new Candidate(contentStart, contentEnd, according.begin(), to.end(), speakerStart, speakerEnd, sentence.index());
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");

    /** The speaker of this sentence's latest attribution found so far, or null. */
    private static int[] earlierSpeaker(List<Candidate> earlier, Sentence sentence) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Candidate e = earlier.get(i);
            if (e.sentence() == sentence.index() && e.speakerStart() >= 0) {
                return new int[] {e.speakerStart(), e.speakerEnd()};
            }
        }
        return null;
    }

    /** "..., saying ..." and "... before saying ...": the participle's subject is the main clause's. */
    private static boolean participleOfMainClause(List<Token> tokens, int c) {
        if (!tokens.get(c).text().endsWith("ing") || c == 0) {
            return false;
        }
        String before = Lexicon.normalise(tokens.get(c - 1).text());
        return before.equals(",") || QuoteFinder.PREPOSITIONS_BEFORE_PARTICIPLE.contains(before);
    }

    /** The sentence's subject for "X did this and said that ...": its first pronoun or capitalised run. */
    private static int[] sentenceSubject(List<Token> tokens, int limit) {
        int start = 0;
        // "In June, the senator ...", "Chastened, Trump revised ...": the subject follows an opening phrase.
        String opener = tokens.isEmpty() ? "" : Lexicon.normalise(tokens.get(0).text());
        if (INTRODUCTORY_OPENERS.contains(opener) || opener.endsWith("ed") || opener.endsWith("ing")) {
            for (int k = 1; k < Math.min(limit, 14); k++) {
                if (tokens.get(k).text().equals(",")) {
                    start = k + 1;
                    break;
                }
            }
        }
        for (int k = start; k < Math.min(limit, start + 8); k++) {
            String t = tokens.get(k).text();
            String w = Lexicon.normalise(t);
            if (TIME_NOUNS.contains(w) || MONTHS.contains(w)) {
                continue;
            }
            if (SUBJECT_PRONOUNS.contains(w)) {
                return new int[] {tokens.get(k).begin(), tokens.get(k).end()};
            }
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !CONTENT_CANNOT_START.contains(w)
                    && !BOUNDARY_WORDS.contains(w) && !w.equals("the") && !AUXILIARIES.contains(w) && !w.endsWith("ing")) {
                int j = k;
                while (j + 1 < limit && !tokens.get(j + 1).text().isEmpty() && Character.isUpperCase(tokens.get(j + 1).text().charAt(0))) {
                    j++;
                }
                return new int[] {tokens.get(k).begin(), tokens.get(j).end()};
            }
        }
        return null;
    }

    private static boolean isApostrophe(String token) {
        return token.equals("'") || token.equals("\u2019");
    }

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "be", "'s", "'re");
    private static final Set<String> INTRODUCTORY_OPENERS = Set.of(
            "in", "on", "at", "after", "before", "during", "while", "when", "as", "since", "despite", "with", "without",
            "for", "unlike", "like", "although", "though", "because", "if", "last", "earlier", "later", "speaking",
            "asked", "meanwhile", "still", "instead", "however", "now", "then", "by", "from", "under", "over");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec");
    private static final Set<String> TIME_NOUNS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
            "weekend", "morning", "afternoon", "evening", "night", "today", "yesterday", "spring", "summer", "fall", "winter");
    private static final Set<String> TIME_OPENERS = Set.of("this", "last", "on", "next", "earlier", "later", "that", "in", "during");
    private static final Set<String> SPEAKER_OPENERS = Set.of(
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
            "some", "many", "most", "all", "both", "one", "two", "three", "several", "few", "other", "others",
            "another", "each", "every", "no", "none", "he", "she", "they", "we", "i", "you", "it", "who", "which",
            "officials", "experts", "analysts", "critics", "supporters", "democrats", "republicans", "people",
            "voters", "economists", "lawmakers", "researchers", "residents", "police", "prosecutors", "investigators",
            "sources", "aides", "advisers", "officers", "scientists", "polls", "studies", "reports", "documents");

    /** A speaker mention starts with a name, a pronoun, a determiner or a plural noun of people, not "is widely". */
    private static boolean canOpenSpeaker(String token) {
        return Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0))
                || SPEAKER_OPENERS.contains(Lexicon.normalise(token));
    }

    /** Token indexes [from, to] of the subject right before the cue, or null. */
    private static int[] speakerBefore(List<Token> tokens, int c) {
        int to = c - 1;
        while (to >= 0 && (AUXILIARIES.contains(Lexicon.normalise(tokens.get(to).text())) || adverb(tokens.get(to).text()))) {
            to--;
        }
        // "Reince Priebus, the GOP chairman, this past week announced": a time phrase is not the speaker.
        if (to >= 1 && TIME_NOUNS.contains(Lexicon.normalise(tokens.get(to).text()))) {
            int p = to - 1;
            while (p >= 0 && to - p <= 3 && !TIME_OPENERS.contains(Lexicon.normalise(tokens.get(p).text()))) {
                p--;
            }
            if (p >= 0 && to - p <= 3 && (p == 0 || QuoteFinder.isPunctuation(tokens.get(p - 1).text()))) {
                to = p - 1;
            }
        }
        if (to > 0 && tokens.get(to).text().endsWith(")")) {
            // "Sen. Elizabeth Warren (D-MA) said": the party tag belongs to the name before it. The
            // tokenizer may keep "(R-S.C.)" whole or split it, so the brackets are found by their text.
            int open = to;
            while (open > 0 && to - open <= MAX_APPOSITION_TOKENS && !tokens.get(open).text().startsWith("(")) {
                open--;
            }
            if (open > 0 && tokens.get(open).text().startsWith("(")) {
                int[] name = speakerBefore(tokens, open);
                return name == null ? null : new int[] {name[0], to};
            }
        }
        if (to > 0 && tokens.get(to).text().equals(",")) {
            // "Whitfield, now 88, said": step over the apposition to the name before it.
            int open = to - 1;
            while (open > 0 && to - open <= MAX_APPOSITION_TOKENS && !tokens.get(open).text().equals(",")) {
                open--;
            }
            if (open > 0 && tokens.get(open).text().equals(",") && open < to - 1) {
                to = open - 1;
            }
        }
        if (to < 0 || QuoteFinder.isPunctuation(tokens.get(to).text())) {
            return null;
        }
        String adjacent = Lexicon.normalise(tokens.get(to).text());
        if (adjacent.equals("who") || adjacent.equals("which") || adjacent.equals("that") && to > 0
                && !QuoteFinder.isPunctuation(tokens.get(to - 1).text())) {
            return new int[] {to, to}; // "X, who said ...": the relative pronoun is the local mention
        }
        if (BOUNDARY_WORDS.contains(adjacent)) {
            return null; // "... and said that": the subject is further back; see fromCue
        }
        int from = to;
        while (from > 0) {
            Token previous = tokens.get(from - 1);
            String w = Lexicon.normalise(previous.text());
            if (QuoteFinder.isPunctuation(previous.text()) || BOUNDARY_WORDS.contains(w) || to - from + 1 >= MAX_SPEAKER_TOKENS) {
                break;
            }
            from--;
        }
        String first = Lexicon.normalise(tokens.get(from).text());
        if (BOUNDARY_WORDS.contains(first) || CONTENT_CANNOT_START.contains(first) && !first.equals("this")) {
            return null;
        }
        // Shared with direct quotes: drop trailing auxiliaries and time phrases ("X on Tuesday said").
        return QuoteFinder.trimSpeaker(tokens, from, to);
    }

    /** The noun phrase after an inverted cue ("..., said Jane Doe, a spokeswoman."): offsets, or null. */
    private static int[] speakerAfter(List<Token> tokens, int from, int end) {
        int to = from - 1;
        for (int k = from; k < end && k - from < MAX_SPEAKER_TOKENS; k++) {
            Token t = tokens.get(k);
            if (QuoteFinder.isPunctuation(t.text()) || BOUNDARY_WORDS.contains(Lexicon.normalise(t.text()))
                    || CONTENT_CANNOT_START.contains(Lexicon.normalise(t.text()))) {
                break;
            }
            if (AUXILIARIES.contains(Lexicon.normalise(t.text()))) {
                return null; // "..., said she was honoured" is a clause, not a speaker
            }
            to = k;
        }
        return to < from ? null : new int[] {tokens.get(from).begin(), tokens.get(to).end()};
    }

    private static int indexAfterSpeakerAndCue(List<Token> tokens, int c, int[] speakerOffsets) {
        int k = c + 1;
        while (k < tokens.size() && tokens.get(k).end() <= Math.max(speakerOffsets[1], tokens.get(c).end())) {
            k++;
        }
        return k;
    }

    /** After "told": skip the addressee ("reporters", "the BBC", "him", "CNN's Jake Tapper"). */
    private static int skipObject(List<Token> tokens, int from, int end) {
        if (from >= end) {
            return from;
        }
        int k = from;
        String w = Lexicon.normalise(tokens.get(k).text());
        if (Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my").contains(w)) {
            k++;
        }
        if (k < end && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            while (k < end && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                k++;
            }
            return k;
        }
        return Math.min(end, k + 1);
    }

    private static int[] tokenSpan(List<Token> tokens, int[] indexes) {
        return indexes == null ? null : new int[] {tokens.get(indexes[0]).begin(), tokens.get(indexes[1]).end()};
    }

    /** Index one past the sentence's last content token (its final punctuation excluded). */
    private static int contentEnd(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && QuoteFinder.isPunctuation(tokens.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    /**
     * Where content that starts at token {@code from} ends: at the sentence end, or earlier at a dash
     * or at a trailing clause that is the writer's, not the speaker's (", echoing ...", ", when ...").
     */
    int contentEndFrom(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            String t = tokens.get(k).text();
            // 'they were "very worried." In Virginia, ...': a full stop inside a closing quote ends the
            // sentence even where the sentence detector went on.
            if ((t.equals(".") || t.equals("?") || t.equals("!")) && k + 2 < end
                    && QuoteFinder.containsQuoteMark(tokens.get(k + 1).text())
                    && Character.isUpperCase(tokens.get(k + 2).text().charAt(0))) {
                return k + 2;
            }
            if ((t.equals(".") || t.equals("?") || t.equals("!")) && k + 1 < end
                    && Character.isUpperCase(tokens.get(k + 1).text().charAt(0)) && !abbreviation(tokens.get(k - 1).text())) {
                return k;
            }
            // The same with the mark glued to the stop: 'could go." Neither ...'.
            if (t.length() > 1 && ".?!".indexOf(t.charAt(0)) >= 0 && QuoteFinder.isPunctuation(t) && QuoteFinder.containsQuoteMark(t)
                    && k + 1 < end && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))) {
                return k + 1;
            }
            // "... said that X and said that Y": the second cue starts an attribution of its own.
            if (Lexicon.normalise(t).equals("and") && k + 1 < end && cues.contains(tokens.get(k + 1).text())
                    && Character.isLowerCase(tokens.get(k + 1).text().charAt(0))) {
                return trimPunctuation(tokens, from, k);
            }
            if (DASH_TOKENS.contains(t)) {
                return trimPunctuation(tokens, from, k);
            }
            // "that he would offer a prayer but did not suggest ...": a verb right after "but" shares the
            // main clause's subject, not the content's.
            if (CONJOINED_CUTS.contains(Lexicon.normalise(t)) && k + 1 < end && finiteVerb(tokens.get(k + 1))) {
                return trimPunctuation(tokens, from, k);
            }
            if (t.equals(",") && k + 1 < end) {
                String next = tokens.get(k + 1).text();
                String w = Lexicon.normalise(next);
                boolean participle = w.endsWith("ing") && Character.isLowerCase(next.charAt(0)) && w.length() > 4
                        && !w.equals("including");
                if (participle || CLAUSE_CUTS.contains(w)) {
                    return trimPunctuation(tokens, from, k);
                }
            }
        }
        return end;
    }

    private static final Set<String> CONJOINED_CUTS = Set.of("but");

    private static boolean finiteVerb(Token token) {
        return token.pos() != null && (token.pos().equals("VBD") || token.pos().equals("VBZ") || token.pos().equals("VBP"));
    }

    /** "has aggressively supported": a lower-case -ly word between subject and cue is an adverb, not the subject. */
    private static boolean adverb(String token) {
        return token.length() > 4 && token.endsWith("ly") && Character.isLowerCase(token.charAt(0))
                && !token.equals("family") && !token.equals("ally") && !token.equals("italy");
    }

    /** "Sen." or "Gov." split from its full stop: a short capitalised word is taken for an abbreviation, not a sentence end. */
    private static boolean abbreviation(String token) {
        return token.length() <= 4 && Character.isUpperCase(token.charAt(0));
    }

    private static int trimPunctuation(List<Token> tokens, int from, int k) {
        while (k > from + 1 && QuoteFinder.isPunctuation(tokens.get(k - 1).text())) {
            k--;
        }
        return k;
    }

    /** The sentence start, skipping leading punctuation. */
    private static int sentenceStartAfterLeadingQuote(List<Token> tokens, Sentence sentence) {
        for (Token t : tokens) {
            if (!QuoteFinder.isPunctuation(t.text())) {
                return t.begin();
            }
        }
        return sentence.begin();
    }

    private static int wordsBetween(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (!QuoteFinder.isPunctuation(tokens.get(k).text())) {
                n++;
            }
        }
        return n;
    }

    private static int wordsBetweenOffsets(List<Token> tokens, int begin, int end) {
        int n = 0;
        for (Token t : tokens) {
            if (t.begin() >= begin && t.end() <= end && !QuoteFinder.isPunctuation(t.text())) {
                n++;
            }
        }
        return n;
    }

    private static boolean insideOrCueOf(Token token, List<Quote> direct) {
        for (Quote q : direct) {
            // A mixed fragment's cue stays open: the reported clause around the fragment is the quote.
            if (q.type() == QuoteType.DIRECT && q.cueStart() != null && q.cueStart() == token.begin()) {
                return true;
            }
            for (int[] piece : q.pieces()) {
                if (token.begin() >= piece[0] && token.end() <= piece[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A candidate that is mostly one direct quote is that quote, already found. */
    private static boolean overlapsDirect(Candidate c, List<Quote> direct) {
        int length = c.contentEnd() - c.contentStart();
        for (Quote q : direct) {
            if (q.type() != QuoteType.DIRECT) {
                continue;
            }
            int overlap = Math.min(c.contentEnd(), q.end()) - Math.max(c.contentStart(), q.start());
            if (overlap > 0.6 * length) {
                return true;
            }
        }
        return false;
    }
}
