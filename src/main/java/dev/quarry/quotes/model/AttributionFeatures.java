package dev.quarry.quotes.model;

import dev.quarry.nlp.NerFeatures;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.text.Sentence;
import dev.quarry.text.Span;
import dev.quarry.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The attribution tagger's features, computed once per article: for each sentence, each token's feature
 * names. Besides the words, tags and their neighbours, a token carries what the rules decided about it
 * (inside a rule's content, cue or speaker, and which rule), so the tagger learns where the rules are
 * right and adds what they miss; and the cue lexicons as features, not as decisions.
 */
public final class AttributionFeatures {

    private final QuoteLexicons lexicons;

    public AttributionFeatures(QuoteLexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** One sentence's tokens and their feature names, in order. */
    public record SentenceFeatures(Sentence sentence, List<Token> tokens, String[][] features) {
    }

    public List<SentenceFeatures> of(AnnotatedArticle article, List<Quote> ruleQuotes) {
        List<List<Token>> bySentence = new ArrayList<>();
        for (int i = 0; i < article.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Token t : article.tokens()) {
            if (t.sentenceIndex() >= 0 && t.sentenceIndex() < bySentence.size()) {
                bySentence.get(t.sentenceIndex()).add(t);
            }
        }
        String[] rulePart = ruleParts(article, ruleQuotes);
        List<SentenceFeatures> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = bySentence.get(s.index());
            if (!tokens.isEmpty()) {
                out.add(new SentenceFeatures(s, tokens, sentence(tokens, rulePart)));
            }
        }
        return out;
    }

    /** Per token index: what the rules made of it, e.g. "CON:INDIRECT:broad-cue", or null. */
    private static String[] ruleParts(AnnotatedArticle article, List<Quote> quotes) {
        List<Token> tokens = article.tokens();
        String[] part = new String[tokens.size()];
        for (Quote q : quotes) {
            String kind = q.type().name();
            for (Span p : q.pieces()) {
                mark(article, part, p.begin(), p.end(), "CON:" + kind + ":" + q.rule());
            }
            if (q.cueStart() != null) {
                mark(article, part, q.cueStart(), q.cueEnd(), "CUE:" + kind + ":" + q.rule());
            }
            if (q.speakerStart() != null) {
                mark(article, part, q.speakerStart(), q.speakerEnd(), "SRC:" + kind + ":" + q.rule());
            }
        }
        return part;
    }

    private static void mark(AnnotatedArticle article, String[] part, int begin, int end, String what) {
        for (Token t : article.tokensIn(begin, end)) {
            part[t.index()] = what;
        }
    }

    private String[] cueClasses(Token t) {
        String lower = t.lower();
        String lemma = lexicons.lemma(t.text());
        List<String> out = new ArrayList<>(4);
        if (!lemma.isEmpty()) {
            out.add("cue=" + lemma);
        }
        if (lexicons.broadCues().contains(lower)) {
            out.add("broad");
        }
        if (lexicons.verbCues().contains(lower)) {
            out.add("verbcue");
        }
        if (lexicons.cueNouns().contains(lower)) {
            out.add("cuenoun");
        }
        return out.toArray(new String[0]);
    }

    private String[][] sentence(List<Token> tokens, String[] rulePart) {
        int n = tokens.size();
        String[] w = new String[n];
        String[] p = new String[n];
        String[] r = new String[n];
        boolean[] anyCue = new boolean[n];
        String[][] cues = new String[n][];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            w[i] = t.lower();
            p[i] = t.pos() == null ? "-" : t.pos();
            String rp = rulePart[t.index()];
            r[i] = rp == null ? "O" : rp.substring(0, rp.indexOf(':'));
            cues[i] = cueClasses(t);
            anyCue[i] = cues[i].length > 0;
        }
        String[] lastCue = new String[n];
        String[] nextCue = new String[n];
        String seen = "none";
        for (int i = 0; i < n; i++) {
            lastCue[i] = seen;
            if (cues[i].length > 0) {
                seen = cues[i][0];
            }
        }
        seen = "none";
        for (int i = n - 1; i >= 0; i--) {
            nextCue[i] = seen;
            if (cues[i].length > 0) {
                seen = cues[i][0];
            }
        }
        boolean[] thatSinceCue = new boolean[n];
        boolean[] commaSinceCue = new boolean[n];
        for (int i = 0, that = 0, comma = 0; i < n; i++) {
            thatSinceCue[i] = that > 0;
            commaSinceCue[i] = comma > 0;
            if (cues[i].length > 0) {
                that = 0;
                comma = 0;
            } else if (w[i].equals("that")) {
                that++;
            } else if (w[i].equals(",")) {
                comma++;
            }
        }
        String[][] out = new String[n][];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            List<String> f = new ArrayList<>(48);
            f.add("b");
            f.add("w=" + w[i]);
            f.add("p=" + p[i]);
            f.add("s3=" + suffix(w[i], 3));
            f.add("sh=" + NerFeatures.shape(t.text(), 6));
            f.add("w-1=" + at(w, i - 1));
            f.add("w+1=" + at(w, i + 1));
            f.add("w-2=" + at(w, i - 2));
            f.add("w+2=" + at(w, i + 2));
            f.add("p-1=" + at(p, i - 1));
            f.add("p+1=" + at(p, i + 1));
            f.add("p-1p=" + at(p, i - 1) + "|" + p[i]);
            f.add("pp+1=" + p[i] + "|" + at(p, i + 1));
            f.add("p-2p-1=" + at(p, i - 2) + "|" + at(p, i - 1));
            f.add("p+1p+2=" + at(p, i + 1) + "|" + at(p, i + 2));
            f.add("w-1w=" + at(w, i - 1) + "|" + w[i]);
            f.add("ww+1=" + w[i] + "|" + at(w, i + 1));
            if (i == 0) {
                f.add("first");
            }
            if (i == n - 1) {
                f.add("last");
            }
            for (String c : cues[i]) {
                f.add(c);
                f.add(c + "|p=" + p[i]);
            }
            if (i > 0) {
                for (String c : cues[i - 1]) {
                    f.add("-1" + c);
                }
            }
            if (i + 1 < n) {
                for (String c : cues[i + 1]) {
                    f.add("+1" + c);
                }
            }
            String cueLeft = distance(anyCue, i, -1);
            f.add("cueL=" + cueLeft);
            f.add("cueR=" + distance(anyCue, i, 1));
            f.add("lc=" + lastCue[i]);
            f.add("nc=" + nextCue[i]);
            f.add("lcd=" + lastCue[i] + "|" + cueLeft);
            f.add("that=" + thatSinceCue[i] + "|" + commaSinceCue[i]);
            f.add("rlc=" + r[i] + "|" + lastCue[i]);
            if (t.quoteMark()) {
                f.add("mark");
            }
            String rp = rulePart[t.index()];
            f.add("r=" + r[i]);
            f.add("r-1r=" + at(r, i - 1) + "|" + r[i]);
            f.add("rr+1=" + r[i] + "|" + at(r, i + 1));
            if (rp != null) {
                f.add("rk=" + rp.substring(0, rp.lastIndexOf(':')));
                f.add("rr=" + rp);
                f.add("rw=" + r[i] + "|" + w[i]);
            }
            f.add("rp=" + r[i] + "|" + p[i]);
            out[i] = f.toArray(new String[0]);
        }
        return out;
    }

    private static String distance(boolean[] flags, int i, int step) {
        for (int d = 1, j = i + step; j >= 0 && j < flags.length; d++, j += step) {
            if (flags[j]) {
                return d <= 3 ? Integer.toString(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "13+";
            }
        }
        return "none";
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    private static String suffix(String w, int k) {
        return w.length() <= k ? w : w.substring(w.length() - k);
    }

}
