package dev.quarry.quotes.speakers;

import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Lexicon;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names by capitalisation, for text the NER did not tag (or when no NER ran): runs of capitalised
 * tokens, cut after a possessive ("Korea's") and after titles ("Defence Minister"), which become the
 * name's roles along with title words written just before the run ("leader Kim Jong Un").
 */
final class CapitalisedNames {

    /** A name found in the text, with the role words written right before it. */
    record CapitalisedName(Span span, String name, Set<String> roles) {
    }

    private final Lexicon titles;
    private final Lexicon nameStopwords;

    CapitalisedNames(Lexicon titles, Lexicon nameStopwords) {
        this.titles = titles;
        this.nameStopwords = nameStopwords;
    }

    List<CapitalisedName> find(AnnotatedArticle article) {
        List<Token> tokens = article.tokens();
        String text = article.text();
        List<CapitalisedName> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameToken(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && nameToken(tokens.get(j + 1))
                    && tokens.get(j + 1).sentenceIndex() == tokens.get(i).sentenceIndex()
                    && onlySpaces(text, tokens.get(j).end(), tokens.get(j + 1).begin())) {
                j++;
            }
            Set<String> roles = rolesBefore(tokens, i);
            int nameFrom = i;
            for (int m = i; m <= j; m++) {
                String w = tokens.get(m).text();
                String norm = Lexicon.normalise(w);
                if (norm.endsWith("'s") || norm.endsWith("'")) {
                    for (int r = i; r <= m; r++) {
                        roles.add(Lexicon.normalise(tokens.get(r).text()).replaceAll("'s?$", ""));
                    }
                    nameFrom = m + 1;
                } else if (titles.contains(w) || (m == nameFrom && nameStopwords.contains(w))) {
                    roles.add(norm);
                    nameFrom = m + 1;
                } else if (m < j && titles.contains(tokens.get(m + 1).text())) {
                    // A modifier of a title: "Defence" in "Defence Minister".
                    roles.add(norm);
                    nameFrom = m + 1;
                }
            }
            if (nameFrom <= j) {
                int begin = tokens.get(nameFrom).begin();
                int end = tokens.get(j).end();
                names.add(new CapitalisedName(new Span(begin, end), text.substring(begin, end), roles));
            }
            i = j + 1;
        }
        return names;
    }

    private Set<String> rolesBefore(List<Token> tokens, int i) {
        Set<String> roles = new HashSet<>();
        int k = i - 1;
        while (k >= 0 && k >= i - 3 && titles.contains(tokens.get(k).text())
                && tokens.get(k).sentenceIndex() == tokens.get(i).sentenceIndex()) {
            roles.add(Lexicon.normalise(tokens.get(k).text()));
            k--;
        }
        return roles;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Capitalised and, when tagged, a proper noun: "Said" (VBD) and "Proponents" (NNS) open no name;
     * nor does a negated verb the tokenizer left whole and the tagger called NNP ("Don't blame Bush.").
     */
    private static boolean nameToken(Token t) {
        return isCapitalised(t.text()) && (t.pos() == null || t.pos().startsWith("NNP")) && !Lexicon.normalise(t.text()).endsWith("n't");
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
                && !token.toUpperCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT))
                && (token.length() == 1 || token.chars().anyMatch(Character::isLowerCase) || token.length() <= 4);
    }
}
