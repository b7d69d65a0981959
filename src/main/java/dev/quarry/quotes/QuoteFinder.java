package dev.quarry.quotes;

import dev.quarry.nlp.Lexicon;
import dev.quarry.nlp.AnnotatedArticle;
import dev.quarry.nlp.Sentence;
import dev.quarry.nlp.TextSpans;
import dev.quarry.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations in one annotated article, with their cue and local speaker mention. Pure Java:
 * plain objects in, plain objects out.
 *
 * <p>Direct quotes come from {@link QuoteMarks}; each is then attributed by the patterns
 * {@code "...," X said}, {@code "...," said X}, {@code "...," X was quoted as saying},
 * {@code "...," Y quoted X as saying}, {@code X said: "..."} and {@code X told Y, "..."}. A quote
 * split by its attribution ({@code "A," he said. "B."}) is one quote. A quoted fragment inside
 * a sentence with a cue before it is a mixed quote; other short quoted fragments (titles, scare
 * quotes) are not quotations and are dropped. Speakers are resolved afterwards by
 * {@link SpeakerResolver}.
 */
public final class QuoteFinder {

    /** Quotes with fewer words than this need an attribution, or to open their sentence, to count. */
    private static final int MIN_FLOATING_WORDS = 3;
    /** Longest speaker mention we accept, in tokens. */
    private static final int MAX_SPEAKER_TOKENS = 24;
    /** Most tokens allowed between a cue and the opening mark ("told reporters on Tuesday:"). */
    private static final int MAX_CUE_TO_MARK_TOKENS = 5;

    private static final Set<String> AUXILIARIES = Set.of(
            "was", "is", "are", "were", "has", "have", "had", "been", "being", "also", "later", "then",
            "again", "would", "will", "previously", "once", "recently", "further", "simply", "flatly",
            "reportedly", "repeatedly", "publicly", "privately", "separately", "earlier", "today",
            "yesterday", "tonight", "never", "always", "often", "just", "did", "does", "do", "not",
            "n't", "may", "might", "could", "should", "can", "already", "still", "even", "only", "now",
            "frequently", "quickly", "angrily", "calmly", "firmly", "bluntly", "told");
    private static final Set<String> TIME_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "week", "month", "year", "morning", "afternoon",
            "evening", "night", "weekend", "day", "statement", "interview", "speech");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "last", "this", "next", "late", "early", "during");
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "that", "and", "but", "when", "after", "because", "while", "as", "which", "who", "where",
            "if", "so", "or", "although", "though", "whereas", "since", "before", "until", "than");
    private static final Set<String> LEADING_FILLERS = Set.of("but", "and", "so", "yet", "still", "then", "also");
    private static final Set<String> SPEAKER_STOPS_AFTER_CUE = Set.of(
            "in", "on", "at", "during", "after", "before", "when", "while", "who", "which", "that",
            "adding", "according", "as", "because", "referring", "speaking", "told", "last", "yesterday",
            "today", "earlier", "later", "to", "about", "from", "with", "via", "through", "than", "and");
    private static final Set<String> AS_SAYING = Set.of("saying", "telling", "writing", "stating", "declaring", "adding");

    private final Lexicon cues;
    private final ReportedSpeechFinder reportedSpeech;

    public QuoteFinder() {
        this(Lexicon.load(Lexicon.CUES));
    }

    public QuoteFinder(Lexicon cues) {
        this.cues = cues;
        this.reportedSpeech = new ReportedSpeechFinder(cues);
    }

    public List<Quote> find(AnnotatedArticle article) {
        String text = article.text();
        List<QuotedSpan> spans = QuoteMarks.find(text, article.paragraphs());
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuotedSpan span = spans.get(i);
            if (isTitle(text, span)) {
                continue; // 'said on MSNBC's "Morning Joe"': a programme or a publication, not a quotation
            }
            List<int[]> pieces = new ArrayList<>(span.pieces());
            Attribution attribution = attributionAfter(article, span);
            boolean afterMark = attribution != null;
            if (attribution == null) {
                attribution = attributionBefore(article, span.openMark());
            }
            // "A," he said (in a statement). "B." -- the second span continues the first when only the
            // attribution's sentence lies between them.
            char lastChar = text.charAt(span.contentEnd() - 1);
            // A question or exclamation goes on too: '"Who wants to live at home at 29?" she said. "I don't."'
            boolean continues = lastChar == ',' || lastChar == '\u2014' || lastChar == '-' || lastChar == '?' || lastChar == '!';
            // A fragment inside reported content ('may be "strategic," said X.') ends its statement at the attribution.
            boolean fragment = afterMark && !opensSentence(article, span.openMark()) && !afterIntroduction(text, span.openMark());
            if (afterMark && continues && !fragment && i + 1 < spans.size()) {
                QuotedSpan next = spans.get(i + 1);
                int clauseEnd = sentenceEndAfter(article, attribution.end(), next.openMark());
                if (onlySpaceBetween(text, clauseEnd, next.openMark())
                        && article.paragraphIndexAt(next.openMark()) == article.paragraphIndexAt(span.openMark())) {
                    pieces.addAll(next.pieces());
                    span = new QuotedSpan(pieces, span.openMark(), next.closeEnd(), next.closed());
                    i++;
                }
            }
            QuoteType type;
            Attribution speakerTag = transcriptSpeaker(text, pieces.get(0));
            if (speakerTag != null) {
                // '"PENCE: Well, look, ..."': a transcript turn names its speaker inside the quote.
                pieces.set(0, new int[] {speakerTag.end(), pieces.get(0)[1]});
                quotes.add(build(article, span, pieces, QuoteType.DIRECT, speakerTag));
                continue;
            }
            boolean signed = afterMark && DASHES.contains(text.substring(attribution.cueStart(), attribution.cueEnd()));
            if (afterMark && !signed && !opensSentence(article, span.openMark()) && !afterIntroduction(text, span.openMark())) {
                // Obama "felt a moral obligation" to act, Axelrod said. -- a fragment inside reported
                // content: what was said runs from the sentence start, and the speaker is the last
                // comma-separated part before the cue.
                type = QuoteType.MIXED;
                attribution = lastCommaSegment(article, attribution);
                int sentenceStart = firstWordOfSentence(article, span.openMark());
                int contentEnd = Math.max(pieces.get(pieces.size() - 1)[1], commaBefore(article, attribution.speakerStart()));
                pieces = new ArrayList<>(List.of(new int[] {sentenceStart, contentEnd}));
            } else if (afterMark) {
                type = QuoteType.DIRECT;
            } else if (attribution != null && isParenthetical(article, attribution, span.openMark())) {
                // "If Clinton is elected, he said, 'she might ...'" -- the attribution interrupts one
                // statement, which runs from the sentence start to the end of the quote.
                type = QuoteType.MIXED;
                pieces = new ArrayList<>(List.of(new int[] {firstWordOfSentence(article, span.openMark()), span.contentEnd()}));
            } else if (attribution != null) {
                type = attribution.introducesUtterance() && looksLikeUtterance(text, span) && !afterThat(text, span.openMark())
                        ? QuoteType.DIRECT : QuoteType.MIXED;
            } else if (opensSentence(article, span.openMark()) && !afterColon(text, span.openMark())
                    && wordCount(text, pieces) >= MIN_FLOATING_WORDS) {
                type = QuoteType.DIRECT;
            } else if (afterColon(text, span.openMark()) && wordCount(text, pieces) >= MIN_FLOATING_WORDS) {
                // "Then he boomed: '...'" / "Pollster Carl Bialik: '...'" -- introduced, cue or not.
                type = QuoteType.DIRECT;
                attribution = nameBeforeColon(article, span.openMark());
                if (attribution == null) {
                    // "Kasich resisted:", "Sanders delivered a snappy retort:": the introducing clause's subject.
                    int colon = text.lastIndexOf(':', span.openMark());
                    int[] subject = subjectBefore(article, colon);
                    if (subject != null) {
                        attribution = new Attribution(colon, colon, subject[0], subject[1], span.openMark(), true);
                    }
                }
            } else {
                continue; // a title, a nickname or scare quotes: not a quotation
            }
            if (type == QuoteType.MIXED && attribution != null && NAMING_LEMMAS.contains(lemmaAt(text, attribution))) {
                // "called Florida's standards 'strong'": what was said runs from after the cue to the fragment's end.
                int from = afterCue(article, attribution.cueEnd(), span.openMark());
                if (from < span.contentBegin() && pieces.size() == 1 && span.closed()) {
                    // Up to and with the closing mark, so the text stays balanced: the plan "a disaster"
                    pieces = new ArrayList<>(List.of(new int[] {from, span.closeEnd()}));
                }
            }
            quotes.add(build(article, span, pieces, type, attribution));
        }
        return withReportedSpeech(article, quotes);
    }

    /**
     * Adds reported speech. A quoted fragment inside a reported clause ("She said the plan was
     * 'a disaster' for farmers") is part of that clause, which becomes one mixed quote.
     */
    private List<Quote> withReportedSpeech(AnnotatedArticle article, List<Quote> quotes) {
        String text = article.text();
        List<Quote> result = new ArrayList<>(quotes);
        List<ReportedSpeechFinder.Candidate> candidates = new ArrayList<>(reportedSpeech.find(article, quotes));
        // Speech cues before broad ones: where both cover one statement, "said" names its speaker more surely.
        candidates.sort(java.util.Comparator.comparing(ReportedSpeechFinder.Candidate::broad));
        for (ReportedSpeechFinder.Candidate c : candidates) {
            if (mostlySameSpan(result, c.contentStart(), c.contentEnd())) {
                continue; // two cues for one statement ("argued ..., saying ..."): the first one found stands
            }
            if (c.broad() && insideReported(result, c)) {
                continue; // "she said she was considering X": the stance is part of what was said
            }
            // 'After Scalia said that ..., Trump said: "..."': a quote with its own attribution inside the
            // clause ends the clause before that attribution.
            for (Quote q : result) {
                if (q.type() == QuoteType.DIRECT && q.cueStart() != null && q.start() > c.contentStart() && q.start() < c.contentEnd()
                        && q.cueStart() != c.cueStart()) {
                    int cut = Math.min(q.start(), Math.min(q.cueStart(), q.speakerStart() == null ? q.start() : q.speakerStart()));
                    int end = TextSpans.trimmed(text, c.contentStart(), Math.max(c.contentStart(), cut - 1))[1];
                    while (end > c.contentStart() && ",;:-\u2014\"\u201C ".indexOf(text.charAt(end - 1)) >= 0) {
                        end--;
                    }
                    c = new ReportedSpeechFinder.Candidate(c.contentStart(), end, c.cueStart(), c.cueEnd(), c.speakerStart(),
                            c.speakerEnd(), c.sentence(), c.broad());
                }
            }
            if (c.contentEnd() <= c.contentStart()) {
                continue;
            }
            boolean mixed = false;
            for (java.util.Iterator<Quote> it = result.iterator(); it.hasNext(); ) {
                Quote q = it.next();
                boolean inside = q.start() >= c.contentStart() && q.end() <= c.contentEnd() + 1;
                if (inside && q.type() != QuoteType.INDIRECT) {
                    it.remove();
                    mixed = true;
                }
            }
            boolean hasSpeaker = c.speakerStart() >= 0;
            mixed |= QuoteMarks.containsMark(text, c.contentStart(), c.contentEnd());
            result.add(new Quote(article.articleId(), text.substring(c.contentStart(), c.contentEnd()), c.contentStart(),
                    c.contentEnd(), mixed ? QuoteType.MIXED : QuoteType.INDIRECT, text.substring(c.cueStart(), c.cueEnd()),
                    c.cueStart(), c.cueEnd(),
                    hasSpeaker ? text.substring(c.speakerStart(), c.speakerEnd()) : null,
                    hasSpeaker ? c.speakerStart() : null, hasSpeaker ? c.speakerEnd() : null,
                    null, null, null, hasSpeaker ? 0.75 : 0.5, Math.max(0, article.sentenceIndexAt(c.contentStart())), null));
        }
        result.sort(java.util.Comparator.comparingInt(Quote::start));
        return result;
    }

    private static boolean insideReported(List<Quote> quotes, ReportedSpeechFinder.Candidate c) {
        for (Quote q : quotes) {
            if (q.type() != QuoteType.DIRECT && q.cueStart() != null && q.start() <= c.cueStart() && q.end() >= c.contentEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlySameSpan(List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            if (q.type() != QuoteType.INDIRECT && q.start() >= start && q.end() <= end + 1) {
                continue; // a quoted fragment inside the clause: the clause absorbs it as a mixed quote
            }
            int overlap = Math.min(end, q.end()) - Math.max(start, q.start());
            int union = Math.max(end, q.end()) - Math.min(start, q.start());
            if (overlap > 0 && 2 * overlap >= union) {
                return true;
            }
        }
        return false;
    }

    private Quote build(AnnotatedArticle article, QuotedSpan span, List<int[]> pieces, QuoteType type, Attribution a) {
        String text = article.text();
        if (a != null && a.speakerStart() < 0) {
            int[] subject = subjectBefore(article, span.openMark());
            if (subject != null) {
                a = new Attribution(a.cueStart(), a.cueEnd(), subject[0], subject[1], a.end(), a.introducesUtterance());
            }
        }
        int start = pieces.get(0)[0];
        int end = pieces.get(pieces.size() - 1)[1];
        StringBuilder content = new StringBuilder();
        List<int[]> kept = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            int pb = pieces.get(k)[0];
            int pe = pieces.get(k)[1];
            // The comma before an attribution belongs to the attribution, not to what was said.
            if (k == pieces.size() - 1 && pe > pb && text.charAt(pe - 1) == ',') {
                pe--;
                end = pe;
            }
            if (k > 0) {
                content.append(' ');
            }
            content.append(text, pb, pe);
            kept.add(new int[] {pb, pe});
        }
        double confidence = a == null ? 0.5 : 0.9;
        if (!span.closed()) {
            confidence *= 0.7;
        }
        return new Quote(article.articleId(), content.toString(), start, end, type,
                a == null || a.cueStart() == a.cueEnd() ? null : text.substring(a.cueStart(), a.cueEnd()),
                a == null || a.cueStart() == a.cueEnd() ? null : a.cueStart(),
                a == null || a.cueStart() == a.cueEnd() ? null : a.cueEnd(),
                a == null || a.speakerStart() < 0 ? null : text.substring(a.speakerStart(), a.speakerEnd()),
                a == null || a.speakerStart() < 0 ? null : a.speakerStart(),
                a == null || a.speakerStart() < 0 ? null : a.speakerEnd(),
                null, null, null, confidence, Math.max(0, article.sentenceIndexAt(start)), kept);
    }

    private static final java.util.regex.Pattern TRANSCRIPT_TURN =
            java.util.regex.Pattern.compile("([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}):\\s+\\S");

    /** "PENCE: Well, ..." / "Q: ...": a speaker in capitals and a colon opening the quote; null otherwise. */
    private static Attribution transcriptSpeaker(String text, int[] piece) {
        java.util.regex.Matcher m = TRANSCRIPT_TURN.matcher(text).region(piece[0], piece[1]);
        if (!m.lookingAt()) {
            return null;
        }
        int colon = piece[0] + m.group(1).length();
        int contentStart = m.end() - 1;
        if (contentStart >= piece[1]) {
            return null;
        }
        return new Attribution(colon, colon + 1, piece[0], colon, contentStart, false);
    }

    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013");
    private static final int MAX_SIGNATURE_TOKENS = 6;

    /** '"..." ― Carla Sanchez': a name signed after a dash, as in collected reader comments. */
    private static Attribution dashSignature(AnnotatedArticle article, int dash) {
        Token d = article.tokens().get(dash);
        return dashSignature(article, d.begin(), d.end(), dash + 1);
    }

    /** The same, with the dash at [dashBegin, dashEnd) and the name from token {@code first}. */
    private static Attribution dashSignature(AnnotatedArticle article, int dashBegin, int dashEnd, int first) {
        List<Token> tokens = article.tokens();
        int k = first;
        while (k < tokens.size() && k - first < MAX_SIGNATURE_TOKENS && isName(tokens.get(k).text())
                && tokens.get(k).sentenceIndex() == tokens.get(first).sentenceIndex()) {
            k++;
        }
        if (k == first || k - first >= MAX_SIGNATURE_TOKENS) {
            return null;
        }
        if (k < tokens.size() && !isPunctuation(tokens.get(k).text()) && !containsQuoteMark(tokens.get(k).text())
                && tokens.get(k).begin() - tokens.get(k - 1).end() < 2) {
            return null; // the dash goes on into a clause, not a signature
        }
        return new Attribution(dashBegin, dashEnd, tokens.get(first).begin(), tokens.get(k - 1).end(), tokens.get(k - 1).end(), false);
    }

    /** Cue and speaker right after the closing mark: {@code ," X said}, {@code ," said X}, {@code ," X quoted Y as saying}. */
    private Attribution attributionAfter(AnnotatedArticle article, QuotedSpan span) {
        String text = article.text();
        char last = text.charAt(span.contentEnd() - 1);
        int paragraphEnd = article.paragraphs().get(article.paragraphIndexAt(span.closeEnd() - 1))[1];
        // '...about.”― Pamela Padilla': the tokenizer may glue the dash to the closing mark.
        int afterClose = span.closeEnd();
        while (afterClose < text.length() && (text.charAt(afterClose) == ' ' || text.charAt(afterClose) == '\u00A0')) {
            afterClose++;
        }
        if (afterClose < text.length() && DASHES.contains(String.valueOf(text.charAt(afterClose)))) {
            int first = article.firstTokenAtOrAfter(afterClose + 1);
            if (first < article.tokens().size() && article.tokens().get(first).begin() < paragraphEnd) {
                return dashSignature(article, afterClose, afterClose + 1, first);
            }
        }
        List<Token> window = new ArrayList<>();
        boolean commaAfterMark = false;
        for (int t = article.firstTokenAtOrAfter(span.closeEnd()); t < article.tokens().size(); t++) {
            Token token = article.tokens().get(t);
            if (token.begin() >= paragraphEnd || containsQuoteMark(token.text()) || window.size() > 25) {
                break;
            }
            if (isPunctuation(token.text())) {
                if (window.isEmpty() && token.text().equals(",")) {
                    commaAfterMark = true;
                    continue;
                }
                if (window.isEmpty() && DASHES.contains(token.text())) {
                    return dashSignature(article, t);
                }
                if (window.isEmpty()) {
                    break;
                }
                window.add(token);
                if (endsSentence(token.text())) {
                    break;
                }
                continue;
            }
            window.add(token);
        }
        // Only a quote that ends like an utterance ("...," / "...?" / "...!"), or a long one, is followed
        // by its attribution; a short fragment ("a disaster") is not.
        if (!(commaAfterMark || ",?!.\u2014-\u2019'".indexOf(last) >= 0 || wordCount(text, span.pieces()) >= 4)) {
            return null;
        }
        if (window.isEmpty()) {
            return null;
        }
        // "...houses." But he ... -- a quote that ends its sentence is not attributed by the next one.
        if (!commaAfterMark && (last == '.' || last == '!' || last == '?') && Character.isUpperCase(window.get(0).text().charAt(0))
                && !cues.contains(window.get(0).text()) && window.size() > 4 && !isCue(window.get(1)) && !isCue(window.get(2))) {
            return null;
        }
        int cueIndex = -1;
        for (int k = 0; k < window.size() && k <= MAX_SPEAKER_TOKENS; k++) {
            Token token = window.get(k);
            if (isPunctuation(token.text()) && !token.text().equals(",") && !token.text().equals("(") && !token.text().equals(")")) {
                break; // a party tag "(D-Ore.)" may stand between the name and the cue
            }
            if (isCue(token)) {
                cueIndex = k;
                break;
            }
            if (k + 1 < window.size() && lower(token).equals("according") && lower(window.get(k + 1)).equals("to") && k == 0) {
                int[] speaker = nounPhraseAfter(window, k + 2);
                if (speaker == null) {
                    return null;
                }
                return new Attribution(token.begin(), window.get(k + 1).end(), speaker[0], speaker[1], attributionEnd(window, speaker[2]), false);
            }
        }
        if (cueIndex < 0 && (commaAfterMark || last == ',' || last == '?' || last == '!')) {
            cueIndex = untaggedCueVerb(window);
        }
        if (cueIndex < 0) {
            return null;
        }
        if (!commaAfterMark && (last == '.' || last == '!' || last == '?') && Character.isUpperCase(window.get(0).text().charAt(0))) {
            // '..." She adds, "What kind of ...': a new sentence whose cue is followed by a comma or colon
            // introduces the next quote, not this one.
            for (int k = cueIndex + 1; k < window.size(); k++) {
                String t = window.get(k).text();
                if (isPunctuation(t)) {
                    if (t.equals(",") || t.equals(":")) {
                        return null;
                    }
                    break;
                }
            }
        }
        Token cue = window.get(cueIndex);
        // "Y quoted X as saying": X is the speaker, whatever stands before the cue.
        if (lemma(cue).equals("quote")) {
            int as = -1;
            for (int k = cueIndex + 1; k + 1 < window.size() && k <= cueIndex + MAX_SPEAKER_TOKENS; k++) {
                if (lower(window.get(k)).equals("as") && AS_SAYING.contains(lower(window.get(k + 1)))) {
                    as = k;
                    break;
                }
            }
            if (as > cueIndex + 1) {
                Token first = window.get(cueIndex + 1);
                Token lastSpeaker = window.get(as - 1);
                return new Attribution(cue.begin(), cue.end(), first.begin(), lastSpeaker.end(), attributionEnd(window, as + 1), false);
            }
            if (as == cueIndex + 1 && cueIndex > 0) {
                // Passive: "he was quoted as saying" -- the cue runs from the auxiliary to "saying".
                int cueBegin = cue.begin();
                int speakerLast = cueIndex - 1;
                if (AUXILIARIES.contains(lower(window.get(speakerLast)))) {
                    cueBegin = window.get(speakerLast).begin();
                    speakerLast--;
                }
                int[] speaker = trimSpeaker(window, 0, speakerLast);
                if (speaker == null) {
                    return null;
                }
                return new Attribution(cueBegin, window.get(as + 1).end(), window.get(speaker[0]).begin(),
                        window.get(speaker[1]).end(), attributionEnd(window, as + 1), false);
            }
        }
        if (cueIndex == 0) {
            int[] speaker = nounPhraseAfter(window, 1);
            if (speaker == null) {
                return null;
            }
            return new Attribution(cue.begin(), cue.end(), speaker[0], speaker[1], attributionEnd(window, speaker[2]), false);
        }
        int[] speaker = trimSpeaker(window, 0, cueIndex - 1);
        if (speaker == null) {
            return null;
        }
        return new Attribution(cue.begin(), cue.end(), window.get(speaker[0]).begin(), window.get(speaker[1]).end(),
                attributionEnd(window, cueIndex), false);
    }

    private static final Set<String> CLOSING_PARTICLES = Set.of("back", "on", "in", "up", "out");
    /** Lower-case words that may open the subject of such a verb ("he shot back", "the editorial read"). */
    private static final Set<String> SUBJECT_OPENERS = Set.of("he", "she", "they", "the", "a", "an", "his", "her");

    /**
     * '"...," Bennett shot back.' / '"...," the editorial read.': a quote that ends on a comma, then a
     * short subject and a verb that closes the sentence, is attributed by that verb even when it is not in
     * the cue lexicon. Only with POS tags (the verb must be tagged VBD or VBZ); the index of the verb, or -1.
     */
    private static int untaggedCueVerb(List<Token> window) {
        for (int k = 1; k < window.size() && k <= 6; k++) {
            Token t = window.get(k);
            if (isPunctuation(t.text())) {
                return -1;
            }
            if (t.pos() != null && (t.pos().equals("VBD") || t.pos().equals("VBZ"))) {
                int after = k + 1;
                if (after < window.size() && CLOSING_PARTICLES.contains(lower(window.get(after)))) {
                    after++;
                }
                boolean closes = after < window.size() && endsSentence(window.get(after).text());
                String first = window.get(0).text();
                boolean subject = Character.isUpperCase(first.charAt(0)) || SUBJECT_OPENERS.contains(lower(window.get(0)));
                return closes && subject ? k : -1;
            }
        }
        return -1;
    }

    /** Cue and speaker before the opening mark: {@code X said: "..."}, {@code X told Y, "..."}, {@code X called it "..."}. */
    private Attribution attributionBefore(AnnotatedArticle article, int openMark) {
        int s = article.sentenceIndexAt(openMark);
        if (s < 0) {
            return null;
        }
        Sentence sentence = article.sentences().get(s);
        List<Token> before = article.tokensIn(sentence.begin(), openMark);
        // A sentence segmenter may put "He said:" and the quote in different sentences.
        if (before.isEmpty() && s > 0 && article.sentences().get(s - 1).paragraphIndex() == sentence.paragraphIndex()) {
            Sentence previous = article.sentences().get(s - 1);
            before = article.tokensIn(previous.begin(), openMark);
        }
        int k = before.size() - 1;
        if (k < 0) {
            return null;
        }
        boolean introduced = false;
        String lastText = before.get(k).text();
        if (lastText.equals(":") || lastText.equals(",")) {
            introduced = true;
            k--;
        } else if (isPunctuation(lastText)) {
            return null;
        }
        int cueIndex = -1;
        for (int j = k; j >= 0 && k - j <= MAX_CUE_TO_MARK_TOKENS; j--) {
            Token token = before.get(j);
            if (isPunctuation(token.text()) || containsQuoteMark(token.text())) {
                break;
            }
            if (isCue(token)) {
                cueIndex = j;
                break;
            }
        }
        if (cueIndex < 0 || (cueIndex == 0 && !introduced)) {
            return null;
        }
        Token cueToken = before.get(cueIndex);
        if (cueToken.text().endsWith("ing") && cueIndex > 0 && PREPOSITIONS_BEFORE_PARTICIPLE.contains(lower(before.get(cueIndex - 1)))) {
            // "... incurred boos upon saying, '...'": the speaker is the clause's subject, found in build().
            return new Attribution(cueToken.begin(), cueToken.end(), -1, -1, openMark, introduced);
        }
        int from = Math.max(0, cueIndex - 1);
        while (from > 0) {
            Token previous = before.get(from - 1);
            if (isPunctuation(previous.text()) || containsQuoteMark(previous.text()) || CLAUSE_WORDS.contains(lower(previous))
                    || cueIndex - from >= MAX_SPEAKER_TOKENS) {
                break;
            }
            from--;
        }
        int[] speaker = trimSpeaker(before, from, cueIndex - 1);
        Token cue = before.get(cueIndex);
        if (speaker == null) {
            // "... by saying, '...'": the quote is introduced even though its speaker is not written here.
            return introduced ? new Attribution(cue.begin(), cue.end(), -1, -1, openMark, true) : null;
        }
        return new Attribution(cue.begin(), cue.end(), before.get(speaker[0]).begin(), before.get(speaker[1]).end(),
                openMark, introduced);
    }

    /** Drops leading fillers and trailing auxiliaries and time phrases; null if nothing is left. */
    static int[] trimSpeaker(List<Token> tokens, int from, int to) {
        while (from <= to && (isPunctuation(tokens.get(from).text()) || LEADING_FILLERS.contains(lower(tokens.get(from))))) {
            from++;
        }
        boolean changed = true;
        while (changed && to >= from) {
            changed = false;
            String w = lower(tokens.get(to));
            if (AUXILIARIES.contains(w) || isPunctuation(tokens.get(to).text())) {
                to--;
                changed = true;
            } else if (TIME_WORDS.contains(w) || w.matches("\\d{4}|\\d{1,2}")) {
                // "on Tuesday", "last week", "in a statement", "on March 3"
                int p = to - 1;
                while (p >= from && p >= to - 3 && !TIME_PREPOSITIONS.contains(lower(tokens.get(p)))) {
                    p--;
                }
                if (p >= from && p >= to - 3 && p > from) {
                    to = p - 1;
                    changed = true;
                }
            }
        }
        if (to < from || to - from + 1 > MAX_SPEAKER_TOKENS) {
            return null;
        }
        String first = lower(tokens.get(from));
        if (CLAUSE_WORDS.contains(first) || first.equals("to")) {
            return null;
        }
        return new int[] {from, to};
    }

    /** The noun phrase after a cue ("said Jane Doe, a spokeswoman"): [begin, end, last window index]. */
    private static int[] nounPhraseAfter(List<Token> window, int from) {
        int to = from - 1;
        for (int k = from; k < window.size() && k - from < MAX_SPEAKER_TOKENS; k++) {
            Token token = window.get(k);
            if (isPunctuation(token.text()) || SPEAKER_STOPS_AFTER_CUE.contains(lower(token))) {
                break;
            }
            to = k;
        }
        if (to < from) {
            return null;
        }
        return new int[] {window.get(from).begin(), window.get(to).end(), to};
    }

    /** Where the attribution clause ends: after the punctuation that closes it, or after its last token. */
    private static int attributionEnd(List<Token> window, int lastUsed) {
        for (int k = lastUsed + 1; k < window.size(); k++) {
            Token token = window.get(k);
            if (isPunctuation(token.text())) {
                return token.end();
            }
        }
        return window.get(Math.min(lastUsed, window.size() - 1)).end();
    }

    private static final Set<String> NAMING_LEMMAS = Set.of("call", "describe");

    /** The attribution with its speaker cut to the part after the last comma ("in comparison to Obama, Gingrich"). */
    private static Attribution lastCommaSegment(AnnotatedArticle article, Attribution a) {
        if (a.speakerStart() > a.cueStart()) {
            return a; // inverted ("said X"): nothing to cut
        }
        int start = a.speakerStart();
        for (Token t : article.tokensIn(a.speakerStart(), a.speakerEnd())) {
            if (t.text().equals(",")) {
                int next = article.firstTokenAtOrAfter(t.end());
                if (next < article.tokens().size() && article.tokens().get(next).begin() < a.speakerEnd()) {
                    start = article.tokens().get(next).begin();
                }
            }
        }
        return new Attribution(a.cueStart(), a.cueEnd(), start, a.speakerEnd(), a.end(), a.introducesUtterance());
    }

    private static final Set<String> TITLE_INTRODUCERS = Set.of(
            "on", "titled", "entitled", "show", "program", "programme", "podcast", "magazine", "book", "film", "movie",
            "column", "series", "episode", "documentary", "song", "album", "newsletter", "broadcast", "edition", "segment",
            "anthem", "memoir", "novel", "report", "play", "musical", "hashtag");
    private static final int MAX_TITLE_WORDS = 7;

    /** A short capitalised span after "on", a possessive or a word like "show" or "titled". */
    private static boolean isTitle(String text, QuotedSpan span) {
        if (span.pieces().size() != 1) {
            return false;
        }
        int[] piece = span.pieces().get(0);
        String inner = text.substring(piece[0], piece[1]);
        if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0)) || inner.split("\\s+").length > MAX_TITLE_WORDS
                || inner.endsWith("?") || inner.endsWith("!")) {
            return false;
        }
        int i = TextSpans.lastNonSpaceBefore(text, span.openMark());
        if (i < 0) {
            return false;
        }
        if ((text.charAt(i) == 's' || text.charAt(i) == 'S') && i >= 1 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019')) {
            return true; // ABC's "This Week"
        }
        if (text.charAt(i) == ',') {
            i = TextSpans.lastNonSpaceBefore(text, i); // 'In his 2002 book, "Make Your Kid a Millionaire,"'
        }
        String word = wordEndingAt(text, i);
        if (word.equals("of")) {
            // 'On this weekend's broadcast of "Fox News Sunday"'
            word = wordEndingAt(text, TextSpans.lastNonSpaceBefore(text, i - 1));
        }
        return TITLE_INTRODUCERS.contains(word);
    }

    private static String wordEndingAt(String text, int i) {
        int j = i;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return i < 0 ? "" : text.substring(j + 1, i + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** 'said via email that, "Of course ...': the quote sits inside a reported clause. */
    private static boolean afterThat(String text, int openMark) {
        int i = TextSpans.lastNonSpaceBefore(text, openMark);
        if (i >= 0 && text.charAt(i) == ',') {
            i = TextSpans.lastNonSpaceBefore(text, i);
        }
        return i >= 3 && text.startsWith("that", i - 3) && (i < 4 || !Character.isLetter(text.charAt(i - 4)));
    }

    private static boolean afterColon(String text, int openMark) {
        int i = TextSpans.lastNonSpaceBefore(text, openMark);
        return i >= 0 && text.charAt(i) == ':';
    }

    /**
     * "Pollsters agree - Carl Bialik: '...'" -- up to four capitalised words right before the colon,
     * opening their clause, are the speaker; there is no cue word.
     */
    private static Attribution nameBeforeColon(AnnotatedArticle article, int openMark) {
        int colon = article.text().lastIndexOf(':', openMark);
        int last = article.firstTokenAtOrAfter(colon) - 1;
        if (last < 0) {
            return null;
        }
        int first = last;
        while (first - 1 >= 0 && last - first < 3 && isName(article.tokens().get(first - 1).text())
                && article.tokens().get(first - 1).sentenceIndex() == article.tokens().get(last).sentenceIndex()) {
            first--;
        }
        boolean opensClause = first == 0 || isPunctuation(article.tokens().get(first - 1).text())
                || article.tokens().get(first - 1).sentenceIndex() != article.tokens().get(last).sentenceIndex();
        if (!isName(article.tokens().get(last).text()) || !isName(article.tokens().get(first).text()) || !opensClause) {
            return null;
        }
        int end = article.tokens().get(last).end();
        return new Attribution(end, end, article.tokens().get(first).begin(), end, openMark, true);
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /**
     * The subject of the clause that introduces a quote when no local pattern gave one: the first
     * personal pronoun, or the first run of capitalised words that is not a sentence opener, in the
     * sentence before {@code offset} ("Kelly responded pointedly, with a smile:", "Then he boomed:").
     */
    private int[] subjectBefore(AnnotatedArticle article, int offset) {
        int s = article.sentenceIndexAt(offset);
        if (s < 0) {
            return null;
        }
        List<Token> tokens = article.tokensIn(article.sentences().get(s).begin(), offset);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = lower(t);
            if (SUBJECT_PRONOUNS.contains(w)) {
                return new int[] {t.begin(), t.end()};
            }
            if (isName(t.text()) && !NAME_OPENERS.contains(w) && !cues.contains(t.text())) {
                int j = k;
                while (j + 1 < tokens.size() && isName(tokens.get(j + 1).text())) {
                    j++;
                }
                return new int[] {t.begin(), tokens.get(j).end()};
            }
        }
        return null;
    }

    private static final Set<String> NAME_OPENERS = Set.of(
            "the", "a", "an", "then", "but", "and", "so", "in", "on", "at", "after", "before", "when", "while",
            "asked", "speaking", "later", "earlier", "still", "yet", "as", "for", "with", "this", "that", "it");

    private static boolean isName(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && !isPunctuation(token);
    }

    /** A before-attribution set off by commas after words of the same sentence: "Perhaps, he said, '...'". */
    private static boolean isParenthetical(AnnotatedArticle article, Attribution a, int openMark) {
        if (a.speakerStart() < 0 || a.speakerStart() > a.cueStart()
                || article.text().substring(a.cueStart(), a.cueEnd()).endsWith("ing")) {
            return false; // "..., Spicer said, adding, '...'": the participle introduces a quote of its own
        }
        int comma = commaBefore(article, a.speakerStart());
        int beforeMark = TextSpans.lastNonSpaceBefore(article.text(), openMark);
        if (comma < 0 || beforeMark < 0 || article.text().charAt(beforeMark) != ',') {
            return false;
        }
        int s = article.sentenceIndexAt(a.speakerStart());
        if (s < 0 || comma <= article.sentences().get(s).begin() || opensSentence(article, a.speakerStart())) {
            return false;
        }
        List<Token> before = article.tokensIn(article.sentences().get(s).begin(), comma);
        // "In Iowa, Trump said, '...'" is an introduction, not part of what was said.
        return !before.isEmpty() && !INTRODUCTORY.contains(lower(before.get(0)))
                && !(before.get(0).text().endsWith("ing") || before.get(0).text().endsWith("ed"));
    }

    /** "upon saying", "after citing": a participle introduced by these has the main clause's subject. */
    static final Set<String> PREPOSITIONS_BEFORE_PARTICIPLE = Set.of(
            "upon", "by", "after", "before", "while", "when", "without", "in", "on", "for", "of", "from");

    private static final Set<String> INTRODUCTORY = Set.of(
            "in", "on", "at", "during", "after", "before", "later", "earlier", "meanwhile", "then", "and", "but",
            "so", "still", "yet", "when", "while", "as", "last", "this", "speaking", "asked", "addressing",
            "for", "from", "with", "without", "by", "to", "instead", "now", "today", "yesterday", "tonight", "again");

    /** Whether only an introduction ("Speaking on Tuesday," / "He added:") stands before the mark. */
    private static boolean afterIntroduction(String text, int openMark) {
        int i = TextSpans.lastNonSpaceBefore(text, openMark);
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == ':' || text.charAt(i) == ';');
    }

    /** The first non-punctuation token of the sentence holding {@code offset}. */
    private static int firstWordOfSentence(AnnotatedArticle article, int offset) {
        int s = article.sentenceIndexAt(offset);
        if (s < 0) {
            return offset;
        }
        for (Token t : article.tokensIn(article.sentences().get(s).begin(), offset)) {
            if (!isPunctuation(t.text())) {
                return t.begin();
            }
        }
        return offset;
    }

    /** The offset of the comma right before {@code offset} (whitespace between), or -1. */
    private static int commaBefore(AnnotatedArticle article, int offset) {
        int i = TextSpans.lastNonSpaceBefore(article.text(), offset);
        return i >= 0 && article.text().charAt(i) == ',' ? i : -1;
    }

    private String lemmaAt(String text, Attribution a) {
        return lemmaOf(text.substring(a.cueStart(), a.cueEnd()));
    }

    /** The start of the first token after the cue, or {@code limit} if there is none before it. */
    private static int afterCue(AnnotatedArticle article, int cueEnd, int limit) {
        int t = article.firstTokenAtOrAfter(cueEnd);
        return t < article.tokens().size() && article.tokens().get(t).begin() < limit ? article.tokens().get(t).begin() : limit;
    }

    private boolean isCue(Token token) {
        return cues.contains(token.text());
    }

    private String lemma(Token token) {
        return lemmaOf(token.text());
    }

    /** The cue lemma of a word, or "" when it is not a cue. */
    private String lemmaOf(String word) {
        String l = cues.get(word);
        return l == null ? "" : l;
    }

    private static boolean opensSentence(AnnotatedArticle article, int offset) {
        // The segmenter often runs a sentence on into a quote that follows it ("campaign. \"Nice try\"").
        int i = TextSpans.lastNonSpaceBefore(article.text(), offset);
        if (i >= 0 && ".!?".indexOf(article.text().charAt(i)) >= 0) {
            return true;
        }
        int s = article.sentenceIndexAt(offset);
        if (s < 0) {
            return true;
        }
        for (Token t : article.tokensIn(article.sentences().get(s).begin(), offset)) {
            if (!isPunctuation(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** A full utterance starts with a capital letter (or a digit) rather than mid-clause. */
    private static boolean looksLikeUtterance(String text, QuotedSpan span) {
        char first = text.charAt(span.contentBegin());
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '.';
    }

    private static int wordCount(String text, List<int[]> pieces) {
        int words = 0;
        for (int[] piece : pieces) {
            boolean inWord = false;
            for (int i = piece[0]; i < piece[1]; i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }

    /**
     * Where the attribution clause that ends at {@code from} really ends: {@code from} itself when
     * the next quote follows at once, else just past the first sentence-ending token before {@code limit}.
     */
    private static int sentenceEndAfter(AnnotatedArticle article, int from, int limit) {
        if (onlySpaceBetween(article.text(), from, limit)) {
            return from;
        }
        int before = TextSpans.lastNonSpaceBefore(article.text(), from);
        if (before >= 0 && ".?!".indexOf(article.text().charAt(before)) >= 0) {
            return from; // the attribution closed its sentence: what follows is a new one, not a continuation
        }
        Token last = null;
        for (int t = article.firstTokenAtOrAfter(from); t < article.tokens().size(); t++) {
            Token token = article.tokens().get(t);
            if (token.begin() >= limit || containsQuoteMark(token.text())) {
                break;
            }
            if (isPunctuation(token.text()) && endsSentence(token.text())) {
                return token.end();
            }
            last = token;
        }
        // "The risk," said Edward Leamer, an economist at UCLA, "is that ..." -- the clause runs on to the next quote.
        if (last != null && last.text().equals(",") && onlySpaceBetween(article.text(), last.end(), limit)) {
            return last.end();
        }
        return from;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isPunctuation(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String token) {
        return token.indexOf('.') >= 0 || token.indexOf('!') >= 0 || token.indexOf('?') >= 0 || token.indexOf(';') >= 0;
    }

    static boolean containsQuoteMark(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
                return true;
            }
        }
        return token.contains("''") || token.contains("``");
    }

    private static String lower(Token token) {
        return Lexicon.normalise(token.text());
    }

    /**
     * @param end offset just past the attribution clause (its closing punctuation included)
     * @param introducesUtterance a colon or comma stands between the cue and the opening mark
     */
    private record Attribution(int cueStart, int cueEnd, int speakerStart, int speakerEnd, int end,
                               boolean introducesUtterance) {
    }
}
