package dev.quarry.quotes.speakers;

import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteWords;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.List;
import java.util.Set;

/**
 * One article as speaker resolution reads it: its text, referents and quotes, and the questions the
 * resolution steps ask of them (is this mention inside a quotation, is it a subject, who stands in
 * apposition).
 */
record ArticleContext(AnnotatedArticle article, ArticleReferents referents, List<Span> quotePieces, Set<NameMention> quoted,
                      SpeakerLexicons lexicons) {

    /**
     * The context of one article; which names stand inside a quotation is worked out here once,
     * since every pronoun and role asks it of every earlier name.
     */
    static ArticleContext of(AnnotatedArticle article, ArticleReferents referents, List<Quote> quotes, SpeakerLexicons lexicons) {
        List<Span> pieces = quotes.stream().flatMap(q -> q.pieces().stream()).toList();
        Set<NameMention> quoted = new java.util.HashSet<>();
        for (NameMention m : referents.mentions()) {
            if (pieces.stream().anyMatch(piece -> piece.contains(m.span()))) {
                quoted.add(m);
            }
        }
        return new ArticleContext(article, referents, pieces, quoted, lexicons);
    }

    /** Whether offset {@code at} lies inside the content of one of the article's quotes. */
    boolean inQuoteContent(int at) {
        return quotePieces.stream().anyMatch(piece -> piece.begin() <= at && at < piece.end());
    }

    /** Words after which a name starts a clause, so it can be the subject of what follows. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "and", "but", "or", "so", "then", "that",
            "who", "where", "--", "\u2014", "\u2013", "(", "said", "says");

    /** Where a quote's attribution stands: its mention or its content, whichever comes first. */
    int position(Quote q) {
        return q.speakerStart() == null ? q.start() : Math.min(q.start(), q.speakerStart());
    }

    /** Whether {@code m} lies inside the content of one of the article's quotes. */
    boolean inQuoteContent(NameMention m) {
        return quoted.contains(m);
    }

    /**
     * Whether a name can be the subject of its clause: what comes before it, past titles and
     * capitalised words ("White House spokesman Josh Earnest"), opens a clause or the sentence, and
     * it is not a possessor.
     */
    boolean subjectLike(NameMention m) {
        return subject(m, false);
    }

    /** Whether a subject-like name is followed at once by a verb of saying ("..., Mr. Obama said in an interview."). */
    boolean speaks(NameMention m) {
        if (!subjectLike(m)) {
            return false;
        }
        int next = article.firstTokenAtOrAfter(m.end());
        if (next >= article.tokens().size()) {
            return false;
        }
        Token t = article.tokens().get(next);
        return t.sentenceIndex() == article.sentenceIndexAt(m.begin()) && lexicons.speechCues.contains(t.lower());
    }

    /**
     * Whether a name is the subject its sentence opens with: nothing but titles, capitalised words or
     * an opening quotation mark before it ("Mr. Obama said ...", not "... his wife, Hillary Clinton").
     */
    boolean opensSentence(NameMention m) {
        return subject(m, true);
    }

    private boolean subject(NameMention m, boolean sentenceStartOnly) {
        if (m.possessive()) {
            return false;
        }
        List<Token> tokens = article.tokens();
        int first = article.firstTokenAtOrAfter(m.begin());
        if (first >= tokens.size()) {
            return false;
        }
        int sentence = tokens.get(first).sentenceIndex();
        int k = first - 1;
        boolean titled = false;
        while (k >= 0 && tokens.get(k).sentenceIndex() == sentence) {
            Token t = tokens.get(k);
            boolean title = lexicons.titles.contains(t.text());
            // "the former president": its determiner and adjectives belong to the title.
            boolean titleModifier = titled && (QuoteWords.DETERMINERS.contains(t.lower()) || t.pos() != null && t.pos().startsWith("JJ"));
            if (!(title || titleModifier || t.capitalised() && !t.quoteMark())) {
                break;
            }
            titled |= title;
            k--;
        }
        if (k < 0 || tokens.get(k).sentenceIndex() != sentence) {
            return true;
        }
        if (sentenceStartOnly) {
            return false;
        }
        Token before = tokens.get(k);
        String w = Lexicon.normalise(before.text());
        if (before.quoteMark() || CLAUSE_OPENERS.contains(w) || QuoteWords.SUBORDINATORS.contains(w)) {
            return true;
        }
        String pos = before.pos();
        if (pos != null) {
            return !(pos.startsWith("IN") || pos.startsWith("TO") || pos.startsWith("VB") || pos.startsWith("DT")
                    || pos.startsWith("PRP$") || pos.equals("POS") || pos.startsWith("JJ") || pos.startsWith("NN"));
        }
        return !QuoteWords.PREPOSITIONS.contains(w) && !QuoteWords.DETERMINERS.contains(w);
    }

    /**
     * The person a mention stands in apposition to: a person named earlier in the same sentence,
     * followed by a comma, with no quotation between ("Michael Mulgrew, president of the union,";
     * "Johnnie Wilson, of Springfield, Va.,"). A relative pronoun may hang on any name ("a frosty
     * relationship with McConnell, now the Senate majority leader, who said"), also after an opening
     * parenthesis ("Murphy (who was always in favor of ...)"); a role in apposition
     * only on one that is not the object of a preposition: in "a press conference in Chelsea, the mayor
     * said" the mayor is not Chelsea, even when NER made it a person.
     */
    Referent appositive(Span mention, Quote q, boolean relative) {
        String text = article.text();
        int sentence = article.sentenceIndexAt(mention.begin());
        NameMention best = null;
        for (NameMention m : referents.mentions()) {
            if (m.end() > mention.begin()) {
                break;
            }
            if (!referents.pronounCandidate(m.referent()) || m.possessive() || article.sentenceIndexAt(m.begin()) != sentence
                    || inQuoteContent(m) || mention.begin() - m.end() > 160 || !relative && afterPreposition(m)) {
                continue;
            }
            String between = text.substring(m.end(), mention.begin());
            if (between.stripLeading().startsWith(",") && !Token.containsQuoteMark(between)
                    || relative && between.strip().equals("(")) {
                best = m; // "Murphy (who was always in favor ...)" too
            }
        }
        return best == null ? null : best.referent();
    }

    /**
     * The person named in apposition right after a mention: "one of the family's attorneys, Justin
     * Bamberg, said"; null when no person's name stands there between commas.
     */
    Referent namedAfter(Span mention) {
        String text = article.text();
        for (NameMention m : referents.mentions()) {
            if (m.begin() < mention.end()) {
                continue;
            }
            String between = text.substring(mention.end(), m.begin());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 1));
            return m.referent().person() && !m.possessive() && between.strip().equals(",") && after.equals(",") ? m.referent() : null;
        }
        return null;
    }

    /** Whether the name is the object of a preposition ("in Chelsea", "with McConnell"). */
    boolean afterPreposition(NameMention m) {
        int first = article.firstTokenAtOrAfter(m.begin());
        if (first == 0) {
            return false;
        }
        String w = article.tokens().get(first - 1).lower();
        return dev.quarry.quotes.QuoteWords.PREPOSITIONS.contains(w) || dev.quarry.quotes.QuoteWords.ADJUNCT_PREPOSITIONS.contains(w);
    }

    /**
     * The person who wrote the article, when it signs itself: a first paragraph "By Ann Lee", or a
     * last paragraph that opens with a person and "is" or "was" ("Charlotte Meehan is
     * playwright-in-residence at ..."); null otherwise.
     */
    Referent writer() {
        List<dev.quarry.text.Span> paragraphs = article.paragraphs();
        if (paragraphs.isEmpty()) {
            return null;
        }
        String text = article.text();
        dev.quarry.text.Span first = paragraphs.get(0);
        dev.quarry.text.Span last = paragraphs.get(paragraphs.size() - 1);
        for (NameMention m : referents.mentions()) {
            if (!m.referent().person()) {
                continue;
            }
            String before = text.substring(first.begin(), Math.max(first.begin(), m.begin())).strip();
            if (first.contains(m.span()) && before.matches("(?i)by")) {
                return m.referent();
            }
            String after = text.substring(m.end(), Math.min(last.end(), m.end() + 5));
            if (m.begin() == last.begin() && after.matches("(?s) (is|was) .*")) {
                return m.referent();
            }
        }
        return null;
    }

    /** The last speaker resolved before {@code q}, at most {@code paragraphsBack} paragraphs before it. */
    SpeakerResolver.Said lastSaid(List<SpeakerResolver.Said> said, Quote q, int paragraphsBack) {
        int at = position(q);
        int paragraph = article.paragraphIndexAt(at);
        SpeakerResolver.Said last = null;
        for (SpeakerResolver.Said s : said) {
            if (s.position() < at && s.paragraph() >= paragraph - paragraphsBack) {
                last = s;
            }
        }
        return last;
    }
}
