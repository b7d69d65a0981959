package dev.quarry.quotes.speakers;

import dev.quarry.entities.EntityMention;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteWords;
import dev.quarry.quotes.SpeakerType;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves each quote's speaker mention to a referent of the article (an entity of the
 * {@code entities} grouping, or a capitalised name the NER missed), never to a bare neighbouring
 * string. The speaker column is then the referent's canonical name and {@code speaker_entity_id} its id.
 *
 * <ul>
 *   <li>A mention that names someone resolves to the name at its head: a person before an
 *       organisation ("White House spokesman Josh Earnest"), not a possessor ("Obama's former
 *       strategist") nor a name after "of" or "for" ("a spokeswoman for the coalition").</li>
 *   <li>A role or a place in apposition to a person resolves to that person ("Michael Mulgrew,
 *       president of the union, said"; "Johnnie Wilson, of Springfield, Va., said").</li>
 *   <li>A person pronoun resolves only to a person whose gender agrees ({@link PronounAntecedent}).</li>
 *   <li>"It" and an organisation noun ("the bank") resolve only to organisations.</li>
 *   <li>A person role ("the president") resolves to the person the article gave that role, else to
 *       the salient person.</li>
 *   <li>Several people named together ("Mr. Grassley and Mr. Leahy") are the speaker together
 *       ({@link JointSpeakers}); "they" after them is all of them.</li>
 *   <li>"I" outside a quotation is the writer, when the article signs itself ("By Ann Lee", or a
 *       closing "Ann Lee is a playwright ...").</li>
 *   <li>A generic group ("analysts", "Education officials") is credited as the group, typed GROUP.</li>
 *   <li>A document named again ("The statement noted ...") is credited to the maker the article gave
 *       it ({@link DocumentMakers}).</li>
 *   <li>"his" or "her" alone resolves as "he" or "she"; "her campaign" is the campaign the article
 *       names after that person.</li>
 *   <li>A quote with no mention (a "floating" quote) takes the speaker of the nearest attributed quote
 *       in its paragraph, or of the last one before.</li>
 * </ul>
 */
public final class SpeakerResolver {

    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "whom");
    /**
     * A possessive pronoun of a person that is a whole speaker mention stands for whom its subject
     * form would. "Their" and "its" are left out: as owners of a cue noun ("some Republicans
     * reaffirmed their opposition") they stand for groups more often than for the last speaker.
     */
    private static final java.util.Map<String, String> POSSESSIVE_SUBJECTS = java.util.Map.of("his", "he", "her", "she");

    private final SpeakerLexicons lexicons;

    public SpeakerResolver() {
        this.lexicons = new SpeakerLexicons();
    }

    /** An earlier quote's resolved speaker, where the quote stands. */
    record Said(int position, int paragraph, Referent referent) {
    }

    /** Resolution without NER: names come from capitalisation alone. */
    public List<Quote> resolve(AnnotatedArticle article, List<Quote> quotes) {
        return resolve(article, quotes, List.of());
    }

    public List<Quote> resolve(AnnotatedArticle article, List<Quote> quotes, List<EntityMention> entities) {
        ArticleReferents referents = ArticleReferents.of(article, entities, lexicons);
        ArticleContext context = ArticleContext.of(article, referents, quotes, lexicons);
        List<Quote> resolved = new ArrayList<>(quotes.size());
        List<Said> said = new ArrayList<>();
        for (Quote given : quotes) {
            Quote q = PronounContraction.trim(article.text(), given);
            Quote r = q;
            if (q.hasSpeakerMention()) {
                Found found = resolveMention(context, q, said);
                if (found == null) {
                    r = q.withSpeaker(null, null, q.confidence() * 0.5);
                } else {
                    Referent ref = found.referent();
                    r = q.withSpeaker(found.name(), found.id(), found.type(), q.confidence() * found.confidence());
                    if (!ref.fromNer) {
                        ref.spoke = true;
                    }
                    if (found.speaking()) {
                        said.add(new Said(context.position(q), article.paragraphIndexAt(context.position(q)), ref));
                    }
                }
            }
            resolved.add(SourceApposition.extend(article, r));
        }
        return FloatingQuotes.borrowSpeakers(article, resolved);
    }

    /** What a mention resolved to: a referent, or an organisation written as name and noun ("the Clinton campaign"). */
    record Found(Referent referent, String name, String id, SpeakerType type, double confidence, boolean speaking) {
        Found(Referent referent, String name, String id, SpeakerType type, double confidence) {
            this(referent, name, id, type, confidence, true);
        }

        static Found of(Referent r, double confidence) {
            return new Found(r, r.name, r.id, r.type, confidence);
        }

        /** Credited as the source, without becoming the speaker a later pronoun may stand for. */
        static Found owner(Referent r, double confidence) {
            return new Found(r, r.name, r.id, r.type, confidence, false);
        }
    }

    private Found resolveMention(ArticleContext c, Quote q, List<Said> said) {
        Span mention = new Span(q.speakerStart(), q.speakerEnd());
        List<Token> tokens = c.article().tokensIn(mention.begin(), mention.end());
        if (tokens.size() == 1 && (lexicons.pronouns.contains(tokens.get(0).text()) || POSSESSIVE_SUBJECTS.containsKey(tokens.get(0).lower()))) {
            // "His promises to stick it to the rich": the possessor is the source, resolved as "he" would be.
            return resolvePronoun(c, q, tokens.get(0), said);
        }
        if (tokens.size() == 2 && POSSESSIVE_SUBJECTS.containsKey(tokens.get(0).lower()) && MentionHead.GROUP_NOUNS.contains(tokens.get(1).lower())) {
            Found campaign = campaignOf(c, q, tokens, said);
            if (campaign != null) {
                return campaign;
            }
        }
        if (tokens.size() == 1 && tokens.get(0).lower().equals("which")) {
            // "Jared Diamond's 2005 best seller, which explored ...": a work's content is its author's.
            Referent owner = possessorBeforeComma(c, tokens.get(0));
            if (owner != null) {
                return Found.owner(owner, 0.8);
            }
        }
        if (!tokens.isEmpty() && RELATIVE_PRONOUNS.contains(tokens.get(0).lower())) {
            // "Mr. Kamin, who emphasized ...": the person the relative clause hangs on.
            Referent person = c.appositive(mention, q, true);
            return person == null ? null : Found.of(person, 0.9);
        }
        Referent joint = JointSpeakers.of(c, q, mention);
        if (joint != null) {
            return Found.of(joint, 1.0);
        }
        MentionHead head = MentionHead.of(c, mention, tokens);
        if (head != null && head.organisationNoun() != null) {
            Referent r = head.name().referent();
            String name = head.nameText() + " " + head.organisationNoun();
            return new Found(r, name, Quote.entityId(q.articleId(), name), SpeakerType.ORG, 1.0);
        }
        if (head != null && head.name().referent().person()) {
            return Found.of(head.name().referent(), 1.0);
        }
        boolean roleHeaded = tokens.stream().anyMatch(t -> lexicons.titles.contains(t.text()));
        if (head == null || head.name().referent().place || roleHeaded && head.afterPreposition()) {
            Referent person = c.appositive(mention, q, false);
            if (person != null) {
                return Found.of(person, 0.9);
            }
        }
        if (head != null && !head.afterPreposition()) {
            Referent r = head.name().referent();
            if (r.type == SpeakerType.ORG && lexicons.organisationWords.contains(r.name.toLowerCase(Locale.ROOT))) {
                // "Police say", tagged as a name: the force the article names, as for "police say".
                Referent named = new RoleNounResolution(c, lexicons).namedByNoun(q, r.name.toLowerCase(Locale.ROOT));
                if (named != null) {
                    return Found.of(named, 1.0);
                }
            }
            return Found.of(r, 1.0);
        }
        if (head != null && madeOrStaffedBy(tokens, head)) {
            return Found.of(head.name().referent(), 0.9);
        }
        if (head == null) {
            // A span running past its subject ("for criminal behavior, she"): the pronoun in it.
            for (Token t : tokens) {
                if (lexicons.pronouns.contains(t.text()) && !t.lower().equals("i")) {
                    return resolvePronoun(c, q, t, said);
                }
            }
        }
        List<String> words = lowerWords(tokens);
        if (head == null) {
            Referent named = c.namedAfter(mention);
            if (named != null) {
                return Found.of(named, 0.9); // "one of the family's attorneys, Justin Bamberg, said"
            }
        }
        if (head == null && !words.isEmpty() && lexicons.groupNouns.contains(words.get(words.size() - 1))) {
            // "Analysts", "Education officials": a generic group, credited as the group.
            String group = words.get(words.size() - 1);
            Said last = c.lastSaid(said, q, 2);
            if (tokens.get(0).lower().equals("the") && last != null && last.referent().name.contains("; ")) {
                return Found.of(last.referent(), 0.8); // "the senators", after "Mr. Grassley and Mr. Leahy said"
            }
            return Found.of(new Referent(Quote.entityId(q.articleId(), group), group, SpeakerType.GROUP, false, false), 0.8);
        }
        Referent maker = new DocumentMakers(c).makerOf(mention, tokens);
        if (maker != null) {
            return Found.of(maker, 0.8); // "The statement noted ...", after "the Security Council issued a statement"
        }
        Referent role = new RoleNounResolution(c, lexicons).resolve(q, tokens, said);
        return role == null ? null : Found.of(role, 0.85);
    }

    private Found resolvePronoun(ArticleContext c, Quote q, Token pronoun, List<Said> said) {
        String form = POSSESSIVE_SUBJECTS.getOrDefault(pronoun.lower(), pronoun.lower());
        String kind = lexicons.pronouns.get(form);
        if (form.equals("i")) {
            // Outside a quotation "I" is the writer: named only when the article signs itself.
            Referent writer = c.writer();
            return writer == null ? null : Found.of(writer, 0.8);
        }
        if ("neuter".equals(kind)) {
            Referent org = new RoleNounResolution(c, lexicons).organisation(q, null, said);
            return org == null ? null : Found.of(org, 0.8);
        }
        if ("plural".equals(kind)) {
            Said last = c.lastSaid(said, q, 2);
            if (last != null) {
                return Found.of(last.referent(), 0.8);
            }
        }
        Referent person = new PronounAntecedent(c).find(q, pronoun.begin(), lexicons.genderOfWord(pronoun.text()), said);
        return person == null ? null : Found.of(person, 0.9);
    }

    /** How many tokens the noun phrase before ", which" may have. */
    private static final int OWNED_PHRASE_TOKENS = 6;

    /**
     * The person or organisation whose possessive opens the noun phrase right before ", which"
     * ("Jared Diamond's 2005 best seller, which ..."), or null.
     */
    private static Referent possessorBeforeComma(ArticleContext c, Token which) {
        List<Token> all = c.article().tokens();
        int k = c.article().firstTokenAtOrAfter(which.begin()) - 1;
        if (k < 1 || !all.get(k).text().equals(",")) {
            return null;
        }
        int from = k - 1;
        while (from > 0 && k - from < OWNED_PHRASE_TOKENS && !all.get(from - 1).punctuation()
                && all.get(from - 1).sentenceIndex() == which.sentenceIndex()
                && !QuoteWords.PREPOSITIONS.contains(all.get(from - 1).lower())) {
            from--;
        }
        for (NameMention m : c.referents().overlapping(new Span(all.get(from).begin(), all.get(k - 1).end()))) {
            Referent r = m.referent();
            if (m.possessive() && r.maker()) {
                return r;
            }
        }
        return null;
    }

    /**
     * "her campaign": the campaign of the person "she" would be, when the article names a campaign (or
     * team) after that person ("the Clinton campaign"); "his campaign" right after a spokesman spoke
     * is the candidate's, not the spokesman's, so any other owner gives null.
     */
    private Found campaignOf(ArticleContext c, Quote q, List<Token> tokens, List<Said> said) {
        Found owner = resolvePronoun(c, q, tokens.get(0), said);
        if (owner == null || !owner.referent().person()) {
            return null;
        }
        String[] words = owner.referent().name.split("\\s+");
        String name = words[words.length - 1] + " " + tokens.get(1).lower();
        if (!c.article().text().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Found(owner.referent(), name, Quote.entityId(q.articleId(), name), SpeakerType.ORG, owner.confidence());
    }

    /**
     * Whether the name after a preposition is who the mention stands for: the maker of a document
     * ("an analysis released by the Department of Veterans Affairs", "data from the American Community
     * Survey") or the organisation whose staff speak ("officials at Homeland Security Investigations").
     * A place is neither ("officials in Ohio").
     */
    private boolean madeOrStaffedBy(List<Token> tokens, MentionHead head) {
        Referent r = head.name().referent();
        if (r.place || !(r.type == SpeakerType.ORG || r.type == SpeakerType.PERSON || r.type == SpeakerType.OTHER)) {
            return false;
        }
        for (Token t : tokens) {
            if (t.begin() >= head.name().begin()) {
                break;
            }
            if (lexicons.documentNouns.contains(t.text()) || r.type == SpeakerType.ORG && lexicons.groupNouns.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cased words of a token list, for role matching. */
    static List<String> lowerWords(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            String w = Lexicon.normalise(t.text()).replaceAll("'s$", "");
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !QuoteWords.DETERMINERS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
