package dev.quarry.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A word list read from a resource file: one entry a line, tab-separated columns, '#' comments.
 * The first column is the lower-cased key; the second (if any) its value.
 */
public final class Lexicon {

    public static final String CUES = "/dev/quarry/quotes/cues.tsv";
    public static final String PRONOUNS = "/dev/quarry/quotes/pronouns.tsv";
    public static final String TITLES = "/dev/quarry/quotes/titles.txt";
    public static final String NAME_STOPWORDS = "/dev/quarry/quotes/name-stopwords.txt";
    public static final String ORGANISATION_WORDS = "/dev/quarry/quotes/organisation-words.txt";
    public static final String BROAD_CUES = "/dev/quarry/quotes/broad-cues.txt";
    public static final String CUE_NOUNS = "/dev/quarry/quotes/cue-nouns.tsv";
    public static final String VERB_CUES = "/dev/quarry/quotes/verb-cues.txt";
    public static final String PHRASAL_CUES = "/dev/quarry/quotes/phrasal-cues.tsv";
    public static final String METADATA_LABELS = "/dev/quarry/quotes/metadata-labels.txt";
    public static final String KNOWN_NAMES = "/dev/quarry/nlp/known-names.tsv";
    /** Given names and their gender, derived from news by scripts/derive-given-names.py. */
    public static final String GIVEN_NAMES = "/dev/quarry/entities/given-names.tsv";

    /** Towns and cities of the world (GeoNames), a NER training gazetteer: scripts/derive-city-gazetteer.py. */
    public static final String CITIES = "/dev/quarry/nlp/gazetteer-cities.tsv";

    private final Map<String, String> entries;

    private Lexicon(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static Lexicon load(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing from the jar: " + resource);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                entries.putIfAbsent(cols[0].toLowerCase(Locale.ROOT), cols.length > 1 ? cols[1] : cols[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return new Lexicon(entries);
    }

    /** The (lower-cased) first column of every entry. */
    public java.util.Set<String> keys() {
        return entries.keySet();
    }

    /** Every entry: the lower-cased first column and its value, in file order. */
    public Map<String, String> entries() {
        return entries;
    }

    public boolean contains(String word) {
        return entries.containsKey(normalise(word));
    }

    /** The value for {@code word}, or null. */
    public String get(String word) {
        return entries.get(normalise(word));
    }

    /**
     * The word without a possessive "'s" or "’s" ("Scott's" -> "Scott"), as a tokenizer that keeps
     * the possessive on the word leaves it; the word itself when it has none.
     */
    public static String withoutPossessive(String word) {
        String w = word.replace('\u2019', '\'');
        return w.length() > 2 && w.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** Lower case, without a trailing full stop, with curly apostrophes made straight. */
    public static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.length() > 1 && w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
