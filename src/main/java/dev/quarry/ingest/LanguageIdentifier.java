package dev.quarry.ingest;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Identifies an article's language (ISO 639-1 code) from its text, in pure Java with the n-gram
 * profiles built into optimaize's language-detector. Loaded once per JVM, on first use. Returns
 * null when the text is too short or too mixed to tell.
 */
public final class LanguageIdentifier {

    /** Only the start of a long article is looked at: it decides as well as the whole and costs less. */
    private static final int SAMPLE_CHARS = 2_000;

    private LanguageIdentifier() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR;
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

        static {
            try {
                DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language profiles from the jar", e);
            }
        }
    }

    public static String identify(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        com.google.common.base.Optional<LdLocale> found = Holder.DETECTOR.detect(Holder.TEXTS.forText(sample));
        return found.isPresent() ? found.get().getLanguage() : null;
    }
}
