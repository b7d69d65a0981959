package dev.quarry.entities;

import dev.quarry.text.StableId;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Token;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups one article's NER mentions into entities, in plain Java.
 *
 * <ul>
 *   <li>A person mention joins the person whose name holds all of its words ("Kim", "Mr Kim" join
 *       "Kim Yong-hyun"); when several do, the most recently mentioned one wins (a possessive mention,
 *       "Kim Jong Un's envoy", counts only when there is no other). Two full names that
 *       share a word ("Kim Yong-hyun", "Kim Jong Un") stay apart.</li>
 *   <li>A fuller name joins an earlier short one when it is the only person that fits ("Putin", then
 *       "Vladimir Putin").</li>
 *   <li>A form of address goes to the person known to be of its gender ("Mr. Obama": Barack, not
 *       Michelle); a person known only by surname takes the full name the article writes outside any
 *       person mention ("Barack Obama Election Day"); a given name the tagger left before a middle
 *       initial is part of the name ("Benjamin J. Rhodes").</li>
 *   <li>Other types join on the same normalised text, whatever type each mention was given; the
 *       entity's type is its mentions' majority.</li>
 *   <li>An acronym is the organisation it spells: the name it follows in parentheses ("Alliance to
 *       Reclaim Our Schools (AROS)"), else the one earlier organisation or place whose capitalised
 *       words it is the initials of ("CNS" after "Christian News Service"; "S.E.C." is "SEC"), see {@link AcronymNames}.</li>
 *   <li>Titles before a name ("Defence Minister Kim Yong-hyun") and appositions after it
 *       ("Kim, the defence chief,") become the entity's roles.</li>
 * </ul>
 */
public final class EntityGrouper {

    private static final Lexicon TITLES = Lexicon.load(Lexicon.TITLES);
    private static final Lexicon GIVEN_NAMES = Lexicon.load(Lexicon.GIVEN_NAMES);
    private static final java.util.regex.Pattern MALE_ADDRESS = java.util.regex.Pattern.compile("(?s).*\\bMr\\.?\\s*$");
    private static final java.util.regex.Pattern FEMALE_ADDRESS = java.util.regex.Pattern.compile("(?s).*\\b(Mrs|Ms|Miss)\\.?\\s*$");
    /** Forms of address: part of how a name is written, not a role. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "mme", "m");

    private static final class Entity {
        final int number;
        final String firstType;
        List<String> words;
        String canonical;
        int lastMention;
        /** Last mention not in possessive form: "Kim Jong Un's envoy" is not who a later "Kim" names. */
        int lastPlainMention = -1;
        final Map<String, Integer> types = new HashMap<>();
        final LinkedHashSet<String> roles = new LinkedHashSet<>();
        final List<Integer> mentions = new ArrayList<>();
        /** "male", "female", or null while nothing tells. */
        String gender;

        Entity(int number, String type) {
            this.number = number;
            this.firstType = type;
        }

        String type() {
            // Ties go to a specific type over MISC ("Moscow's" reads as an adjective), then to the first mention's.
            return types.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(e -> e.getKey().equals("MISC") ? 0 : 1)
                            .thenComparing(e -> e.getKey().equals(firstType) ? 1 : 0))
                    .map(Map.Entry::getKey).orElse(firstType);
        }
    }

    public List<EntityMention> group(AnnotatedArticle article, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(NicknameNames.join(article, HeadlineNames.trim(article, mentions)));
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : sorted) {
            String[] w = m.text().strip().split("\\s+");
            if (m.type().equals("PER") && w.length >= 2) {
                surnames.add(w[w.length - 1]);
            }
        }
        sorted.removeIf(m -> onlyTitles(m) && !addressedOrSurname(article.text(), m, surnames));
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        sorted.replaceAll(EntityGrouper::retyped);
        sorted.replaceAll(m -> withGenerationalSuffix(article.text(), m));
        List<Mention> tagged = List.copyOf(sorted);
        sorted.replaceAll(m -> withGivenNameBeforeInitial(article.text(), m, tagged));
        PersonNameCleaner cleaner = new PersonNameCleaner(sorted);
        List<Entity> entities = new ArrayList<>();
        Entity[] owner = new Entity[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            String name = nameText(m, cleaner);
            String acronym = m.type().equals("PER") ? null : AcronymNames.acronym(name);
            String spelled = acronym == null ? null : AcronymNames.definedBefore(article.text(), m.start(), acronym);
            if (spelled != null) {
                name = spelled; // "Alliance to Reclaim Our Schools (AROS)": the mention names the organisation in full
            }
            List<String> words = nameWords(name);
            String gender = m.type().equals("PER") ? gender(article.text(), m, words) : null;
            Entity target = acronym != null && spelled == null ? spelledOut(entities, acronym) : null;
            if (target == null) {
                target = find(entities, m.type(), words, gender);
            }
            if (target == null) {
                target = new Entity(entities.size(), m.type());
                target.words = words;
                target.canonical = name;
                entities.add(target);
            } else if (words.size() > target.words.size()
                    || words.size() == target.words.size() && name.length() > target.canonical.length()) {
                target.words = words;
                target.canonical = name;
            }
            if (target.gender == null) {
                target.gender = gender;
            }
            target.types.merge(m.type(), 1, Integer::sum);
            target.lastMention = i;
            if (!possessive(article.text(), m)) {
                target.lastPlainMention = i;
            }
            target.mentions.add(i);
            owner[i] = target;
            target.roles.addAll(rolesAround(article, m));
        }
        for (Entity e : entities) {
            fullNameWrittenElsewhere(article.text(), e, entities);
        }
        List<EntityMention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            Entity e = owner[i];
            String type = e.type();
            out.add(new EntityMention(m, StableId.of(article.articleId() + "|mention|" + m.start() + ":" + m.end()),
                    StableId.of(article.articleId() + "|entity|" + sorted.get(e.mentions.get(0)).start()), type, e.canonical,
                    key(type, e.canonical), List.copyOf(e.roles)));
        }
        return out;
    }

    /**
     * A person named only by surname whose full name the article writes where the tagger did not
     * take it as this person ("Mr. Obama" throughout, "Barack Obama" only inside "Barack Obama
     * Election Day"): the canonical name becomes that full name when exactly one given name of the
     * person's known gender stands before the surname anywhere in the text, and no other person of the
     * article has that given name.
     */
    private static void fullNameWrittenElsewhere(String text, Entity e, List<Entity> entities) {
        if (!e.firstType.equals("PER") || e.words.size() != 1 || e.gender == null || e.canonical.isEmpty()
                || !Character.isUpperCase(e.canonical.charAt(0))) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+) " + java.util.regex.Pattern.quote(e.canonical)
                + "(?![\\p{L}\\p{N}-])").matcher(text);
        Set<String> given = new LinkedHashSet<>();
        while (m.find()) {
            String g = m.group(1);
            String lower = g.toLowerCase(Locale.ROOT);
            // The given-name list holds a few words that are not names ("Former", "American"): a word
            // the article also writes in lower case, a title, an opener or an affiliation is not taken.
            if (e.gender.equals(GIVEN_NAMES.get(lower)) && !TITLES.contains(g) && !NAME_STOPWORDS.contains(g)
                    && !AFFILIATIONS.contains(g) && !java.util.regex.Pattern.compile("\\b" + lower + "\\b").matcher(text).find()) {
                given.add(g);
            }
        }
        if (given.size() != 1) {
            return;
        }
        String first = given.iterator().next();
        List<String> full = List.of(first.toLowerCase(Locale.ROOT), e.words.get(0));
        for (Entity other : entities) {
            if (other != e && other.firstType.equals("PER") && other.words.containsAll(full)) {
                return;
            }
        }
        e.words = full;
        e.canonical = first + " " + e.canonical;
    }

    /** The one earlier entity, not a person, whose name the acronym spells ("CNS" after "Christian News Service"). */
    private static Entity spelledOut(List<Entity> entities, String acronym) {
        Entity only = null;
        for (Entity e : entities) {
            if (!e.firstType.equals("PER") && e.words.size() >= 2 && AcronymNames.initialsOf(e.canonical, acronym)) {
                if (only != null && only != e) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /**
     * A title word that is someone's name here: after a form of address ("Mr. King"), or the surname
     * of a person the article names in full ("Charlie King").
     */
    private static boolean addressedOrSurname(String text, Mention m, Set<String> surnames) {
        return addressedAs(text, m) != null || surnames.contains(m.text().strip());
    }

    /** "Rep" or "Mrs." tagged PER: a title is not a name. */
    private static boolean onlyTitles(Mention m) {
        for (String w : m.text().strip().split("\\s+")) {
            if (!TITLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Vann R. Newkirk II", "John G. Roberts Jr.": the suffix tells a son from his father, so it is part of the name. */
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile(" (Jr|Sr|II|III|IV)(?![\\p{L}\\p{N}])");

    /** A person mention that the tagger stopped before a generational suffix, extended over it. */
    static Mention withGenerationalSuffix(String text, Mention m) {
        if (!m.type().equals("PER") || m.text().matches("(?s).*['\u2019]s?$")) {
            return m;
        }
        java.util.regex.Matcher g = GENERATION.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 4)).useTransparentBounds(true);
        if (!g.lookingAt()) {
            return m;
        }
        int end = g.end();
        return new Mention(text.substring(m.start(), end), m.type(), m.start(), end, m.sentenceIndex());
    }

    private static final Lexicon NAME_STOPWORDS = Lexicon.load("/dev/quarry/quotes/name-stopwords.txt");
    private static final Lexicon AFFILIATIONS = Lexicon.load("/dev/quarry/entities/affiliation-words.txt");
    private static final java.util.regex.Pattern INITIAL_FIRST = java.util.regex.Pattern.compile("\\p{Lu}\\.\\s.*");

    /**
     * '"Benjamin J. Rhodes, one of ...' tagged from "J.": a person's name seldom opens with a middle
     * initial, so a capitalised word right before it that is not a title, a sentence opener or part
     * of another mention is the given name the tagger missed.
     */
    static Mention withGivenNameBeforeInitial(String text, Mention m, List<Mention> all) {
        if (!m.type().equals("PER") || !INITIAL_FIRST.matcher(m.text()).matches()) {
            return m;
        }
        int end = m.start();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        if (end == m.start() || !word.matches("\\p{Lu}\\p{Ll}+") || start > 0 && "'\u2019-.".indexOf(text.charAt(start - 1)) >= 0
                || TITLES.contains(word) || NAME_STOPWORDS.contains(word)) {
            return m;
        }
        int from = start;
        if (all.stream().anyMatch(o -> o != m && o.start() < m.start() && o.end() > from)) {
            return m;
        }
        return new Mention(text.substring(from, m.end()), m.type(), from, m.end(), m.sentenceIndex());
    }

    /**
     * "Curator Ines Lopes" tagged ORG: a title word followed by two or more capitalised words is a
     * titled person, whatever the tagger said.
     */
    static Mention retyped(Mention m) {
        if (m.type().equals("PER")) {
            return m;
        }
        String[] words = m.text().strip().split("\\s+");
        if (words.length >= 3 && TITLES.contains(words[0])) {
            for (int i = 1; i < words.length; i++) {
                if (!Character.isUpperCase(words[i].charAt(0))) {
                    return m;
                }
            }
            return new Mention(m.text(), "PER", m.start(), m.end(), m.sentenceIndex());
        }
        return m;
    }

    /**
     * A person mention's gender: a form of address before it ("Mrs. Clinton") or in it, else its
     * given name when it has one ("Michelle Obama"); null when neither tells.
     */
    private static String gender(String text, Mention m, List<String> words) {
        String addressed = addressedAs(text, m);
        String first = m.text().strip().split("\\s+")[0];
        if ("female".equals(addressed) || first.matches("(Mrs|Ms|Miss)\\.?")) {
            return "female";
        }
        if ("male".equals(addressed) || first.matches("Mr\\.?")) {
            return "male";
        }
        return words.size() >= 2 ? GIVEN_NAMES.get(words.get(0)) : null;
    }

    /** "female" or "male" when a form of address stands right before the mention ("Mrs. Clinton"), else null. */
    private static String addressedAs(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 6), m.start());
        if (FEMALE_ADDRESS.matcher(before).matches()) {
            return "female";
        }
        return MALE_ADDRESS.matcher(before).matches() ? "male" : null;
    }

    private static boolean genderAgrees(Entity e, String gender) {
        return gender == null || e.gender == null || e.gender.equals(gender);
    }

    private static Entity find(List<Entity> entities, String type, List<String> words, String gender) {
        if (words.isEmpty()) {
            return null;
        }
        if (!type.equals("PER") && words.size() == 1) {
            // "Whitfield" tagged LOC after "Agnes Whitfield": a lone surname of a person named before is that person.
            Entity person = null;
            for (Entity e : entities) {
                if (e.firstType.equals("PER") && e.words.size() >= 2 && e.words.get(e.words.size() - 1).equals(words.get(0))) {
                    person = e;
                }
            }
            if (person != null) {
                return person;
            }
        }
        if (!type.equals("PER")) {
            // Places, organisations and the rest join on the name alone: "Russia's" tagged MISC and "Russia"
            // tagged LOC are one entity, whose type is then the majority.
            for (Entity e : entities) {
                if (!e.firstType.equals("PER") && e.words.equals(words)) {
                    return e;
                }
            }
            return type.equals("ORG") ? shortFormOf(entities, words) : null;
        }
        Entity best = null;
        for (Entity e : entities) {
            if (e.firstType.equals("PER") && e.words.equals(words) && genderAgrees(e, gender)) {
                return e;
            }
            if (e.firstType.equals("PER") && e.words.containsAll(words) && genderAgrees(e, gender)
                    && (best == null || fitsBetter(e, best, gender))) {
                best = e;
            }
        }
        if (best != null) {
            return best;
        }
        // A fuller name for one earlier short mention: join only when exactly one person fits.
        Entity only = null;
        for (Entity e : entities) {
            if (e.firstType.equals("PER") && words.containsAll(e.words) && genderAgrees(e, gender)) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /**
     * The one earlier organisation whose name ends with these two words or more: "Security Council"
     * after "United Nations Security Council", "Tax Policy Center" after "Urban-Brookings Tax Policy
     * Center". A short form that ends two such names ("Intelligence Committee" after the House's and
     * the Senate's) joins neither.
     */
    private static Entity shortFormOf(List<Entity> entities, List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        Entity only = null;
        for (Entity e : entities) {
            if (e.firstType.equals("ORG") && e.words.size() > words.size()
                    && e.words.subList(e.words.size() - words.size(), e.words.size()).equals(words)) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    private static boolean possessive(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        return m.text().matches(".*['\u2019]s?$") || after.matches("['\u2019](s|$|\\s).*") || after.equals("'") || after.equals("\u2019");
    }

    /**
     * Between two persons whose names both hold the mention's words: one known to be of the mention's
     * gender ("Mr. Obama": Barack, not Michelle, whatever her given name leaves open), else the more salient.
     */
    private static boolean fitsBetter(Entity e, Entity best, String gender) {
        boolean eKnown = gender != null && gender.equals(e.gender);
        boolean bestKnown = gender != null && gender.equals(best.gender);
        if (eKnown != bestKnown) {
            return eKnown;
        }
        return salience(e) > salience(best);
    }

    /** Recency, with possessive mentions counting only when an entity has no other. */
    private static long salience(Entity e) {
        return e.lastPlainMention >= 0 ? (1L << 32) + e.lastPlainMention : e.lastMention;
    }

    /**
     * The mention without a leading "the", a trailing possessive or leading titles, as written; a
     * person's name also without the words {@code cleaner} drops.
     */
    static String nameText(Mention m, PersonNameCleaner cleaner) {
        String[] words = m.text().strip().split("\\s+");
        int from = 0;
        int to = words.length;
        if (to > 1 && words[0].equalsIgnoreCase("the")) {
            from = 1;
        }
        if (m.type().equals("PER")) {
            while (from < to - 1 && TITLES.contains(words[from])) {
                from++;
            }
        }
        String[] kept = Arrays.copyOfRange(words, from, to);
        if (m.type().equals("PER")) {
            kept = cleaner.clean(kept);
        }
        String text = String.join(" ", kept);
        return text.replaceAll("(['\u2019]s|['\u2019])$", "");
    }

    /** Lower-cased words of a name as {@link #nameText} gives it, the unit of matching. */
    static List<String> nameWords(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            String n = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\"\u201C\u201D]", "").replaceAll("[.,]$", "");
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Roles written next to a person mention: a run of title words and capitalised words right before
     * it that holds a title word ("Defence Minister"), a title inside the mention ("President Putin"),
     * and an apposition right after it (", the defence chief,").
     */
    static List<String> rolesAround(AnnotatedArticle article, Mention m) {
        if (!m.type().equals("PER")) {
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        String[] inside = m.text().strip().split("\\s+");
        int k = 0;
        while (k < inside.length - 1 && TITLES.contains(inside[k])) {
            k++;
        }
        if (k > 0) {
            String role = String.join(" ", Arrays.copyOfRange(inside, 0, k));
            if (!HONORIFICS.contains(Lexicon.normalise(role))) {
                roles.add(role);
            }
        }
        List<Token> tokens = article.tokens();
        int first = article.firstTokenAtOrAfter(m.start());
        int sentence = first < tokens.size() ? tokens.get(first).sentenceIndex() : -1;
        // Before: walk back over title words and capitalised words, stopping at anything else.
        int b = first - 1;
        boolean sawTitle = false;
        while (b >= 0 && tokens.get(b).sentenceIndex() == sentence) {
            String t = tokens.get(b).text();
            boolean title = TITLES.contains(t);
            // "Secretary of State Hillary Clinton": "of" between two words of the role belongs to it.
            // Not "the chairman of Mrs. Clinton's campaign": the role is someone else's.
            boolean of = t.equals("of") && b > 0 && b + 1 < first && tokens.get(b - 1).sentenceIndex() == sentence
                    && TITLES.contains(tokens.get(b - 1).text()) && !HONORIFICS.contains(Lexicon.normalise(tokens.get(b + 1).text()));
            if (!(title || of || Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(c -> Character.isLetter(c) || c == '-'))) {
                break;
            }
            sawTitle |= title;
            b--;
        }
        // Keep only from the first title word on: "South Korea's Defence Minister" -> "Defence Minister".
        if (sawTitle) {
            int from = b + 1;
            while (from < first && !TITLES.contains(tokens.get(from).text())
                    && !(from + 1 < first && TITLES.contains(tokens.get(from + 1).text()))) {
                from++;
            }
            String role = article.text().substring(tokens.get(from).begin(), tokens.get(first - 1).end());
            if (!HONORIFICS.contains(Lexicon.normalise(role))) {
                roles.add(role);
            }
        }
        // After: ", the defence chief," / ", a spokesman for X,".
        int after = article.firstTokenAtOrAfter(m.end());
        if (after + 2 < tokens.size() && tokens.get(after).text().equals(",")
                && tokens.get(after).sentenceIndex() == sentence
                && Set.of("the", "a", "an").contains(tokens.get(after + 1).text().toLowerCase(Locale.ROOT))) {
            int e = after + 2;
            boolean title = false;
            while (e < tokens.size() && tokens.get(e).sentenceIndex() == sentence && e - after < 8
                    && !Set.of(",", ".", ";", ":").contains(tokens.get(e).text())) {
                title |= TITLES.contains(tokens.get(e).text());
                e++;
            }
            if (title && e < tokens.size() && Set.of(",", ".").contains(tokens.get(e).text())) {
                roles.add(article.text().substring(tokens.get(after + 1).begin(), tokens.get(e - 1).end()));
            }
        }
        return roles;
    }

    /** "PER:kim yong hyun": type, then the canonical name folded (accents, case, punctuation). */
    public static String key(String type, String canonical) {
        return type + ":" + foldName(canonical);
    }

    /** A name as keys compare it: accents, case and punctuation folded ("Kim Yong-hyun" -> "kim yong hyun"). */
    public static String foldName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

}
