package dev.quarry.entities;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Sentence;
import dev.quarry.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Person mentions in a headline, where every word is capitalised and NER runs a name into the
 * words after it ("Obama Sees 'Personal Insult'", "Elizabeth Warren Hammers Wells Fargo CEO"):
 * such a mention is cut back to the longest name the article writes elsewhere that it begins with.
 */
final class HeadlineNames {

    private HeadlineNames() {
    }

    static List<Mention> trim(AnnotatedArticle article, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.type().equals("PER") && titleCase(article, m.sentenceIndex()) ? trimmed(article, m, mentions) : m);
        }
        return out;
    }

    private static Mention trimmed(AnnotatedArticle article, Mention m, List<Mention> mentions) {
        String text = m.text();
        String best = null;
        for (Mention other : mentions) {
            String o = other.text().strip();
            if (other.type().equals("PER") && other.sentenceIndex() != m.sentenceIndex() && o.length() < text.length()
                    && text.startsWith(o) && !Character.isLetterOrDigit(text.charAt(o.length()))
                    && (best == null || o.length() > best.length())) {
                best = o;
            }
        }
        return best == null ? m : new Mention(best, m.type(), m.start(), m.start() + best.length(), m.sentenceIndex());
    }

    /** A sentence of three words or more, nearly all of whose words begin with a capital. */
    private static boolean titleCase(AnnotatedArticle article, int sentenceIndex) {
        if (sentenceIndex < 0 || sentenceIndex >= article.sentences().size()) {
            return false;
        }
        Sentence s = article.sentences().get(sentenceIndex);
        int words = 0;
        int capitalised = 0;
        for (Token t : article.tokensIn(s.begin(), s.end())) {
            if (Character.isLetter(t.text().charAt(0)) && t.text().length() > 3) {
                words++;
                if (t.capitalised() && !t.text().toUpperCase(Locale.ROOT).equals(t.text())) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised >= words * 0.8;
    }
}
