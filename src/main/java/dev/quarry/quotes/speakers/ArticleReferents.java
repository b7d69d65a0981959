package dev.quarry.quotes.speakers;

import dev.quarry.entities.EntityMention;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.SpeakerType;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everyone and everything one article names, as referents with their mentions in text order: the
 * NER entities first, then capitalised names that no NER mention covers. A capitalised name whose
 * words all belong to a person's name ("O'Neill" after "James O’Neill") is another mention of that
 * person; any other becomes a referent of its own, typed by its words and titles.
 */
final class ArticleReferents {

    private static final java.util.Set<String> GENDERED_PRONOUNS = java.util.Set.of("he", "him", "his", "himself", "she", "her",
            "hers", "herself");

    private final List<NameMention> mentions;
    /** Whether NER ran: then only its persons (and names that spoke) stand for pronouns. */
    final boolean tagged;

    private ArticleReferents(List<NameMention> mentions, boolean tagged) {
        this.mentions = mentions;
        this.tagged = tagged;
    }

    static ArticleReferents of(AnnotatedArticle article, List<EntityMention> entities, SpeakerLexicons lexicons) {
        Map<String, Referent> byId = new LinkedHashMap<>();
        List<NameMention> mentions = new ArrayList<>();
        // "U.S." or "United States" tagged PER in one place and LOC in another is a place.
        java.util.Set<List<String>> placeNames = new java.util.HashSet<>();
        for (EntityMention e : entities) {
            if (e.type().equals("LOC") || e.mention().text().matches("(\\p{Lu}\\.){2,}")) {
                placeNames.add(words(e.canonicalName()));
            }
        }
        for (EntityMention e : entities) {
            boolean place = e.type().equals("LOC") || e.type().equals("PER") && placeNames.contains(words(e.canonicalName()));
            Referent r = byId.computeIfAbsent(e.entityId(), id -> new Referent(id, e.canonicalName(),
                    place ? SpeakerType.OTHER : typeOf(e.type()), place, true));
            for (String role : e.roles()) {
                for (String w : role.split("\\s+")) {
                    r.roleWords.add(Lexicon.normalise(w));
                }
            }
            Span span = new Span(e.mention().start(), e.mention().end());
            mentions.add(new NameMention(span, r, possessive(article.text(), span)));
        }
        mentions.replaceAll(m -> possessiveOfOrganisation(m, mentions));
        List<NameMention> nerMentions = List.copyOf(mentions);
        for (CapitalisedNames.CapitalisedName c : lexicons.capitalisedNames().find(article)) {
            if (!c.name().contains(" ") && lexicons.groupNouns.contains(c.name())) {
                continue; // "Forecasters" opening a sentence is a group, not a name
            }
            List<NameMention> covering = nerMentions.stream().filter(m -> m.span().overlap(c.span()) > 0).toList();
            if (!covering.isEmpty()) {
                // What the capitalised run held before the name ("South Korea's Defence Minister") are its roles too.
                covering.stream().filter(m -> m.referent().person()).forEach(m -> m.referent().roleWords.addAll(c.roles()));
                continue;
            }
            Referent r = personHolding(words(c.name()), mentions, c.span().begin());
            if (r == null) {
                String id = Quote.entityId(article.articleId(), c.name());
                r = byId.computeIfAbsent(id, k -> new Referent(k, c.name(), lexicons.typeOfCapitalised(c.name(), c.roles()), false, false));
                r.roleWords.addAll(c.roles());
            }
            mentions.add(new NameMention(c.span(), r, possessive(article.text(), c.span())));
        }
        mentions.sort(Comparator.comparingInt(NameMention::begin).thenComparing(m -> -m.end()));
        for (NameMention m : mentions) {
            m.referent().mentions.add(m);
        }
        for (Referent r : byId.values()) {
            r.gender = lexicons.genderOf(article, r);
        }
        genderFromPronouns(article, mentions, lexicons);
        return new ArticleReferents(List.copyOf(mentions), !entities.isEmpty());
    }

    /**
     * A person whose gender nothing else told, read from the article itself: in the sentences that
     * name that person and no other, the pronouns after the name ("Lynch said her office ...") and a
     * "He" or "She" opening the next sentence when the person opened this one ("Melanie thought ...
     * She wasn't ..."), all of one gender.
     */
    private static void genderFromPronouns(AnnotatedArticle article, List<NameMention> mentions, SpeakerLexicons lexicons) {
        Map<Integer, java.util.Set<Referent>> personsBySentence = new java.util.HashMap<>();
        for (NameMention m : mentions) {
            if (m.referent().person()) {
                personsBySentence.computeIfAbsent(article.sentenceIndexAt(m.begin()), k -> new java.util.HashSet<>()).add(m.referent());
            }
        }
        Map<Referent, int[]> votes = new java.util.HashMap<>();
        for (NameMention m : mentions) {
            Referent r = m.referent();
            int sentence = article.sentenceIndexAt(m.begin());
            if (!r.person() || r.gender != Gender.UNKNOWN || personsBySentence.get(sentence).size() != 1) {
                continue;
            }
            int[] v = votes.computeIfAbsent(r, k -> new int[2]);
            dev.quarry.text.Sentence in = article.sentences().get(sentence);
            for (dev.quarry.text.Token t : article.tokensIn(m.end(), in.end())) {
                if (GENDERED_PRONOUNS.contains(t.lower())) {
                    Gender g = lexicons.genderOfWord(t.text());
                    v[0] += g == Gender.MALE ? 1 : 0;
                    v[1] += g == Gender.FEMALE ? 1 : 0;
                }
            }
            // "Melanie thought the whole thing was outrageous. She wasn't ...": a sentence that opens with
            // the person, followed in the same paragraph by one that opens with "He" or "She".
            Gender next = opensWithPronounAfter(article, sentence, m, lexicons);
            v[0] += next == Gender.MALE ? 1 : 0;
            v[1] += next == Gender.FEMALE ? 1 : 0;
        }
        votes.forEach((r, v) -> r.gender = v[0] > 0 && v[1] == 0 ? Gender.MALE : v[1] > 0 && v[0] == 0 ? Gender.FEMALE : Gender.UNKNOWN);
    }

    /**
     * The gender of "He" or "She" opening the sentence after {@code sentence}, in the same paragraph,
     * when {@code m} opens {@code sentence} (after title words and quotation marks only); UNKNOWN otherwise.
     */
    private static Gender opensWithPronounAfter(AnnotatedArticle article, int sentence, NameMention m, SpeakerLexicons lexicons) {
        List<dev.quarry.text.Sentence> sentences = article.sentences();
        if (sentence + 1 >= sentences.size()) {
            return Gender.UNKNOWN;
        }
        dev.quarry.text.Sentence in = sentences.get(sentence);
        for (dev.quarry.text.Token t : article.tokensIn(in.begin(), m.begin())) {
            if (!lexicons.titles.contains(t.text()) && !t.quoteMark()) {
                return Gender.UNKNOWN;
            }
        }
        dev.quarry.text.Sentence after = sentences.get(sentence + 1);
        List<dev.quarry.text.Token> opening = article.tokensIn(after.begin(), after.end());
        if (opening.isEmpty() || article.paragraphIndexAt(after.begin()) != article.paragraphIndexAt(m.begin())) {
            return Gender.UNKNOWN;
        }
        String w = opening.get(0).text();
        return w.equals("He") || w.equals("She") ? lexicons.genderOfWord(w) : Gender.UNKNOWN;
    }

    /**
     * "Moody's said" tagged PER beside "Moody's Investors Service Inc": a one-word person written
     * only in the possessive, whose word opens an organisation's name in the article, is that
     * organisation.
     */
    private static NameMention possessiveOfOrganisation(NameMention m, List<NameMention> all) {
        Referent r = m.referent();
        if (!r.person() || r.name.contains(" ") || !m.possessive()
                || all.stream().anyMatch(o -> o.referent() == r && !o.possessive())) {
            return m;
        }
        List<String> own = words(r.name);
        if (own.isEmpty()) {
            return m;
        }
        String word = own.get(0);
        for (NameMention o : all) {
            List<String> orgWords = words(o.referent().name);
            if (o.referent().type == SpeakerType.ORG && orgWords.size() > 1 && orgWords.get(0).equals(word)) {
                return new NameMention(m.span(), o.referent(), false);
            }
        }
        return m;
    }

    private static SpeakerType typeOf(String nerType) {
        return switch (nerType) {
            case "PER" -> SpeakerType.PERSON;
            case "ORG" -> SpeakerType.ORG;
            default -> SpeakerType.OTHER;
        };
    }

    /** The person most recently named before {@code offset} whose name holds all of {@code words}. */
    private static Referent personHolding(List<String> words, List<NameMention> mentions, int offset) {
        Referent best = null;
        int bestAt = -1;
        for (NameMention m : mentions) {
            Referent r = m.referent();
            if (r.person() && words(r.name).containsAll(words)) {
                int at = m.begin() < offset ? m.begin() : -1;
                if (best == null || at > bestAt) {
                    best = r;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /** Lower-cased words, accents, curly apostrophes and a trailing possessive folded. */
    static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> out = new ArrayList<>();
        for (String w : folded.split("\\s+")) {
            w = w.replaceAll("'s?$", "").replaceAll("[.,]$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean possessive(String text, Span span) {
        String inside = span.of(text);
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 2));
        return inside.matches("(?s).*['\u2019]s?$") || after.matches("['\u2019](s|$|\\s).*") || after.equals("'") || after.equals("\u2019");
    }

    List<NameMention> mentions() {
        return mentions;
    }

    /** The mentions that overlap {@code span}, in text order. */
    List<NameMention> overlapping(Span span) {
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            if (m.begin() >= span.end()) {
                break;
            }
            if (m.span().overlap(span) > 0) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether a pronoun may stand for {@code r}: a person, and with NER, one NER found or one that spoke. */
    boolean pronounCandidate(Referent r) {
        return r.person() && (!tagged || r.fromNer || r.spoke);
    }
}
