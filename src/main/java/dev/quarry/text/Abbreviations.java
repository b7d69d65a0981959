package dev.quarry.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words whose full stop belongs to them ("Mr." "Sen.", and any single capital letter, a middle initial
 * as in "Alan B. Krueger"), from {@code abbreviations.txt}. Spark NLP's tokenizer splits the stop off
 * ("Sen" "."); the training text of the NER tagger and the quote rules keep it on.
 */
public final class Abbreviations {

    private static final Set<String> WORDS = load();

    private Abbreviations() {
    }

    /** Whether {@code word}, written without its stop, takes one ("Sen", "B"). */
    public static boolean takesStop(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("/dev/quarry/nlp/abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("abbreviations.txt missing from the jar");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    set.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
